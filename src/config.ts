/**
 * Every setting the product reads from the environment, in one place, with its default.
 * The README's table of environment variables mirrors this file.
 */

export interface Neo4jCredentials {
  user: string;
  password: string;
}

/** Local development default; the launcher applies it to the local server at every start. */
const DEFAULT_NEO4J_PASSWORD = 'chain-graph-local';

export function neo4jCredentials(env: NodeJS.ProcessEnv = process.env): Neo4jCredentials {
  return {
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD || DEFAULT_NEO4J_PASSWORD,
  };
}

/** A server to use instead of launching the local one (Aura, a cluster, the compose service). */
export function externalNeo4jUri(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.NEO4J_URI || undefined;
}

export interface LocalNeo4jSettings {
  /** Names the data folder `.neo4j/<instance>`; the dev server and the test server are separate instances. */
  instance: string;
  port: number;
  heap: string;
  pageCache: string;
  /** Upper bound for any transaction on the server, on top of the per-query timeouts the driver sets. */
  transactionTimeout: string;
}

/** Each local instance has its own Bolt port (and data folder), so tests and benchmarks never touch dev data. */
const LOCAL_INSTANCE_PORTS: Record<string, { variable: string; port: number }> = {
  dev: { variable: 'NEO4J_LOCAL_PORT', port: 7687 },
  test: { variable: 'NEO4J_TEST_PORT', port: 7688 },
  bench: { variable: 'NEO4J_BENCH_PORT', port: 7690 },
};

export function localNeo4jSettings(
  instance: string,
  env: NodeJS.ProcessEnv = process.env,
): LocalNeo4jSettings {
  const { variable, port } = LOCAL_INSTANCE_PORTS[instance] ?? LOCAL_INSTANCE_PORTS.dev!;
  return {
    instance,
    port: intFromEnv(env, variable, port),
    // 2 cores and 24 GiB: a 2 GiB heap and a 2 GiB page cache leave room for the Node processes and a second
    // (test) instance; raise both for the million-enterprise benchmarks.
    heap: env.NEO4J_HEAP || '2g',
    pageCache: env.NEO4J_PAGECACHE || '2g',
    transactionTimeout: env.NEO4J_TX_TIMEOUT || '120s',
  };
}

export function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a non-negative integer, got '${raw}'`);
  }
  return value;
}

/** The composed supergraph names subgraphs at these default ports; `npm start` may move them with the env. */
export const DEFAULT_GATEWAY_PORT = 4000;
export const DEFAULT_SUBGRAPH_BASE_PORT = 4001;

export interface ServicePorts {
  gateway: number;
  /** Subgraph i of SUBGRAPHS listens on subgraphBase + i. */
  subgraphBase: number;
}

export function servicePorts(env: NodeJS.ProcessEnv = process.env): ServicePorts {
  return {
    gateway: intFromEnv(env, 'PORT', DEFAULT_GATEWAY_PORT),
    subgraphBase: intFromEnv(env, 'SUBGRAPH_BASE_PORT', DEFAULT_SUBGRAPH_BASE_PORT),
  };
}

export interface ReportLimits {
  /** Transaction timeout of a catalogue report. */
  reportTimeoutMs: number;
  /** Transaction timeout of an analyst's ad-hoc Cypher. */
  cypherTimeoutMs: number;
  /** Rows returned at most; `truncated` says when a result had more. */
  maxRows: number;
}

export function reportLimits(env: NodeJS.ProcessEnv = process.env): ReportLimits {
  return {
    reportTimeoutMs: intFromEnv(env, 'REPORT_TIMEOUT_MS', 60_000),
    cypherTimeoutMs: intFromEnv(env, 'CYPHER_TIMEOUT_MS', 10_000),
    maxRows: intFromEnv(env, 'REPORT_MAX_ROWS', 10_000),
  };
}
