import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { localNeo4jSettings } from '../src/config.js';
import { connectNeo4j, type Neo4jConnection } from '../src/neo4j/connect.js';
import { localNeo4jStatus, stopLocalNeo4j } from '../src/neo4j/local/server.js';

/** Names the dataset file `npm run bench` last imported into the bench instance, so the next run can reuse it. */
export const LOADED_DATASET_MARKER = new URL('./tmp/loaded-dataset.json', import.meta.url).pathname;

/** The bench instance (`.neo4j/bench`, port 7690) over an empty store: stopped, its data folder removed, started. */
export async function emptyBenchNeo4j(): Promise<Neo4jConnection> {
  rmSync(LOADED_DATASET_MARKER, { force: true });
  const settings = localNeo4jSettings('bench');
  await stopLocalNeo4j(settings);
  rmSync(join(localNeo4jStatus(settings).home, 'data'), { recursive: true, force: true });
  return connectNeo4j('bench', process.env, console.log);
}
