/**
 * The product's settings as the parts that use them want them: typed, grouped and checked against each other. Each
 * variable is declared once, with its default and meaning, in src/platform/settings.ts; this file reads through it.
 */
import { randomBytes } from 'node:crypto';
import { integerSetting, isProduction, textSetting } from './platform/settings.js';

export interface Neo4jCredentials {
  user: string;
  password: string;
}

export function neo4jCredentials(env: NodeJS.ProcessEnv = process.env): Neo4jCredentials {
  return {
    user: textSetting(env, 'NEO4J_USER')!,
    password: textSetting(env, 'NEO4J_PASSWORD')!,
  };
}

/** Connections a process keeps to Neo4j at most (NEO4J_POOL_SIZE); anonymous requests may hold a quarter of them. */
export function neo4jPoolSize(env: NodeJS.ProcessEnv = process.env): number {
  return Math.max(1, integerSetting(env, 'NEO4J_POOL_SIZE'));
}

/** A server to use instead of launching the local one (Aura, a cluster, the compose service). */
export function externalNeo4jUri(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return textSetting(env, 'NEO4J_URI');
}

export interface LocalNeo4jSettings {
  /** Names the data folder `.neo4j/<instance>`; the dev server and the test server are separate instances. */
  instance: string;
  port: number;
  heap: string;
  pageCache: string;
  /** Upper bound for any transaction on the server, on top of the per-query timeouts the driver sets. */
  transactionTimeout: string;
  /** Memory any one transaction may use; a query that needs more fails alone instead of starving the others. */
  transactionMemory: string;
}

/** Each local instance has its own Bolt port (and data folder), so tests and benchmarks never touch dev data. */
const LOCAL_INSTANCE_PORTS: Record<string, string> = { dev: 'NEO4J_LOCAL_PORT', test: 'NEO4J_TEST_PORT', bench: 'NEO4J_BENCH_PORT' };

/** The test suite's servers, one per test file run at once: "test", then "test-2", "test-3", … */
export function testNeo4jInstances(env: NodeJS.ProcessEnv = process.env): string[] {
  const count = Math.max(1, integerSetting(env, 'TEST_WORKERS'));
  return Array.from({ length: count }, (_, index) => (index === 0 ? 'test' : `test-${index + 1}`));
}

function instancePort(instance: string, env: NodeJS.ProcessEnv): number {
  const further = /^test-(\d+)$/.exec(instance);
  if (further) return integerSetting(env, 'NEO4J_TEST_PORT') + 100 * (Number(further[1]) - 1);
  return integerSetting(env, LOCAL_INSTANCE_PORTS[instance] ?? LOCAL_INSTANCE_PORTS.dev!);
}

export function localNeo4jSettings(instance: string, env: NodeJS.ProcessEnv = process.env): LocalNeo4jSettings {
  return {
    instance,
    port: instancePort(instance, env),
    // 2 cores and 24 GiB: a 2 GiB heap and a 2 GiB page cache leave room for the Node processes and a second
    // (test) instance; raise both for the million-enterprise benchmarks.
    heap: textSetting(env, 'NEO4J_HEAP')!,
    pageCache: textSetting(env, 'NEO4J_PAGECACHE')!,
    transactionTimeout: textSetting(env, 'NEO4J_TX_TIMEOUT')!,
    transactionMemory: textSetting(env, 'NEO4J_TX_MEMORY')!,
  };
}

/** The composed supergraph names subgraphs at the default ports; `npm start` may move them with the env. */
export const DEFAULT_SUBGRAPH_BASE_PORT = integerSetting({}, 'SUBGRAPH_BASE_PORT');

export interface ServicePorts {
  gateway: number;
  /** Subgraph i of SUBGRAPHS listens on subgraphBase + i. */
  subgraphBase: number;
}

export interface ServiceHosts {
  gateway: string;
  subgraphs: string;
}

/**
 * The addresses services listen on. Subgraphs answer only the gateway: loopback unless they run on other hosts
 * (SUBGRAPH_HOST). The gateway is loopback in development, where the token secret is public, and every interface
 * in production (HOST).
 */
export function serviceHosts(env: NodeJS.ProcessEnv = process.env): ServiceHosts {
  return {
    gateway: textSetting(env, 'HOST') ?? (isProduction(env) ? '0.0.0.0' : '127.0.0.1'),
    subgraphs: textSetting(env, 'SUBGRAPH_HOST')!,
  };
}

