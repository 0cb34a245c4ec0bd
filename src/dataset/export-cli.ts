/**
 * `npm run export -- --out FILE [--region ID]`: writes the graph, or a region's subtree with its firms, supplies and
 * projects, as a dataset file (docs/dataset.md, "Export"). Uses NEO4J_URI when set, otherwise the local Neo4j.
 */
import { parseCommandLine } from '../command-line.js';
import { connectNeo4j } from '../neo4j/connect.js';
import { UnknownRegionError, exportDataset } from './export.js';

const USAGE = 'Usage: npm run export -- --out FILE [--region ID]';
const { values } = parseCommandLine(USAGE, { out: { type: 'string' }, region: { type: 'string' } });
if (values.out === undefined) {
  console.error(`--out is required: the file to write.\n${USAGE}`);
  process.exit(2);
}

const connection = await connectNeo4j('dev', process.env, console.log);
try {
  const result = await exportDataset(connection.driver, values.out, values.region);
  const records = Object.entries(result.counts).map(([section, n]) => `${n} ${section}`);
  const what = values.region === undefined ? 'the graph' : `region ${values.region} and what lies under it`;
  console.log(`Wrote ${what} to ${values.out} in ${(result.elapsedMs / 1000).toFixed(1)}s: ${records.join(', ')}.`);
} catch (error) {
  console.error(error instanceof UnknownRegionError ? error.message : `Export failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await connection.close();
}
