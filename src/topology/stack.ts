import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { authSettings, type AuthSettings, type ServicePorts } from '../config.js';
import { SUPERGRAPH_PATH } from '../gateway/compose.js';
import { startGateway } from '../gateway/gateway.js';
import { SUBGRAPHS } from '../subgraphs/index.js';
import { defaultLogger, type Logger } from '../platform/logger.js';
import type { RunningService } from '../server/service.js';

export interface RunningStack {
  gateway: RunningService;
  subgraphs: RunningService[];
  /** Stops the gateway first, so no request reaches a stopped subgraph, then the subgraphs. */
  stop(): Promise<void>;
}

/**
 * Every subgraph over one driver, and the gateway over them serving the committed supergraph.
 * `ports: 'any'` binds free ports (tests); otherwise subgraph i listens on `ports.subgraphBase + i`.
 */
export interface StackOptions {
  auth?: AuthSettings;
  logger?: Logger;
}

export async function startStack(driver: Driver, ports: ServicePorts | 'any', options: StackOptions = {}): Promise<RunningStack> {
  const { auth = authSettings(), logger = defaultLogger() } = options;
  const subgraphs: RunningService[] = [];
  try {
    for (const [index, subgraph] of SUBGRAPHS.entries()) {
      subgraphs.push(await subgraph.start(driver, { port: ports === 'any' ? 0 : ports.subgraphBase + index, auth, logger }));
    }
    const gateway = await startGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
      subgraphUrls: Object.fromEntries(subgraphs.map((service) => [service.name, service.url])),
      port: ports === 'any' ? 0 : ports.gateway,
      auth,
      logger,
    });
    return {
      gateway,
      subgraphs,
      async stop() {
        await gateway.stop();
        await Promise.all(subgraphs.map((service) => service.stop()));
      },
    };
  } catch (error) {
    await Promise.all(subgraphs.map((service) => service.stop()));
    throw error;
  }
}
