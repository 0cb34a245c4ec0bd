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
  help: 'Neo4j queries and transactions through the executor, by caller (subgraph or task), query and outcome',
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

/**
 * Operation names come from clients, so only the names of operations that passed validation become labels, each
 * class of viewer with its own budget: made-up names, or a flood of valid ones from anonymous clients, cannot push
 * the names planners use out. Everything else is counted as `other`.
 */
const MAX_OPERATION_LABELS = { signedIn: 200, anonymous: 50 };
const seenOperations = { signedIn: new Set<string>(), anonymous: new Set<string>() };

/** What the metric knows of a request's operation. */
export interface OperationSeen {
  name: string | null;
  /** The operation parsed and validated against the schema (so its name is one the API serves). */
  validated: boolean;
  /** A verified token sent it. */
  signedIn: boolean;
}

/** A bounded label for a client's operation name. */
export function operationLabel({ name, validated, signedIn }: OperationSeen): string {
  if (!name) return 'anonymous';
  if (seenOperations.signedIn.has(name) || seenOperations.anonymous.has(name)) return name;
  const viewerClass = signedIn ? 'signedIn' : 'anonymous';
  const seen = seenOperations[viewerClass];
  if (!validated || seen.size >= MAX_OPERATION_LABELS[viewerClass] || !/^[A-Za-z_]\w{0,63}$/.test(name)) return 'other';
  seen.add(name);
  return name;
}
