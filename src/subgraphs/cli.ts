/**
 * `npm run subgraph -- NAME`: serves one subgraph alone on its usual port (or PORT), over the local Neo4j unless
 * NEO4J_URI is set. Ctrl-C stops it.
 */
import { parseCommandLine } from '../command-line.js';
import { intFromEnv, servicePorts } from '../config.js';
import { connectNeo4j } from '../neo4j/connect.js';
import { defaultLogger } from '../server/logger.js';
import { SUBGRAPHS } from './index.js';

const USAGE = `Usage: npm run subgraph -- NAME, with NAME one of: ${SUBGRAPHS.map((subgraph) => subgraph.name).join(', ')}`;
const { positionals } = parseCommandLine(USAGE, {}, true);
const index = SUBGRAPHS.findIndex((subgraph) => subgraph.name === positionals[0]);
if (index < 0 || positionals.length !== 1) {
  console.error(USAGE);
  process.exit(2);
}
const logger = defaultLogger();
const port = intFromEnv(process.env, 'PORT', servicePorts().subgraphBase + index);
const connection = await connectNeo4j('dev', process.env, (line) => logger.info(line));
const service = await SUBGRAPHS[index]!.start(connection.driver, { port, logger });
logger.info({ url: service.url, neo4j: connection.uri }, `Subgraph ${service.name}: ${service.url}. Ctrl-C stops it.`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    await service.stop();
    await connection.close();
    process.exit(0);
  });
}
