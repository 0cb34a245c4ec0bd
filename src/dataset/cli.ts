/**
 * `npm run seed` imports the demo dataset; `npm run seed -- --file PATH` imports a file of your own.
 * Uses NEO4J_URI when set, otherwise the local Neo4j (started if needed). Exits 1 when the file is rejected.
 */
import { parseCommandLine } from '../command-line.js';
import { connectNeo4j } from '../neo4j/connect.js';
import { DEMO_DATASET } from './demo.js';
import { DatasetFileError, InvalidDatasetError, importDataset } from './import.js';

const { values } = parseCommandLine('Usage: npm run seed [-- --file PATH]', { file: { type: 'string' } });
const file = values.file ?? DEMO_DATASET;

const connection = await connectNeo4j('dev', process.env, console.log);
try {
  const result = await importDataset(connection.driver, file);
  const records = Object.entries(result.counts)
    .filter(([, n]) => n > 0)
    .map(([section, n]) => `${n} ${section}`);
  console.log(`Imported ${file} in ${(result.elapsedMs / 1000).toFixed(1)}s: ${records.join(', ')}.`);
  console.log(`The graph now has ${result.graph.nodes} nodes and ${result.graph.relationships} relationships.`);
} catch (error) {
  if (error instanceof InvalidDatasetError || error instanceof DatasetFileError) console.error(error.message);
  else console.error(`Import failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await connection.close();
}
