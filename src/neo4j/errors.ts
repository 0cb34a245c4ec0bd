import { Neo4jError } from 'neo4j-driver';

/** Neo4j cannot be reached (stopped, restarting, network down): the request may succeed if retried later. */
export class Neo4jUnavailableError extends Error {
  override readonly name = 'Neo4jUnavailableError';
  constructor(cause: unknown) {
    super('Neo4j is unavailable', { cause });
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * Turns the driver's connection failures into `Neo4jUnavailableError` and timeouts into `Neo4jTimeoutError`; other
 * errors pass through unchanged.
 */
export function classifyNeo4jError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE_CODES.has(error.code)) return new Neo4jUnavailableError(error);
  if (TIMEOUT_CODES.has(error.code)) return new Neo4jTimeoutError(error);
  return error;
}

/** A query ran past its transaction timeout and was stopped by the server. */
export class Neo4jTimeoutError extends Error {
  override readonly name = 'Neo4jTimeoutError';
  constructor(cause: unknown) {
    super('The query ran past its timeout', { cause });
  }
}

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);
