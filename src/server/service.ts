import { timingSafeEqual } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative } from 'node:path';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { GraphQLError } from 'graphql';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { ANONYMOUS, type Viewer } from '../auth/viewer.js';
import { httpLimits, metricsAccess, type HttpLimits, type MetricsAccess } from '../config.js';
import { httpErrorBody } from '../graphql/errors.js';
import { FairAdmission, limitConnectionsPerAddress } from './fair-admission.js';
import { reachedWithoutLinks } from './files.js';
import type { Logger } from '../platform/logger.js';
import { graphqlErrors, metricsRegistry, operationLabel, requestDuration } from '../platform/metrics.js';
import { REQUEST_ID_HEADER, requestIdFrom, runInRequest, type RequestOutcome, type ViewerClass } from '../platform/request-context.js';

export const GRAPHQL_PATH = '/graphql';
/** Larger bodies get 413; the largest legitimate operation (a report with parameters) is a few kilobytes. */
export const DEFAULT_MAX_BODY_BYTES = 1_000_000;
/** How long a client may take to send its headers and its whole request, and an idle connection stays open. */
const HTTP_TIMEOUTS = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 };
/** In-flight requests may finish for this long when a service stops; then their connections are cut. */
const STOP_GRACE_MS = 10_000;
/** What an overloaded service asks its clients to wait before they try again. */
export const RETRY_AFTER_SECONDS = 2;

const ALWAYS_ANSWERED = new Set(['/health', '/metrics']);

/** The page talks to its own origin only; no inline scripts, no framing. */
/** The map's policy; `connectSources` adds origins its scripts may call (the organisation's sign-in provider). */
function siteCsp(connectSources: readonly string[] = []) {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'", ...connectSources],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
  };
}

/** What the API's answers carry instead of helmet's full set (the landing page's explorer is framed by nobody either). */
const API_SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
};

export interface ReadinessReport {
  ready: boolean;
  [detail: string]: unknown;
}

/** A built single-page site (the planners' map) served under a path prefix, e.g. `/map`. */
export interface StaticSite {
  prefix: string;
  /** The folder Vite built it into; its index.html answers every page path under the prefix. */
  root: string;
  /** Origins other than this one its scripts call (the sign-in provider's token endpoint). */
  connectSources?: readonly string[];
}

/** A GraphQL service (a subgraph or the gateway) listening on a port. */
export interface RunningService {
  name: string;
  port: number;
  /** Its GraphQL endpoint. */
  url: string;
  /** Drains in-flight requests, then stops. */
  stop(): Promise<void>;
}

export interface ServiceOptions<Context extends BaseContext & { viewer: Viewer }> {
  name: string;
  apollo: ApolloServer<Context>;
  /**
   * Who asks, from the request's headers: checked once, as the request arrives, so that signed-in users are admitted
   * ahead of anonymous traffic; a refusal (a bad token) is the request's answer once it is admitted.
   */
  viewerOf: (headers: IncomingHttpHeaders) => Promise<Viewer>;
  /** A fresh context for each request and its viewer (its loaders cache nothing across requests). */
  context: (request: FastifyRequest, viewer: Viewer) => Promise<Context>;
  /**
   * Clients reach this service directly (the gateway): anonymous ones get a budget per address — requests in
   * flight, requests a minute, open connections. Subgraphs, reached only through the gateway, have none.
   */
  clientFacing?: boolean;
  /** `/ready`: whether this service can answer requests now (its dependencies are reachable). */
  readiness: () => Promise<ReadinessReport>;
  /** 0 picks any free port. */
  port: number;
  /** The address to listen on: loopback unless other hosts must reach the service. */
  host: string;
  logger: Logger;
  maxBodyBytes?: number;
  /** A web page served beside the API (the gateway's map). */
  site?: StaticSite;
  /** Web origins whose pages may call this service from a browser (see corsOrigins); none when empty. */
  corsOrigins?: readonly string[];
  /** Called with the id of a request whose client went away before its answer was sent. */
  onAbandoned?: (requestId: string) => void;
  /** Routes beside GraphQL (the gateway's sign-in configuration). */
  routes?: (app: FastifyInstance) => void;
}

/**
 * Starts the Apollo Server and serves it with fastify: GraphQL at `/graphql` (Apollo Server's own HTTP semantics,
 * landing page included), `/health` (the process is alive), `/ready` (its dependencies answer), `/metrics`
 * (Prometheus) and, on the gateway, the map's pages. Apollo Server's own signal handling must be off
 * (`stopOnTerminationSignals: false`): the process stops its services itself, draining HTTP first.
 */
