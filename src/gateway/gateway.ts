import { ApolloServer } from '@apollo/server';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { createErrorFormatter } from '../graphql/errors.js';
import { GRAPHQL_PATH } from '../server/http.js';
import { startGraphQLService, type RunningService } from '../server/service.js';

export interface GatewayOptions {
  /** The composed supergraph (schema/supergraph.graphql). */
  supergraphSdl: string;
  /** Where each subgraph actually listens, by name; the supergraph's own URLs are used for any not given. */
  subgraphUrls: Record<string, string>;
  port: number;
}

const READINESS_TIMEOUT_MS = 3_000;

/** Serves the supergraph at /graphql, planning each operation over the subgraphs. */
export async function startGateway(options: GatewayOptions): Promise<RunningService> {
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new RemoteGraphQLDataSource({ url: options.subgraphUrls[name] ?? url }),
  });
  const apollo = new ApolloServer({
    gateway,
    formatError: createErrorFormatter('gateway'),
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
  });
  return startGraphQLService({
    name: 'gateway',
    apollo,
    port: options.port,
    context: async () => ({}),
    readiness: () => subgraphsReadiness(options.subgraphUrls),
  });
}

/** Ready when every subgraph is ready (each checks its own Neo4j connection). */
async function subgraphsReadiness(subgraphUrls: Record<string, string>) {
  const states = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]) => {
      const readyUrl = url.replace(new RegExp(`${GRAPHQL_PATH}$`), '/ready');
      try {
        const response = await fetch(readyUrl, { signal: AbortSignal.timeout(READINESS_TIMEOUT_MS) });
        return [name, response.ok ? 'ready' : 'unavailable'] as const;
      } catch {
        return [name, 'unreachable'] as const;
      }
    }),
  );
  return { ready: states.every(([, state]) => state === 'ready'), subgraphs: Object.fromEntries(states) };
}
