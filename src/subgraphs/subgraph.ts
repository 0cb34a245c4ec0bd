import type { IncomingHttpHeaders } from 'node:http';
import { readFileSync } from 'node:fs';
import { ApolloServer, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { parse, type DocumentNode } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { withPolicy, type Policy } from '../auth/policy.js';
import { accessTokenKeys, viewerOfClientRequest, viewerOfSubgraphRequest } from '../auth/request-viewer.js';
import type { Viewer } from '../auth/viewer.js';
import { authSettings, serviceHosts, type AuthSettings } from '../config.js';
import { createErrorFormatter } from '../graphql/errors.js';
import { operationLimits } from '../graphql/operation-limits.js';
import { terminateRequestTransactions } from '../neo4j/driver.js';
import { languageOf, type Language } from '../domain/readable-numbers.js';
import { datasetIncompleteReason, datasetStatus } from '../dataset/status.js';
import { recordRequestOutcome } from '../graphql/request-outcome.js';
import { defaultLogger, type Logger } from '../platform/logger.js';
import { startGraphQLService, type RunningService } from '../server/service.js';
import { isProduction } from '../platform/settings.js';

/**
 * A subgraph as its folder declares it: its name (its SDL is `schema/<name>.graphql`), resolvers, who may resolve
 * what, and the context of a request.
 */
export interface SubgraphDefinition<Context extends BaseContext & { viewer: Viewer }> {
  name: string;
  /** The subgraph's generated `Resolvers` map, which `tsc` has checked against its SDL and records. */
  resolvers: object;
  /** Fields only some roles may resolve; the rest are public. */
  policy?: Policy;
  /** A fresh context per request: the viewer, a repository over the driver and new loaders. */
  createContext: (driver: Driver, viewer: Viewer, language: Language) => Context;
  /** Work done between requests, started with the service and ended before it stops. */
  background?: (driver: Driver, logger: Logger) => { stop(): Promise<void> };
}

export interface Subgraph {
  name: string;
  typeDefs: DocumentNode;
  policy: Policy;
  /** Serves the subgraph over the given driver; it answers only the gateway. */
  start(driver: Driver, options: SubgraphServiceOptions): Promise<RunningService>;
}

export interface SubgraphServiceOptions {
  /** 0: any free port. */
  port: number;
  auth?: AuthSettings;
  /** Where to listen; see serviceHosts. */
  host?: string;
  logger?: Logger;
}

function subgraphSdlPath(name: string): URL {
  return new URL(`../../schema/${name}.graphql`, import.meta.url);
}

export function defineSubgraph<Context extends BaseContext & { viewer: Viewer }>(definition: SubgraphDefinition<Context>): Subgraph {
  const typeDefs = parse(readFileSync(subgraphSdlPath(definition.name), 'utf8'));
  const policy = definition.policy ?? {};
  const schema = buildSubgraphSchema([
    // Codegen types `__resolveReference` as (reference, context, info), which is how Apollo calls it, while
    // Apollo's resolver map declares every member as a field resolver; the shapes differ only in that type.
    { typeDefs, resolvers: withPolicy(definition.resolvers, policy) as GraphQLResolverMap<Context> },
  ]);
  return {
    name: definition.name,
    typeDefs,
    policy,
    start(driver, { port, auth = authSettings(), host = serviceHosts().subgraphs, logger = defaultLogger() }) {
      // The gateway's limits again: a subgraph reached some other way must not be cheaper to exhaust.
      const limits = operationLimits<Context>(isProduction(process.env));
      const apollo = new ApolloServer<Context>({
        schema,
        validationRules: limits.validationRules,
        parseOptions: limits.parseOptions,
        formatError: createErrorFormatter(definition.name, logger),
        includeStacktraceInErrorResponses: false,
        stopOnTerminationSignals: false,
        // Inline traces feed Apollo Studio usage reporting, which this product does not use; no field declares a cache
        // hint, and the cache-control plugin would otherwise wrap every field resolver.
        plugins: [
          ...limits.plugins,
          recordRequestOutcome(),
          ApolloServerPluginInlineTraceDisabled(),
          ApolloServerPluginCacheControlDisabled(),
          // Subgraphs are internal: no explorer page (the default one loads from Apollo's CDN).
          ApolloServerPluginLandingPageDisabled(),
        ],
      });
      const keys = accessTokenKeys(auth);
      const viewerOf = (headers: IncomingHttpHeaders) =>
        auth.subgraphViewer === 'client-token'
          ? viewerOfClientRequest(headers, keys, logger)
          : viewerOfSubgraphRequest(headers, auth.internalSecret);
      const service = startGraphQLService({
        name: definition.name,
        apollo,
        port,
        host,
        logger,
        viewerOf,
        context: async (request, viewer) => definition.createContext(driver, viewer, languageOf(request.headers['accept-language'])),
        readiness: () => neo4jReadiness(driver),
        onAbandoned: (requestId) => {
          terminateRequestTransactions(driver, requestId).catch((error: unknown) =>
            logger.error({ service: definition.name, requestId, err: error }, 'could not stop the transactions of an abandoned request'),
          );
        },
      });
      if (!definition.background) return service;
      const startBackground = definition.background;
      return service.then((running) => {
        const background = startBackground(driver, logger);
        return {
          ...running,
          async stop() {
            await background.stop();
            await running.stop();
          },
        };
      });
    },
  };
}

/** Ready when Neo4j answers and holds a whole dataset (no import under way or left unfinished). */
async function neo4jReadiness(driver: Driver) {
  try {
    const status = await datasetStatus(driver);
    if (status.complete) return { ready: true, neo4j: 'up', dataset: 'complete' };
    return { ready: false, neo4j: 'up', dataset: `incomplete: ${datasetIncompleteReason(status)}` };
  } catch {
    return { ready: false, neo4j: 'down' };
  }
}
