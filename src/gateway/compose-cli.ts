/**
 * `npm run compose`: writes schema/supergraph.graphql from the subgraphs' SDL.
 * `npm run compose -- --check`: fails when the committed file is stale or composition reports errors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { SUBGRAPHS } from '../subgraphs/index.js';
import { CompositionError, composeSupergraph, SUPERGRAPH_PATH } from './compose.js';

try {
  const supergraph = composeSupergraph(SUBGRAPHS);
  if (process.argv.includes('--check')) {
    const committed = readFileSync(SUPERGRAPH_PATH, 'utf8');
    if (committed !== supergraph) {
      console.error('schema/supergraph.graphql is stale: run `npm run compose` and commit the result.');
      process.exit(1);
    }
    console.log('schema/supergraph.graphql is up to date.');
  } else {
    writeFileSync(SUPERGRAPH_PATH, supergraph);
    console.log(`Wrote schema/supergraph.graphql from ${SUBGRAPHS.map((subgraph) => subgraph.name).join(', ')}.`);
  }
} catch (error) {
  console.error(error instanceof CompositionError ? error.message : error);
  process.exit(1);
}
