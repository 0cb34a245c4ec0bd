import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway } from '@apollo/gateway';
import { accessTokenKeys, viewerOfClientRequest } from '../auth/request-viewer.js';
import { authSettings, corsOrigins, serviceHosts, subgraphTimeoutMs, type AuthSettings } from '../config.js';
import { languageOf } from '../domain/readable-numbers.js';
import { createErrorFormatter } from '../graphql/errors.js';
import { recordRequestOutcome } from '../graphql/request-outcome.js';
import { defaultLogger, type Logger } from '../platform/logger.js';
import { GRAPHQL_PATH, startGraphQLService, type RunningService } from '../server/service.js';
import { knownOperationTypes } from './known-operation-types.js';
import { boundariesDir, registerBoundaries } from './boundaries.js';
import { registerSignIn } from './sign-in.js';
import { subgraphDataSource, type GatewayContext } from './subgraph-data-source.js';
import { operationLimits } from '../graphql/operation-limits.js';
import { isProduction, textSetting } from '../platform/settings.js';

export interface GatewayOptions {
  /** The composed supergraph (schema/supergraph.graphql). */
  supergraphSdl: string;
  /** Where each subgraph actually listens, by name; the supergraph's own URLs are used for any not given. */
  subgraphUrls: Record<string, string>;
  port: number;
  /** Where to listen; see serviceHosts. */
  host?: string;
  auth?: AuthSettings;
  /** A subgraph that has not answered after this long fails its part of the operation. */
  subgraphTimeoutMs?: number;
  /** The built map (src/web) to serve at /map; by default dist/web. */
  webRoot?: string;
  logger?: Logger;
  /** Browser origins allowed to call the API (default: CORS_ORIGINS). */
  corsOrigins?: readonly string[];
}

export const MAP_PATH = '/map';
const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

const READINESS_TIMEOUT_MS = 3_000;

/**
 * Serves the supergraph at /graphql: verifies the client's token, plans each operation over the subgraphs, and
 * hands each subgraph the verified viewer as a token only the gateway can sign.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningService> {
  const auth = options.auth ?? authSettings();
  const keys = accessTokenKeys(auth);
  const timeoutMs = options.subgraphTimeoutMs ?? subgraphTimeoutMs();
  const production = isProduction(process.env);
  const logger = options.logger ?? defaultLogger();
  const boundaries = boundariesDir();
  // @apollo/gateway otherwise sends usage metrics to Apollo and probes cloud metadata endpoints at start:
  // nothing leaves this deployment unless its operators opt in (APOLLO_TELEMETRY_DISABLED=false).
  process.env.APOLLO_TELEMETRY_DISABLED = textSetting(process.env, 'APOLLO_TELEMETRY_DISABLED');
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      subgraphDataSource({ name, url: options.subgraphUrls[name] ?? url, timeoutMs, internalSecret: auth.internalSecret }),
  });
  const limits = operationLimits<GatewayContext>(production);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // No cache hints: the cache-control plugin would only wrap every field.
    plugins: [
      ...limits.plugins,
      recordRequestOutcome(),
      ApolloServerPluginCacheControlDisabled(),
      production ? ApolloServerPluginLandingPageDisabled() : explorerLandingPage(),
    ],
    validationRules: [...limits.validationRules, knownOperationTypes],
    allowBatchedHttpRequests: false,
    parseOptions: limits.parseOptions,
    introspection: !production,
    csrfPrevention: true,
    formatError: createErrorFormatter('gateway', logger),
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
  });
  return startGraphQLService({
    name: 'gateway',
    apollo,
    port: options.port,
    host: options.host ?? serviceHosts().gateway,
    logger,
    viewerOf: (headers) => viewerOfClientRequest(headers, keys, logger),
    context: async (request, viewer) => ({ viewer, language: languageOf(request.headers['accept-language']) }),
    clientFacing: true,
    readiness: () => subgraphsReadiness(options.subgraphUrls),
    site: {
      prefix: MAP_PATH,
      root: options.webRoot ?? DEFAULT_WEB_ROOT,
      connectSources: auth.oidc ? [new URL(auth.oidc.issuer).origin] : [],
    },
    routes: (app) => {
      registerSignIn(app, auth, production);
      registerBoundaries(app, boundaries);
    },
    corsOrigins: options.corsOrigins ?? corsOrigins(),
  });
}

/** In development a browser opening /graphql goes to the project's own GraphiQL (no CDN), served with the map. */
function explorerLandingPage(): ApolloServerPlugin<GatewayContext> {
  const explorer = `${MAP_PATH}/explorer.html`;
  const html = `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${explorer}"><title>chain-graph API</title><a href="${explorer}">GraphiQL</a>`;
  return { serverWillStart: async () => ({ renderLandingPage: async () => ({ html }) }) };
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
