/**
 * `npm run compose`: writes schema/supergraph.graphql (what the gateway serves) and schema/api.graphql (what
 * clients see) from the subgraphs' SDL.
 * `npm run compose -- --check`: fails when a committed file is stale or composition reports errors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { parseCommandLine } from '../command-line.js';
import { SUBGRAPHS } from '../subgraphs/index.js';
import { API_SCHEMA_PATH, CompositionError, composeSupergraph, SUPERGRAPH_PATH } from './compose.js';

const { values } = parseCommandLine('Usage: npm run compose [-- --check]', { check: { type: 'boolean', default: false } });
try {
  const composed = composeSupergraph(SUBGRAPHS);
  const outputs: Array<[URL, string]> = [
    [SUPERGRAPH_PATH, composed.supergraphSdl],
    [API_SCHEMA_PATH, composed.apiSchemaSdl],
  ];
  const check = values.check;
  for (const [path, content] of outputs) {
    const name = relative(process.cwd(), fileURLToPath(path));
    if (!check) {
      writeFileSync(path, content);
      console.log(`Wrote ${name} from ${SUBGRAPHS.map((subgraph) => subgraph.name).join(', ')}.`);
    } else if (readFileSync(path, 'utf8') !== content) {
      console.error(`${name} is stale: run \`npm run compose\` and commit the result.`);
      process.exit(1);
    } else {
      console.log(`${name} is up to date.`);
    }
  }
} catch (error) {
  console.error(error instanceof CompositionError ? error.message : error);
  process.exit(1);
}