export function servicePorts(env: NodeJS.ProcessEnv = process.env): ServicePorts {
  return {
    gateway: integerSetting(env, 'PORT'),
    subgraphBase: integerSetting(env, 'SUBGRAPH_BASE_PORT'),
  };
}

/**
 * Where the gateway finds each subgraph: SUBGRAPH_URLS (`name=url,…`, e.g. `registry=http://registry:4001/graphql`)
 * for those it names, else `http://127.0.0.1:<SUBGRAPH_BASE_PORT + i>/graphql`, the i-th of `names`.
 */
export function subgraphUrls(names: readonly string[], env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const given = new Map<string, string>();
  for (const entry of (textSetting(env, 'SUBGRAPH_URLS') ?? '').split(',').filter((part) => part.trim() !== '')) {
    const [name, url, ...rest] = entry.split('=').map((part) => part.trim());
    if (!name || !url || rest.length > 0 || !names.includes(name) || !URL.canParse(url)) {
      throw new Error(`SUBGRAPH_URLS: '${entry}' is not name=url with name one of ${names.join(', ')}.`);
    }
    given.set(name, url);
  }
  const { subgraphBase } = servicePorts(env);
  return Object.fromEntries(names.map((name, index) => [name, given.get(name) ?? `http://127.0.0.1:${subgraphBase + index}/graphql`]));
}

export interface ReportLimits {
  /** Transaction timeout of a catalogue report. */
  reportTimeoutMs: number;
  /** Transaction timeout of an analyst's ad-hoc Cypher. */
  cypherTimeoutMs: number;
  /** Rows returned at most; `truncated` says when a result had more. */
  maxRows: number;
  /** Reports and ad-hoc queries a process runs at once (MAX_REPORTS_IN_FLIGHT); more are refused with 503. */
  maxInFlight: number;
}

export interface HttpLimits {
  /**
   * The largest answer a service sends (MAX_RESPONSE_BYTES): a backstop behind the operation cost limit; the
   * largest real answer, a report of REPORT_MAX_ROWS rows, is a few megabytes.
   */
  maxResponseBytes: number;
  /** Open connections a service accepts at once (MAX_CONNECTIONS); more are closed as they arrive. */
  maxConnections: number;
  /**
   * Open connections one client address may hold at the gateway (MAX_CONNECTIONS_PER_ADDRESS; 0: no such limit,
   * for a gateway behind a proxy that caps them itself).
   */
  maxConnectionsPerAddress: number;
  /** Event-loop delay past which a service answers 503 with Retry-After instead of queueing (MAX_EVENT_LOOP_DELAY_MS). */
  maxEventLoopDelayMs: number;
  /** GraphQL requests a service works on at once (MAX_IN_FLIGHT); more are answered 503 with Retry-After. */
  maxInFlight: number;
  /** Of those, anonymous ones (MAX_ANONYMOUS_IN_FLIGHT): the rest are kept for signed-in users. */
  maxAnonymousInFlight: number;
  /** Anonymous requests one client address may have in flight at the gateway (MAX_ANONYMOUS_IN_FLIGHT_PER_ADDRESS). */
  maxAnonymousInFlightPerAddress: number;
  /** Anonymous requests one client address may send the gateway a minute (ANONYMOUS_REQUESTS_PER_MINUTE); then 429. */
  anonymousRequestsPerMinute: number;
  /**
   * The proxies whose X-Forwarded-For names the client (TRUST_PROXY: comma-separated addresses or CIDR ranges, e.g.
   * `10.0.0.0/8`); unset, the connection's own address is the client's.
   */
  trustProxy: string | false;
}