export async function startGraphQLService<Context extends BaseContext & { viewer: Viewer }>(
  options: ServiceOptions<Context>,
): Promise<RunningService> {
  await options.apollo.start();
  const limits = httpLimits();
  const app = Fastify({
    loggerInstance: options.logger.child({ service: options.name }) as FastifyBaseLogger,
    // Each request is logged once, when answered, with what GraphQL made of it (see logAnswered).
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    genReqId: (request) => requestIdFrom(request.headers[REQUEST_ID_HEADER]),
    bodyLimit: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    requestTimeout: HTTP_TIMEOUTS.requestMs,
    keepAliveTimeout: HTTP_TIMEOUTS.keepAliveMs,
    // How often those timeouts are checked (Node's default, 30 s, would let a slow client hold on three times longer).
    http: { headersTimeout: HTTP_TIMEOUTS.headersMs, connectionsCheckingInterval: 1_000 },
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    trustProxy: limits.trustProxy,
  });
  const outcomes = new WeakMap<FastifyRequest, RequestOutcome>();
  const viewers = new ViewersOfRequests(options.viewerOf);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    const message =
      error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? `The request body is larger than ${app.initialConfig.bodyLimit} bytes` : error.message;
    return reply.code(status).send(httpErrorBody(status, message));
  });
  app.setNotFoundHandler((request, reply) => notFound(request, reply, options.site));
  app.addHook('onResponse', async (request, reply) => logAnswered(options.name, request, reply, outcomes.get(request)));
  // Who asks is known before anything else runs: under pressure and at admission, signed-in users go first.
  app.addHook('onRequest', async (request) => viewers.arrived(request));

  await app.register(underPressure, {
    maxEventLoopDelay: limits.maxEventLoopDelayMs,
    retryAfter: RETRY_AFTER_SECONDS,
    // Liveness and metrics answer as ever: a busy service must not look dead to its orchestrator. Signed-in users
    // are still admitted (MAX_IN_FLIGHT bounds them): a lagging loop must not lock planners out with the flood.
    pressureHandler: async (request, reply) => {
      if (ALWAYS_ANSWERED.has(request.url) || (await viewers.classOf(request)) === 'signedIn') return;
      await refuseBusy(options.name, reply);
    },
  });
  await app.register(rateLimit, { global: false });
  // Only our directives: helmet's defaults add upgrade-insecure-requests, which breaks the map served over plain HTTP.
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: siteCsp(options.site?.connectSources) },
    referrerPolicy: { policy: 'no-referrer' },
  });

  if (options.corsOrigins && options.corsOrigins.length > 0) {
    await app.register(cors, {
      origin: [...options.corsOrigins],
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'accept', 'authorization', 'accept-language', 'apollo-require-preflight'],
      maxAge: 600,
    });
  }

  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/ready', async (_request, reply) => {
    const report = await options.readiness();
    return reply.code(report.ready ? 200 : 503).send(report);
  });
  const metricsReaders = metricsAccess();
  app.get('/metrics', async (request, reply) => {
    if (!mayReadMetrics(metricsReaders, request.socket.remoteAddress, request.headers.authorization)) {
      const message =
        'Metrics are for the deployment’s monitoring: scrape from this machine, or send Authorization: Bearer <METRICS_TOKEN>.';
      return reply.code(403).send(httpErrorBody(403, message));
    }
    return reply.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
  app.get('/', async (_request, reply) => reply.redirect(GRAPHQL_PATH));
  registerGraphQL(app, options, { outcomes, viewers }, limits);
  options.routes?.(app);
  if (options.site) await registerSite(app, options.site);

  if (options.clientFacing && limits.maxConnectionsPerAddress > 0) {
    limitConnectionsPerAddress(app.server, limits.maxConnectionsPerAddress, options.name);
  }
  const port = await listenOn(app, options.port, options.host);
  app.server.maxConnections = limits.maxConnections;
  const reachableHost =
    options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    name: options.name,
    port,
    url: `http://${reachableHost}:${port}${GRAPHQL_PATH}`,
    async stop() {
      const cut = setTimeout(() => app.server.closeAllConnections(), STOP_GRACE_MS);
      await app.close();
      clearTimeout(cut);
      await options.apollo.stop();
    },
  };
}

/** Each GraphQL request's viewer, checked once as it arrives. */
class ViewersOfRequests {
  private readonly viewers = new WeakMap<FastifyRequest, Promise<Viewer>>();

