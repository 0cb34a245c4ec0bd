import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { localNeo4jSettings } from '../src/config.js';
import { connectNeo4j, type Neo4jConnection } from '../src/neo4j/connect.js';
import { localNeo4jStatus, stopLocalNeo4j } from '../src/neo4j/local/server.js';

/** The bench instance (`.neo4j/bench`, port 7690) over an empty store: stopped, its data folder removed, started. */
export async function emptyBenchNeo4j(): Promise<Neo4jConnection> {
  const settings = localNeo4jSettings('bench');
  await stopLocalNeo4j(settings);
  rmSync(join(localNeo4jStatus(settings).home, 'data'), { recursive: true, force: true });
  return connectNeo4j('bench');
}
