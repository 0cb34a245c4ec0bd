import type { IncomingMessage } from 'node:http';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { closeGracefully, createGraphQLHttpServer, GRAPHQL_PATH, listen, type ReadinessReport } from './http.js';
import type { StaticSite } from './static-site.js';

/** A GraphQL service (a subgraph or the gateway) listening on a port. */
export interface RunningService {
  name: string;
  port: number;
  /** Its GraphQL endpoint. */
  url: string;
  /** Drains in-flight requests, then stops. */
  stop(): Promise<void>;
}

export interface ServiceOptions<Context extends BaseContext> {
  name: string;
  apollo: ApolloServer<Context>;
  context: (request: IncomingMessage) => Promise<Context>;
  readiness: () => Promise<ReadinessReport>;
  /** 0 picks any free port. */
  port: number;
  /** The address to listen on: loopback unless other hosts must reach the service. */
  host: string;
  site?: StaticSite;
  onAbandoned?: (requestId: string) => void;
}

/**
 * Starts the Apollo Server and listens. Apollo Server's own signal handling must be off
 * (`stopOnTerminationSignals: false`): the process stops its services itself, draining HTTP first.
 */
export async function startGraphQLService<Context extends BaseContext>(options: ServiceOptions<Context>): Promise<RunningService> {
  await options.apollo.start();
  const server = createGraphQLHttpServer(options);
  const port = await listen(server, options.port, options.host);
  const reachableHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    name: options.name,
    port,
    url: `http://${reachableHost}:${port}${GRAPHQL_PATH}`,
    async stop() {
      await closeGracefully(server);
      await options.apollo.stop();
    },
  };
}
