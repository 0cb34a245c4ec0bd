/**
 * `npm run setup`: what `npm start` does before serving, alone — the schema, and the demo dataset with the national
 * divisions when the database is empty. For deployments whose services start separately (docker-compose.yml).
 */
import { prepareDatabase } from './dataset/first-run.js';
import { connectNeo4j } from './neo4j/connect.js';
import { defaultLogger } from './platform/logger.js';

const logger = defaultLogger();
const connection = await connectNeo4j('dev', process.env, (line) => logger.info(line));
try {
  await prepareDatabase(connection.driver, logger);
  logger.info(`Neo4j at ${connection.uri} is ready to serve.`);
} finally {
  await connection.close();
}