  constructor(private readonly viewerOf: (headers: IncomingHttpHeaders) => Promise<Viewer>) {}

  arrived(request: FastifyRequest): void {
    if (request.url.split('?')[0] !== GRAPHQL_PATH) return;
    const viewer = this.viewerOf(request.headers);
    // A refused token is answered by the context once the request is admitted; until then it is anonymous.
    viewer.catch(() => {});
    this.viewers.set(request, viewer);
  }

  /** The viewer, or the refusal of their token. */
  of(request: FastifyRequest): Promise<Viewer> {
    return this.viewers.get(request) ?? Promise.resolve(ANONYMOUS);
  }

  async classOf(request: FastifyRequest): Promise<ViewerClass> {
    const viewer = await this.of(request).catch(() => ANONYMOUS);
    return viewer.role === 'anonymous' ? 'anonymous' : 'signedIn';
  }
}

function registerGraphQL<Context extends BaseContext & { viewer: Viewer }>(
  app: FastifyInstance,
  options: ServiceOptions<Context>,
  { outcomes, viewers }: { outcomes: WeakMap<FastifyRequest, RequestOutcome>; viewers: ViewersOfRequests },
  limits: HttpLimits,
): void {
  const admission = new FairAdmission(options.name, {
    total: limits.maxInFlight,
    anonymous: limits.maxAnonymousInFlight,
    anonymousPerAddress: options.clientFacing ? limits.maxAnonymousInFlightPerAddress : null,
  });
  const anonymousRate = options.clientFacing ? app.createRateLimit({ max: limits.anonymousRequestsPerMinute, timeWindow: 60_000 }) : null;
  const serve = fastifyApolloHandler(options.apollo, {
    context: async (request) => {
      const outcome = outcomes.get(request);
      try {
        const context = await options.context(request, await viewers.of(request));
        if (outcome) outcome.subject = context.viewer.subject ?? null;
        return context;
      } catch (error) {
        // Apollo answers a failed context without its plugins: its code is recorded here.
        if (outcome) outcome.errorCodes = [String((error as GraphQLError).extensions?.code ?? 'INTERNAL_SERVER_ERROR')];
        throw error;
      }
    },
  });
  app.route({
    method: ['GET', 'POST'],
    url: GRAPHQL_PATH,
    // helmet's hook costs every API request more than the rest of the routing; JSON answers need only these headers.
    helmet: false,
    onRequest: async (request, reply) => {
      // Refused before its body is read: a busy service spends nothing on what it will not do.
      const viewerClass = await viewers.classOf(request);
      if (viewerClass === 'anonymous' && anonymousRate) {
        const verdict = await anonymousRate(request);
        if (!verdict.isAllowed && verdict.isExceeded) return refuseTooMany(reply, verdict.ttlInSeconds);
      }
      const release = admission.tryEnter(viewerClass, request.ip);
      if (!release) return refuseBusy(options.name, reply);
      reply.raw.on('close', release);
      const charset = /;\s*charset=([^;\s]+)/i.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
      if (charset && charset !== 'utf-8' && charset !== 'utf8') {
        throw Object.assign(new Error(`Unsupported charset ${charset}; send UTF-8`), { statusCode: 415 });
      }
    },
    onSend: async (_request, reply, payload) => {
      if (typeof payload !== 'string' || Buffer.byteLength(payload) <= limits.maxResponseBytes) return payload;
      reply.code(400).type('application/json; charset=utf-8');
      const message = `The answer is larger than ${limits.maxResponseBytes / 1_000_000} MB; ask for fewer items (first) or fewer fields.`;
      return JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
    },
    async handler(request, reply) {
      const viewerClass = await viewers.classOf(request);
      const outcome: RequestOutcome = {
        operationName: null,
        errorCodes: [],
        subject: null,
        signedIn: viewerClass === 'signedIn',
        validated: false,
      };
      outcomes.set(request, outcome);
      const abandoned = new AbortController();
      // Every subgraph call and query of the request listens to it: more than Node's default of 10 is normal here.
      setMaxListeners(100, abandoned.signal);
      reply.raw.on('close', () => {
        if (reply.raw.writableFinished) return;
        abandoned.abort();
        options.onAbandoned?.(request.id);
      });
      reply.headers(API_SECURITY_HEADERS).header(REQUEST_ID_HEADER, request.id);
      return runInRequest({ requestId: request.id, signal: abandoned.signal, outcome, viewerClass }, () =>
        serve.call(app, request as never, reply as never),
      );
    },
  });
}

