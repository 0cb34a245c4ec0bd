/**
 * `npm start`: starts the local Neo4j unless NEO4J_URI is set, applies the schema, imports the demo dataset and the
 * national division layer when the database is empty, then serves every subgraph and the gateway. Ctrl-C stops everything it started.
 */
import { servicePorts } from './config.js';
import { importDataset, importNationalRegions } from './dataset/import.js';
import { graphCounts } from './dataset/repository.js';
import { DEMO_DATASET } from './dataset/demo.js';
import { connectNeo4j } from './neo4j/connect.js';
import { applySchema } from './neo4j/migrations.js';
import { defaultLogger } from './server/logger.js';
import { startStack } from './server/stack.js';
import { MAP_PATH } from './gateway/gateway.js';

const logger = defaultLogger();
const connection = await connectNeo4j('dev', process.env, (line) => logger.info(line));
logger.info(`Neo4j: ${connection.uri}`);
await applySchema(connection.driver);
if ((await graphCounts(connection.driver)).nodes === 0) {
  logger.info('The database is empty: importing the demo dataset...');
  const result = await importDataset(connection.driver, DEMO_DATASET);
  logger.info(
    `Imported ${result.graph.nodes} nodes and ${result.graph.relationships} relationships in ${(result.elapsedMs / 1000).toFixed(1)}s.`,
  );
  const national = await importNationalRegions(connection.driver);
  logger.info(`Loaded the national divisions (GB/T 2260): ${national.divisions} units, ${national.added} new regions.`);
}

const stack = await startStack(connection.driver, servicePorts(), { logger }).catch(async (error: unknown) => {
  await connection.close();
  throw error;
});
for (const subgraph of stack.subgraphs) logger.info(`Subgraph ${subgraph.name}: ${subgraph.url}`);
logger.info(`Gateway: ${stack.gateway.url} (open it in a browser for the explorer; /health, /ready, /metrics). Ctrl-C stops everything.`);
logger.info(`Investment map: ${stack.gateway.url.replace(/\/graphql$/, MAP_PATH)}/`);
if (process.env.NODE_ENV !== 'production') {
  logger.info(
    'Registry and chains need no token. For the rest, get a development token and send it as Authorization: Bearer <token>:\n' +
      "  npm run token -- --role planner --region shangcai   (gaps, candidates, Shangcai's projects)\n" +
      '  npm run token -- --role analyst                     (reports, runCypher)\n' +
      '  npm run token -- --role admin                       (everything)',
  );
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    logger.info('Stopping: draining requests...');
    await stack.stop();
    await connection.close();
    process.exit(0);
  });
}
