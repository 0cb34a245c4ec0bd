import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Neo4jCredentials } from '../config.js';
import { classifyNeo4jError } from './errors.js';

/** Default for every query; a planner's request should never hang on a stuck transaction. */
export const DEFAULT_QUERY_TIMEOUT_MS = 15_000;

export type Params = Record<string, unknown>;

/**
 * The one place a driver is made. Integers come back as JS numbers: every count and amount in this product
 * (yuan, employees) stays far below 2^53.
 */
export function createDriver(uri: string, credentials: Neo4jCredentials): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(credentials.user, credentials.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    // Retries of a failed transaction stop after 2 s: with Neo4j down, requests fail fast (SERVICE_UNAVAILABLE).
    maxTransactionRetryTime: 2_000,
    userAgent: 'chain-graph',
  });
}

/**
 * Parameters that Cypher needs as integers (LIMIT, SKIP, fulltext limits): the driver sends JS numbers as floats.
 */
export function cypherInteger(value: number) {
  return neo4j.int(value);
}

export interface QueryOptions {
  timeoutMs?: number;
  /** Shows in `SHOW TRANSACTIONS` and the query log, so a slow query can be traced to its caller. */
  metadata?: Record<string, string>;
}

/** Runs a read query as a retried, routed read transaction and returns the rows as plain objects. */
export function readRows<Row extends RecordShape>(driver: Driver, cypher: string, params: Params = {}, options: QueryOptions = {}) {
  return runRows<Row>(driver, neo4j.routing.READ, cypher, params, options);
}

/** Runs a write query as a retried write transaction; the work must be idempotent (MERGE), as it may be retried. */
export function writeRows<Row extends RecordShape>(driver: Driver, cypher: string, params: Params = {}, options: QueryOptions = {}) {
  return runRows<Row>(driver, neo4j.routing.WRITE, cypher, params, options);
}

async function runRows<Row extends RecordShape>(
  driver: Driver,
  routing: 'READ' | 'WRITE',
  cypher: string,
  params: Params,
  options: QueryOptions,
): Promise<Row[]> {
  try {
    const result = await driver.executeQuery<QueryResult<Row>>(cypher, params, {
      routing,
      transactionConfig: transactionConfig(options),
    });
    return result.records.map((record) => record.toObject());
  } catch (error) {
    throw classifyNeo4jError(error);
  }
}

/** Runs one query inside a transaction and returns its rows as plain objects. */
export type RunQuery = <Row extends RecordShape>(cypher: string, params?: Params) => Promise<Row[]>;

/**
 * Runs `work` in one write transaction (several queries, all or nothing). The driver retries it on transient
 * failures, so `work` must be safe to repeat; an error it throws rolls everything back.
 */
export async function inWriteTransaction<T>(driver: Driver, work: (run: RunQuery) => Promise<T>, options: QueryOptions = {}): Promise<T> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(
      (tx) => work(async (cypher, params = {}) => (await tx.run(cypher, params)).records.map((record) => record.toObject())),
      transactionConfig(options),
    );
  } catch (error) {
    throw classifyNeo4jError(error);
  } finally {
    await session.close();
  }
}

export function transactionConfig(options: QueryOptions) {
  return { timeout: options.timeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS, metadata: { app: 'chain-graph', ...options.metadata } };
}