export function httpLimits(env: NodeJS.ProcessEnv = process.env): HttpLimits {
  const maxInFlight = integerSetting(env, 'MAX_IN_FLIGHT');
  const limits = {
    maxResponseBytes: integerSetting(env, 'MAX_RESPONSE_BYTES'),
    maxConnections: integerSetting(env, 'MAX_CONNECTIONS'),
    maxConnectionsPerAddress: integerSetting(env, 'MAX_CONNECTIONS_PER_ADDRESS'),
    maxEventLoopDelayMs: integerSetting(env, 'MAX_EVENT_LOOP_DELAY_MS'),
    maxInFlight,
    maxAnonymousInFlight: integerSetting(env, 'MAX_ANONYMOUS_IN_FLIGHT', Math.min(64, maxInFlight)),
    maxAnonymousInFlightPerAddress: integerSetting(env, 'MAX_ANONYMOUS_IN_FLIGHT_PER_ADDRESS'),
    anonymousRequestsPerMinute: integerSetting(env, 'ANONYMOUS_REQUESTS_PER_MINUTE'),
    trustProxy: textSetting(env, 'TRUST_PROXY') ?? (false as const),
  };
  if (limits.maxAnonymousInFlight > limits.maxInFlight) {
    throw new Error(`MAX_ANONYMOUS_IN_FLIGHT (${limits.maxAnonymousInFlight}) must not exceed MAX_IN_FLIGHT (${limits.maxInFlight}).`);
  }
  if (limits.maxConnectionsPerAddress !== 0 && limits.maxConnectionsPerAddress >= limits.maxConnections) {
    throw new Error(
      `MAX_CONNECTIONS_PER_ADDRESS (${limits.maxConnectionsPerAddress}) must be below MAX_CONNECTIONS (${limits.maxConnections}), or 0.`,
    );
  }
  return limits;
}

/** Who may read a service's `/metrics`: they count every operation and error, which is no one else's business. */
export interface MetricsAccess {
  /** METRICS_TOKEN: when set, `/metrics` answers only `Authorization: Bearer <token>`. */
  token: string | null;
  /** Without a token in production, `/metrics` answers only clients on this machine (loopback). */
  loopbackOnly: boolean;
}

export function metricsAccess(env: NodeJS.ProcessEnv = process.env): MetricsAccess {
  const token = textSetting(env, 'METRICS_TOKEN') ?? null;
  if (token !== null && token.length < 16) throw new Error('METRICS_TOKEN must be at least 16 characters.');
  return { token, loopbackOnly: token === null && isProduction(env) };
}

/**
 * The web origins whose pages may call the gateway from a browser (CORS_ORIGINS: comma-separated, e.g.
 * `https://map.county.gov.cn,http://localhost:5173`); none by default, so only the gateway's own map can.
 */
export function corsOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const origins = (textSetting(env, 'CORS_ORIGINS') ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    const parsed = URL.canParse(origin) ? new URL(origin) : null;
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      throw new Error(`CORS_ORIGINS: '${origin}' is not an origin; give scheme, host and port only, e.g. https://map.example.gov.cn`);
    }
  }
  return origins;
}

/**
 * How often the recruitment subgraph looks for a new import to build its relatedness space for before a planner asks
 * (RELATEDNESS_REFRESH_SECONDS; 0: only when asked).
 */
export function relatednessRefreshMs(env: NodeJS.ProcessEnv = process.env): number {
  return integerSetting(env, 'RELATEDNESS_REFRESH_SECONDS') * 1_000;
}

/** How long the gateway waits for a subgraph's answer (SUBGRAPH_TIMEOUT_MS). */
export function subgraphTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  return integerSetting(env, 'SUBGRAPH_TIMEOUT_MS');
}

/**
 * Every transaction ends before its caller stops waiting: a report still running after the gateway gave up would
 * hold memory and a connection for an answer no one reads.
 */
export function reportLimits(env: NodeJS.ProcessEnv = process.env): ReportLimits {
  const limits = {
    reportTimeoutMs: integerSetting(env, 'REPORT_TIMEOUT_MS'),
    cypherTimeoutMs: integerSetting(env, 'CYPHER_TIMEOUT_MS'),
    maxRows: integerSetting(env, 'REPORT_MAX_ROWS'),
    // Each report can hold a Neo4j core for seconds: a few at once, the rest refused (503) rather than queued.
    maxInFlight: integerSetting(env, 'MAX_REPORTS_IN_FLIGHT'),
  };
  const callerMs = subgraphTimeoutMs(env);
  for (const [name, value] of [
    ['REPORT_TIMEOUT_MS', limits.reportTimeoutMs],
    ['CYPHER_TIMEOUT_MS', limits.cypherTimeoutMs],
  ] as const) {
    if (value >= callerMs)
      throw new Error(`${name} (${value}) must be shorter than SUBGRAPH_TIMEOUT_MS (${callerMs}), how long the gateway waits for it.`);
  }
  return limits;
}

/** Only for local development: tokens signed with it are refused when NODE_ENV=production. */
export const DEVELOPMENT_JWT_SECRET = 'chain-graph-development-secret-do-not-use-in-production';

