/**
 * `npm start`: starts the local Neo4j unless NEO4J_URI is set, applies the schema, imports the demo dataset when
 * the database is empty, and serves. Ctrl-C stops everything it started.
 */
import { once } from 'node:events';
import { intFromEnv } from './config.js';
import { importDataset } from './dataset/import.js';
import { graphCounts } from './dataset/repository.js';
import { connectNeo4j } from './neo4j/connect.js';
import { applySchema } from './neo4j/migrations.js';
import { DEMO_DATASET } from './dataset/demo.js';
import { createHealthServer } from './server/health.js';

const port = intFromEnv(process.env, 'PORT', 4000);
const connection = await connectNeo4j();
console.log(`Neo4j: ${connection.uri}`);
await applySchema(connection.driver);
if ((await graphCounts(connection.driver)).nodes === 0) {
  console.log('The database is empty: importing the demo dataset...');
  const result = await importDataset(connection.driver, DEMO_DATASET);
  console.log(`Imported ${result.graph.nodes} nodes and ${result.graph.relationships} relationships in ${(result.elapsedMs / 1000).toFixed(1)}s.`);
}

const server = createHealthServer(connection.driver);
server.listen(port);
await once(server, 'listening');
console.log(`chain-graph is up: http://localhost:${port}/health and /ready. Ctrl-C stops it.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping...');
    server.close();
    await connection.close();
    process.exit(0);
  });
}
