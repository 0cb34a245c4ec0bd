import { Neo4jError } from 'neo4j-driver';

/** Neo4j cannot be reached (stopped, restarting, network down): the request may succeed if retried later. */
export class Neo4jUnavailableError extends Error {
  override readonly name = 'Neo4jUnavailableError';
  constructor(cause: unknown) {
    super('Neo4j is unavailable', { cause });
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Turns the driver's connection failures into `Neo4jUnavailableError`; other errors pass through unchanged. */
export function classifyNeo4jError(error: unknown): unknown {
  return error instanceof Neo4jError && UNAVAILABLE_CODES.has(error.code) ? new Neo4jUnavailableError(error) : error;
}