export interface AuthSettings {
  /** HS256 secret of client tokens (AUTH_JWT_SECRET; a fixed development secret outside production). */
  jwtSecret: string | null;
  /** JWKS of the identity provider that signs client tokens in production (AUTH_JWKS_URL). */
  jwksUrl: string | null;
  /**
   * Secret of the gateway's tokens to the subgraphs (INTERNAL_AUTH_SECRET). When unset, one random secret per
   * process: enough when `npm start` runs the gateway and the subgraphs together.
   */
  internalSecret: string;
  /** The longest a client token may be valid for (AUTH_MAX_TOKEN_TTL, seconds; 24 h). */
  maxTokenLifetimeSeconds: number;
  /**
   * Whom a subgraph takes the viewer from (SUBGRAPH_VIEWER): `gateway`, the token our gateway signed with the
   * internal secret; or `client-token`, the client's own token, verified by the subgraph with the same keys as the
   * gateway — for serving the supergraph with Apollo Router or Hive Router, which forward the client's header.
   */
  subgraphViewer: SubgraphViewer;
  /** The organisation's OpenID Connect provider the map signs in through (OIDC_ISSUER and its companions). */
  oidc: OidcSettings | null;
}

export interface OidcSettings {
  /** OIDC_ISSUER: the provider's issuer URL; its discovery document names its keys. */
  issuer: string;
  /** OIDC_AUDIENCE: the audience its access tokens carry for this API. */
  audience: string;
  /** OIDC_CLIENT_ID: the map's client at the provider (a public client: authorization code with PKCE). */
  clientId: string;
  /** OIDC_SCOPE: what the map asks for; offline_access lets it renew a session without a page reload. */
  scope: string;
  /** OIDC_ROLE_CLAIM, OIDC_REGION_CLAIM, OIDC_SUBJECT_CLAIM: where the provider's tokens say who is asking. */
  claims: { role: string; region: string; subject: string };
}

function oidcSettings(env: NodeJS.ProcessEnv): OidcSettings | null {
  const issuer = textSetting(env, 'OIDC_ISSUER');
  if (!issuer) return null;
  if (!URL.canParse(issuer)) throw new Error(`OIDC_ISSUER must be a URL; got ${issuer}.`);
  return {
    issuer,
    audience: textSetting(env, 'OIDC_AUDIENCE')!,
    clientId: textSetting(env, 'OIDC_CLIENT_ID')!,
    scope: textSetting(env, 'OIDC_SCOPE')!,
    claims: {
      role: textSetting(env, 'OIDC_ROLE_CLAIM')!,
      region: textSetting(env, 'OIDC_REGION_CLAIM')!,
      subject: textSetting(env, 'OIDC_SUBJECT_CLAIM')!,
    },
  };
}

export type SubgraphViewer = 'gateway' | 'client-token';

function subgraphViewer(env: NodeJS.ProcessEnv): SubgraphViewer {
  const value = textSetting(env, 'SUBGRAPH_VIEWER')!;
  if (value !== 'gateway' && value !== 'client-token') {
    throw new Error(`SUBGRAPH_VIEWER must be gateway or client-token; got ${value}.`);
  }
  return value;
}

let processInternalSecret: string | undefined;

export function authSettings(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const production = isProduction(env);
  const jwksUrl = textSetting(env, 'AUTH_JWKS_URL') ?? null;
  const oidc = oidcSettings(env);
  // The public development secret only where nothing else signs tokens: never in production, nor beside a provider.
  const jwtSecret = textSetting(env, 'AUTH_JWT_SECRET') ?? (production || jwksUrl || oidc ? null : DEVELOPMENT_JWT_SECRET);
  if (production && !oidc && !jwksUrl && !jwtSecret) {
    throw new Error('In production set OIDC_ISSUER (or AUTH_JWKS_URL, or AUTH_JWT_SECRET) to verify tokens.');
  }
  if (jwtSecret && jwtSecret.length < 32) throw new Error('AUTH_JWT_SECRET must be at least 32 characters.');
  processInternalSecret ??= randomBytes(32).toString('base64url');
  return {
    jwtSecret,
    jwksUrl,
    internalSecret: textSetting(env, 'INTERNAL_AUTH_SECRET') ?? processInternalSecret,
    maxTokenLifetimeSeconds: integerSetting(env, 'AUTH_MAX_TOKEN_TTL'),
    subgraphViewer: subgraphViewer(env),
    oidc,
  };
}
