/**
 * `npm run subgraph -- NAME`: serves one subgraph alone on its usual port (or PORT), over the local Neo4j unless
 * NEO4J_URI is set. Ctrl-C stops it.
 */
import { parseCommandLine } from '../command-line.js';
import { servicePorts } from '../config.js';
import { requireValidSettings, integerSetting } from '../platform/settings.js';
import { connectNeo4j } from '../neo4j/connect.js';
import { defaultLogger } from '../platform/logger.js';
import { SUBGRAPHS } from './index.js';

requireValidSettings(process.env);
const USAGE = `Usage: npm run subgraph -- NAME, with NAME one of: ${SUBGRAPHS.map((subgraph) => subgraph.name).join(', ')}`;
const { positionals } = parseCommandLine(USAGE, {}, true);
const index = SUBGRAPHS.findIndex((subgraph) => subgraph.name === positionals[0]);
if (index < 0 || positionals.length !== 1) {
  console.error(USAGE);
  process.exit(2);
}
const logger = defaultLogger();
// PORT moves one subgraph alone; otherwise its place among the subgraphs gives its port.
const port = process.env.PORT ? integerSetting(process.env, 'PORT') : servicePorts().subgraphBase + index;
const connection = await connectNeo4j('dev', process.env, (line) => logger.info(line));
const service = await SUBGRAPHS[index]!.start(connection.driver, { port, logger });
logger.info({ url: service.url, neo4j: connection.uri }, `Subgraph ${service.name}: ${service.url}. Ctrl-C stops it.`);

async function stopOnSignal(): Promise<void> {
  await service.stop();
  await connection.close();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stopOnSignal());
