import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * Every metric of this process, served by each service at `/metrics` (docs/operations.md says what to scrape and
 * alert on). Services that share a process share its registry; their series differ by the `service` label.
 */
export const metricsRegistry = new Registry();

// Event-loop lag, heap and resident memory, GC, open handles: prom-client's process metrics.
collectDefaultMetrics({ register: metricsRegistry, prefix: 'chain_graph_' });

const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const requestDuration = new Histogram({
  name: 'chain_graph_request_duration_seconds',
  help: 'HTTP requests a service answered, by GraphQL operation name and status',
  labelNames: ['service', 'operation', 'status'] as const,
  buckets: SECONDS_BUCKETS,
  registers: [metricsRegistry],
});

export const graphqlErrors = new Counter({
  name: 'chain_graph_graphql_errors_total',
  help: 'Errors in GraphQL answers, by service and code',
  labelNames: ['service', 'code'] as const,
  registers: [metricsRegistry],
});

export const subgraphFetchDuration = new Histogram({
  name: 'chain_graph_subgraph_fetch_duration_seconds',
  help: 'Calls of the gateway to a subgraph, by subgraph and outcome (ok, http_5xx, failed)',
  labelNames: ['subgraph', 'outcome'] as const,
  buckets: SECONDS_BUCKETS,
  registers: [metricsRegistry],
});

export const neo4jQueryDuration = new Histogram({
  name: 'chain_graph_neo4j_query_duration_seconds',
  help: 'Named Neo4j reads and write transactions of the repositories, by subgraph, query and outcome',
  labelNames: ['subgraph', 'query', 'outcome'] as const,
  buckets: SECONDS_BUCKETS,
  registers: [metricsRegistry],
});

export const cacheLookups = new Counter({
  name: 'chain_graph_cache_lookups_total',
  help: 'Lookups in the caches kept per dataset revision, by cache and result (hit or miss)',
  labelNames: ['cache', 'result'] as const,
  registers: [metricsRegistry],
});

export const shedRequests = new Counter({
  name: 'chain_graph_shed_requests_total',
  help: 'Requests refused with 503 and Retry-After because a concurrency limit was reached, by limit',
  labelNames: ['limit'] as const,
  registers: [metricsRegistry],
});

/** Operation names come from clients: past this many distinct ones, the rest are counted as `other`. */
const MAX_OPERATION_LABELS = 200;
const seenOperations = new Set<string>();

/** A bounded label for a client's operation name. */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATION_LABELS || !/^[A-Za-z_]\w{0,63}$/.test(name)) return 'other';
  seenOperations.add(name);
  return name;
}
