/**
 * `npm run gateway`: serves the gateway alone on PORT over subgraphs running elsewhere (SUBGRAPH_URLS, or the
 * subgraphs' usual ports on this machine). The subgraphs and the gateway must share INTERNAL_AUTH_SECRET.
 */
import { readFileSync } from 'node:fs';
import { servicePorts, subgraphUrls } from '../config.js';
import { requireValidSettings } from '../platform/settings.js';
import { defaultLogger } from '../platform/logger.js';
import { SUBGRAPHS } from '../subgraphs/index.js';
import { SUPERGRAPH_PATH } from './compose.js';
import { MAP_PATH, startGateway } from './gateway.js';

requireValidSettings(process.env);
const logger = defaultLogger();
const urls = subgraphUrls(SUBGRAPHS.map((subgraph) => subgraph.name));
const gateway = await startGateway({
  supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
  subgraphUrls: urls,
  port: servicePorts().gateway,
  logger,
});
logger.info(
  { url: gateway.url, subgraphs: urls },
  `Gateway: ${gateway.url}; map at ${gateway.url.replace(/\/graphql$/, MAP_PATH)}/. Ctrl-C stops it.`,
);

async function stopOnSignal(): Promise<void> {
  await gateway.stop();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stopOnSignal());
