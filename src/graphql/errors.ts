import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../platform/logger.js';
import { Neo4jMemoryLimitError, Neo4jTerminatedError, Neo4jTimeoutError, Neo4jUnavailableError } from '../neo4j/errors.js';

/** The error codes a client may see; anything else is masked as INTERNAL_SERVER_ERROR. */
export const PUBLIC_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'SERVICE_UNAVAILABLE',
  // The data changed since the client read it (optimistic concurrency): reload and retry.
  'CONFLICT',
  // Raised by the server itself before any resolver runs.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
] as const;

type PublicErrorCode = (typeof PUBLIC_ERROR_CODES)[number];

function typedError(code: PublicErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/**
 * Every error a client can receive is made here. The rule for ids: a lookup by id (`region(id)`, `enterprise(id)`,
 * `project(id)`) answers null for an unknown id; an id that an analysis or a mutation needs (`chainGaps(regionId)`,
 * `advanceProject(id)`) is NOT_FOUND, naming what is missing. The README lists every code.
 */

/** The input cannot be served as given; the message says what to change. */
export const badUserInput = (message: string, extensions?: Record<string, unknown>) => typedError('BAD_USER_INPUT', message, extensions);

export const notFound = (message: string, extensions?: Record<string, unknown>) => typedError('NOT_FOUND', message, extensions);

export const conflict = (message: string, extensions?: Record<string, unknown>) => typedError('CONFLICT', message, extensions);

/** No token, or one that does not verify: 401. */
export const unauthenticated = (message = 'Sign in: send Authorization: Bearer <token>.') =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/** A known viewer who may not do this; the message says what it needs. */
export const forbidden = (message: string) => typedError('FORBIDDEN', message);

/** A planner's project rights end at their region's subtree. */
export const outsideRegion = (regionId: string | null, what: string) =>
  forbidden(`${what} is outside your region '${regionId}': a planner sees and changes only the projects of their own region.`);

/**
 * Work refused because as much of it as the service takes at once is running already: 503 with Retry-After, at once,
 * rather than a queue that ends in a timeout. `retryAfter` (seconds) is in the extensions for clients that read no headers.
 */
export const overloaded = (what: string, retryAfterSeconds: number) =>
  typedError('SERVICE_UNAVAILABLE', `${what} is too busy to start this now; try again in ${retryAfterSeconds} s.`, {
    retryAfter: retryAfterSeconds,
    // Apollo Server answers with this status and headers (a Map, as it requires).
    http: { status: 503, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
  });

/** At the gateway: a subgraph that cannot be reached, timed out or failed with 5xx. */
export const subgraphUnavailable = (serviceName: string) =>
  typedError('SERVICE_UNAVAILABLE', `The ${serviceName} service is unavailable right now; try again shortly.`, { serviceName });

/**
 * At the gateway: a subgraph that refused a request with 4xx (an anonymous viewer, a bad input) answered with its own
 * typed error; Apollo's data source would report "401: Unauthorized" with the subgraph's URL instead.
 */
export function subgraphRefusal(error: Error): Error {
  const body = (error as Partial<GraphQLError>).extensions?.response as { body?: { errors?: GraphQLFormattedError[] } } | undefined;
  const first = body?.body?.errors?.[0];
  const code = first?.extensions?.code;
  if (typeof first?.message !== 'string' || typeof code !== 'string' || !(PUBLIC_ERROR_CODES as readonly string[]).includes(code))
    return error;
  return typedError(code as PublicErrorCode, first.message);
}

/** Data the answer needs has not been written yet: an import is under way, or stopped midway and must be re-run. */
export const datasetIncomplete = (what: string) =>
  typedError(
    'SERVICE_UNAVAILABLE',
    `${what}: an import is under way, or stopped before its end and must be run again (see dataset { message }).`,
  );

const NEO4J_UNAVAILABLE_MESSAGE = 'The graph database is unavailable right now; try again shortly.';
const NEO4J_TIMEOUT_MESSAGE = 'The graph database took too long to answer; try again shortly.';
const NEO4J_BUSY_MESSAGE = 'The graph database is too busy to answer this now; try again shortly.';
const NEO4J_TERMINATED_MESSAGE = 'The graph database stopped this request before it finished; try again shortly.';

/** Errors of Neo4j a client can do nothing about but retry, each with what it is told. */
const NEO4J_RETRY_LATER: [new (...args: never[]) => Error, string][] = [
  [Neo4jUnavailableError, NEO4J_UNAVAILABLE_MESSAGE],
  [Neo4jTimeoutError, NEO4J_TIMEOUT_MESSAGE],
  [Neo4jMemoryLimitError, NEO4J_BUSY_MESSAGE],
  [Neo4jTerminatedError, NEO4J_TERMINATED_MESSAGE],
];

/**
 * Apollo Server's `formatError`: typed errors pass as they are, an unreachable Neo4j becomes SERVICE_UNAVAILABLE,
 * everything else is logged in full and reaches the client as a bare INTERNAL_SERVER_ERROR.
 */
export function createErrorFormatter(serviceName: string, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const retryLater = NEO4J_RETRY_LATER.find(([kind]) => original instanceof kind);
    if (retryLater) return { ...formatted, message: retryLater[1], extensions: { code: 'SERVICE_UNAVAILABLE' } };
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && (PUBLIC_ERROR_CODES as readonly string[]).includes(code)) {
      // The gateway copies a failed subgraph response (its internal URL, status and body) into `response`.
      const { response: _internal, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    // At the gateway: a subgraph's error, already masked and logged by that subgraph.
    if (code === 'INTERNAL_SERVER_ERROR' && typeof formatted.extensions?.serviceName === 'string') {
      return formatted;
    }
    logger.error({ service: serviceName, err: original }, 'internal error');
    return {
      message: 'Internal server error',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * The body of every answer that is not GraphQL's own (a body too large, an unknown path, an overloaded service, a
 * failure outside GraphQL): the shape of a GraphQL error, so clients read one shape.
 */
export function httpErrorBody(status: number, message: string) {
  const code =
    status === 404
      ? 'NOT_FOUND'
      : status === 403
        ? 'FORBIDDEN'
        : status === 429 || status === 503
          ? 'SERVICE_UNAVAILABLE'
          : status >= 500
            ? 'INTERNAL_SERVER_ERROR'
            : 'BAD_REQUEST';
  return { errors: [{ message: status >= 500 && status !== 503 ? 'Internal server error' : message, extensions: { code } }] };
}
