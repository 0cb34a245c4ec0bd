/**
 * `npm start`: starts the local Neo4j unless NEO4J_URI is set, applies the schema, imports the demo dataset and the
 * national division layer when the database is empty, then serves every subgraph and the gateway — in this one
 * process (development), or each in a process of its own with `npm start -- --processes` (or TOPOLOGY=processes),
 * as deployed. Ctrl-C stops everything it started.
 */
import { parseCommandLine } from './command-line.js';
import { servicePorts } from './config.js';
import { prepareDatabase } from './dataset/first-run.js';
import { connectNeo4j } from './neo4j/connect.js';
import { defaultLogger } from './platform/logger.js';
import { startProcesses } from './topology/processes.js';
import { startStack } from './topology/stack.js';
import { MAP_PATH } from './gateway/gateway.js';
import { requireValidSettings, isProduction, textSetting } from './platform/settings.js';

requireValidSettings(process.env);
const USAGE = 'Usage: npm start [-- --processes]   (or TOPOLOGY=processes npm start)';
const { values } = parseCommandLine(USAGE, { processes: { type: 'boolean', default: false } });
const logger = defaultLogger();
const topology = values.processes ? 'processes' : textSetting(process.env, 'TOPOLOGY');
let stopping = false;
const connection = await connectNeo4j('dev', process.env, (line) => logger.info(line));
logger.info(`Neo4j: ${connection.uri}`);
await prepareDatabase(connection.driver, logger);

const running = await (async () => {
  if (topology === 'single') {
    const stack = await startStack(connection.driver, servicePorts(), { logger });
    for (const subgraph of stack.subgraphs) logger.info(`Subgraph ${subgraph.name}: ${subgraph.url}`);
    return { gatewayUrl: stack.gateway.url, stop: () => stack.stop() };
  }
  const processes = await startProcesses({ neo4jUri: connection.uri, logger });
  for (const subgraph of processes.subgraphs) logger.info(`Subgraph ${subgraph.name}: ${subgraph.url} (process ${subgraph.pid})`);
  void processes.exited.then(async ({ name, code, signal }) => {
    // Ctrl-C reaches the children too: they end because everything is stopping.
    if (stopping) return;
    stopping = true;
    logger.error(`The ${name} process ended (${signal ?? `exit code ${code}`}): stopping the others.`);
    await processes.stop();
    await connection.close();
    process.exit(1);
  });
  return { gatewayUrl: processes.gateway.url, stop: () => processes.stop() };
})().catch(async (error: unknown) => {
  await connection.close();
  throw error;
});
logger.info(`Gateway: ${running.gatewayUrl} (open it in a browser for the explorer; /health, /ready, /metrics). Ctrl-C stops everything.`);
logger.info(`Investment map: ${running.gatewayUrl.replace(/\/graphql$/, MAP_PATH)}/`);
if (!isProduction(process.env)) {
  logger.info(
    'Registry and chains need no token. For the rest, get a development token and send it as Authorization: Bearer <token>:\n' +
      "  npm run token -- --role planner --region shangcai   (gaps, candidates, Shangcai's projects)\n" +
      '  npm run token -- --role analyst                     (reports, runCypher)\n' +
      '  npm run token -- --role admin                       (everything)',
  );
}

async function stopOnSignal(): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info('Stopping: draining requests...');
  await running.stop();
  await connection.close();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stopOnSignal());
