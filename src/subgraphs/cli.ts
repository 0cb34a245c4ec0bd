/**
 * `npm run subgraph -- NAME`: serves one subgraph alone on its usual port (or PORT), over the local Neo4j unless
 * NEO4J_URI is set. Ctrl-C stops it.
 */
import { intFromEnv, servicePorts } from '../config.js';
import { connectNeo4j } from '../neo4j/connect.js';
import { SUBGRAPHS } from './index.js';

const name = process.argv[2];
const index = SUBGRAPHS.findIndex((subgraph) => subgraph.name === name);
if (index < 0) {
  console.error(`Usage: npm run subgraph -- NAME, with NAME one of: ${SUBGRAPHS.map((subgraph) => subgraph.name).join(', ')}`);
  process.exit(2);
}
const port = intFromEnv(process.env, 'PORT', servicePorts().subgraphBase + index);
const connection = await connectNeo4j();
const service = await SUBGRAPHS[index]!.start(connection.driver, port);
console.log(`Subgraph ${service.name}: ${service.url} (Neo4j ${connection.uri}). Ctrl-C stops it.`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    await service.stop();
    await connection.close();
    process.exit(0);
  });
}