/** Whether a request may read `/metrics`: with the token when one is set; else, in production, from loopback only. */
export function mayReadMetrics(access: MetricsAccess, remoteAddress: string | undefined, authorization: string | undefined): boolean {
  if (access.token !== null) {
    const expected = Buffer.from(`Bearer ${access.token}`);
    const given = Buffer.from(authorization ?? '');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
  return !access.loopbackOnly || isLoopback(remoteAddress);
}

export function isLoopback(address: string | undefined): boolean {
  return address !== undefined && (address === '::1' || /^(::ffff:)?127\./.test(address));
}

/** 429 with Retry-After: an anonymous client sent more than its budget a minute. */
function refuseTooMany(reply: FastifyReply, retryAfterSeconds: number) {
  const message = `Too many requests from this address without signing in; try again in ${retryAfterSeconds} s, or sign in.`;
  return reply.code(429).header('retry-after', String(retryAfterSeconds)).send(httpErrorBody(429, message));
}

/** 503 with Retry-After, in the one error shape: the service is too busy to start this request now. */
function refuseBusy(service: string, reply: FastifyReply) {
  const message = `The ${service} service is too busy to start this now; try again in ${RETRY_AFTER_SECONDS} s.`;
  return reply.code(503).header('retry-after', String(RETRY_AFTER_SECONDS)).send(httpErrorBody(503, message));
}

/** One line per answered request; never its body or headers, which may carry tokens. */
function logAnswered(service: string, request: FastifyRequest, reply: FastifyReply, outcome: RequestOutcome | undefined): void {
  const path = request.url.split('?')[0]!;
  const durationMs = Math.round(reply.elapsedTime * 10) / 10;
  const status = reply.statusCode;
  if (outcome) {
    const operation = operationLabel({ name: outcome.operationName, validated: outcome.validated, signedIn: outcome.signedIn });
    requestDuration.observe({ service, operation, status: String(status) }, durationMs / 1000);
    for (const code of outcome.errorCodes) graphqlErrors.inc({ service, code });
  }
  // The request's logger carries its requestId already.
  const entry = {
    method: request.method,
    path,
    status,
    durationMs,
    ...(outcome ? { operation: outcome.operationName, errorCodes: outcome.errorCodes, subject: outcome.subject } : {}),
  };
  const probe = path === '/health' || path === '/ready' || path === '/metrics';
  if (status >= 500) request.log.error(entry, 'answered');
  else if (probe) request.log.debug(entry, 'answered');
  else request.log.info(entry, 'answered');
}

/**
 * The map's files under its prefix (hashed assets cached for a year), and its index.html for every page path.
 * A symbolic link among the built files (left by a build step, or by someone with write access there) must not
 * serve what lies elsewhere on the machine: such files are 404s.
 */
async function registerSite(app: FastifyInstance, site: StaticSite): Promise<void> {
  await app.register(fastifyStatic, {
    root: site.root,
    prefix: `${site.prefix}/`,
    index: 'index.html',
    cacheControl: false,
    allowedPath: (pathname) => reachedWithoutLinks(site.root, join(site.root, pathname)),
    setHeaders: (response, path) => {
      const asset = relative(site.root, path).startsWith('assets/');
      response.setHeader('cache-control', asset ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get(site.prefix, async (_request, reply) => reply.redirect(`${site.prefix}/`, 301));
}

/** A page path of the map gets its index.html; anything else is a 404 in the one error shape. */
function notFound(request: FastifyRequest, reply: FastifyReply, site: StaticSite | undefined) {
  const path = request.url.split('?')[0]!;
  const pagePath =
    site && (request.method === 'GET' || request.method === 'HEAD') && path.startsWith(`${site.prefix}/`) && extname(path) === '';
  if (pagePath && reachedWithoutLinks(site.root, join(site.root, 'index.html'))) {
    return reply.header('cache-control', 'no-cache').sendFile('index.html', site.root);
  }
  const message = pagePath
    ? 'The map is not built: run `npm run build:web` (npm start does it).'
    : `Nothing is served at ${path}; GraphQL is served at ${GRAPHQL_PATH}.`;
  return reply.code(404).send(httpErrorBody(404, message));
}

async function listenOn(app: FastifyInstance, port: number, host: string): Promise<number> {
  try {
    await app.listen({ port, host });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`Port ${port} is in use: stop what holds it, or set PORT / SUBGRAPH_BASE_PORT to other ports.`, { cause: error });
    }
    throw error;
  }
  return (app.server.address() as AddressInfo).port;
}
