import { Neo4jError } from 'neo4j-driver';

/**
 * What can go wrong in Neo4j, by what the caller should do about it. `classifyNeo4jError` sorts every error of the
 * driver into one of these (or passes it through: a client error is a bug in our Cypher, or in an analyst's).
 */

/** Neo4j cannot be reached, or is stopping or starting: the request may succeed if retried later. */
export class Neo4jUnavailableError extends Error {
  override readonly name = 'Neo4jUnavailableError';
  constructor(cause: unknown) {
    super('Neo4j is unavailable', { cause });
  }
}

/** A query ran past its transaction timeout and was stopped by the server. */
export class Neo4jTimeoutError extends Error {
  override readonly name = 'Neo4jTimeoutError';
  constructor(cause: unknown) {
    super('The query ran past its timeout', { cause });
  }
}

/** A query needed more memory than one transaction may use (`db.memory.transaction.max`), or the pool ran out. */
export class Neo4jMemoryLimitError extends Error {
  override readonly name = 'Neo4jMemoryLimitError';
  constructor(cause: unknown) {
    super('The query used more memory than a transaction may', { cause });
  }
}

/** The transaction was stopped before it finished: its request was abandoned, or the server is shutting down. */
export class Neo4jTerminatedError extends Error {
  override readonly name = 'Neo4jTerminatedError';
  constructor(cause: unknown) {
    super('The transaction was terminated', { cause });
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

const MEMORY_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.OutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
]);

const TERMINATED_CODES = new Set([
  'Neo.TransientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** The driver's own error when every connection of its pool is busy for longer than it waits for one. */
const POOL_EXHAUSTED = /^Connection acquisition timed out/;

/**
 * Sorts a driver error: connection failures, a pool with no free connection in time and every other transient error
 * (a database stopping or unavailable, a leader switch, a deadlock) are `Neo4jUnavailableError`; timeouts, memory limits and terminations have their
 * own classes. Client and database errors pass through unchanged.
 */
export function classifyNeo4jError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (TIMEOUT_CODES.has(error.code)) return new Neo4jTimeoutError(error);
  if (MEMORY_CODES.has(error.code)) return new Neo4jMemoryLimitError(error);
  if (TERMINATED_CODES.has(error.code)) return new Neo4jTerminatedError(error);
  if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.') || POOL_EXHAUSTED.test(error.message)) {
    return new Neo4jUnavailableError(error);
  }
  return error;
}

/** Whether a failed query may be run again: transient, but not a memory limit (it would fail again, as heavily). */
export function isRetryableNeo4jError(error: unknown): boolean {
  return error instanceof Neo4jError && error.retriable && !MEMORY_CODES.has(error.code);
}
