import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type Driver, type RecordShape, type Transaction } from 'neo4j-driver';
import pLimit, { type LimitFunction } from 'p-limit';
import { neo4jPoolSize, type Neo4jCredentials } from '../config.js';
import { neo4jQueryDuration } from '../platform/metrics.js';
import { currentRequest } from '../platform/request-context.js';
import { classifyNeo4jError, isRetryableNeo4jError } from './errors.js';

/**
 * The executor: every session, transaction and query of chain-graph goes through this module, so each one carries
 * the request id and its caller in its metadata, has a timeout, is timed in `/metrics` and fails with the typed
 * errors of ./errors.ts. No other module opens a session (test/unit/executor.test.ts checks).
 */

/** Default for every query; a planner's request should never hang on a stuck transaction. */
export const DEFAULT_QUERY_TIMEOUT_MS = 15_000;

export type Params = Record<string, unknown>;

/**
 * The one place a driver is made. Integers come back as JS numbers: every count and amount in this product
 * (yuan, employees) stays far below 2^53.
 */
export function createDriver(uri: string, credentials: Neo4jCredentials): Driver {
  const driver = neo4j.driver(uri, neo4j.auth.basic(credentials.user, credentials.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    maxConnectionPoolSize: neo4jPoolSize(),
    connectionAcquisitionTimeout: 10_000,
    // Retries of a failed transaction stop after 2 s: with Neo4j down, requests fail fast (SERVICE_UNAVAILABLE).
    maxTransactionRetryTime: 2_000,
    userAgent: 'chain-graph',
  });
  return driver;
}

/**
 * Anonymous requests may hold a quarter of the process's connections to Neo4j at once (they wait for one of them):
 * the rest stay free for signed-in users, however many anonymous requests come.
 */
const anonymousSessions: LimitFunction = pLimit(Math.max(1, Math.floor(neo4jPoolSize() / 4)));

/** Runs `work` on Neo4j's connections, within the anonymous share when the request being served is anonymous. */
function onConnections<T>(work: () => Promise<T>): Promise<T> {
  return currentRequest()?.viewerClass === 'anonymous' ? anonymousSessions(work) : work();
}

/**
 * Parameters that Cypher needs as integers (LIMIT, SKIP, fulltext limits): the driver sends JS numbers as floats.
 */
export function cypherInteger(value: number) {
  return neo4j.int(value);
}

export interface QueryOptions {
  timeoutMs?: number;
  /**
   * Shows in `SHOW TRANSACTIONS` and the query log, so a slow query can be traced to its caller; `subgraph` (or
   * `task`) and `query` also label its time in `/metrics`.
   */
  metadata?: Record<string, string>;
}

/** Times one query or transaction in `/metrics` under the caller its metadata names. */
function startQueryTimer(options: QueryOptions): (outcome: 'ok' | 'failed') => void {
  const metadata = options.metadata ?? {};
  const done = neo4jQueryDuration.startTimer({
    subgraph: metadata.subgraph ?? metadata.task ?? 'other',
    query: metadata.query ?? metadata.task ?? 'query',
  });
  return (outcome) => done({ outcome });
}

async function timed<T>(options: QueryOptions, work: () => Promise<T>): Promise<T> {
  const done = startQueryTimer(options);
  try {
    const result = await work();
    done('ok');
    return result;
  } catch (error) {
    done('failed');
    throw error;
  }
}

/** Runs a read query (routed to a reader in a cluster) and returns the rows as plain objects. */
export function readRows<Row extends RecordShape>(driver: Driver, cypher: string, params: Params = {}, options: QueryOptions = {}) {
  return onConnections(() => timed(options, () => runRows<Row>(driver, neo4j.session.READ, cypher, params, options)));
}

/** Runs one write query; it must be idempotent (MERGE), as it may be retried. */
export function writeRows<Row extends RecordShape>(driver: Driver, cypher: string, params: Params = {}, options: QueryOptions = {}) {
  return onConnections(() => timed(options, () => runRows<Row>(driver, neo4j.session.WRITE, cypher, params, options)));
}

/** How long a query failing with a retryable error (Neo4j restarting, a cluster electing a leader) is retried. */
const RETRY_FOR_MS = 2_000;

/**
 * One query as an auto-commit transaction: RUN and PULL go in one round trip, where a transaction function costs
 * two (BEGIN, RUN, PULL, then COMMIT) — twice the small reads per second on this machine. Retried like a
 * transaction function on retryable errors, for up to RETRY_FOR_MS; the driver's shared bookmark manager keeps a
 * read after a write causally consistent in a cluster.
 */
async function runRows<Row extends RecordShape>(
  driver: Driver,
  accessMode: 'READ' | 'WRITE',
  cypher: string,
  params: Params,
  options: QueryOptions,
): Promise<Row[]> {
  const started = Date.now();
  for (let attempt = 0; ; attempt += 1) {
    const session = driver.session({ defaultAccessMode: accessMode, bookmarkManager: driver.executeQueryBookmarkManager });
    try {
      const result = await session.run<Row>(cypher, params, transactionConfig(options));
      return result.records.map((record) => record.toObject());
    } catch (error) {
      const delayMs = Math.min(1_000, 100 * 2 ** attempt);
      if (!isRetryableNeo4jError(error) || Date.now() - started + delayMs > RETRY_FOR_MS) throw classifyNeo4jError(error);
      await sleep(delayMs);
    } finally {
      await session.close();
    }
  }
}

/** Runs one query inside a transaction and returns its rows as plain objects. */
export type RunQuery = <Row extends RecordShape>(cypher: string, params?: Params) => Promise<Row[]>;

/**
 * Runs `work` in one write transaction (several queries, all or nothing). The driver retries it on transient
 * failures, so `work` must be safe to repeat; an error it throws rolls everything back.
 */
export function inWriteTransaction<T>(driver: Driver, work: (run: RunQuery) => Promise<T>, options: QueryOptions = {}): Promise<T> {
  return timed(options, async () => {
    const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, bookmarkManager: driver.executeQueryBookmarkManager });
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
  });
}

/**
 * Streams the rows of one read query as they arrive, for results too large to hold (an export); the session
 * closes when the caller stops reading.
 */
export async function* streamRows<Row extends RecordShape>(
  driver: Driver,
  cypher: string,
  params: Params = {},
  options: QueryOptions = {},
): AsyncGenerator<Row> {
  const done = startQueryTimer(options);
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, bookmarkManager: driver.executeQueryBookmarkManager });
  let outcome: 'ok' | 'failed' = 'ok';
  try {
    for await (const record of session.run<Row>(cypher, params, transactionConfig(options))) yield record.toObject();
  } catch (error) {
    outcome = 'failed';
    throw classifyNeo4jError(error);
  } finally {
    // A caller that stops reading early ends the stream as much as one that reads it to the end.
    done(outcome);
    await session.close();
  }
}

/** A READ transaction its caller commits or abandons itself, with its session, timer and tags from the executor. */
export interface OpenTransaction {
  transaction: Transaction;
  /** Records how it ended in `/metrics`. */
  finished(outcome: 'ok' | 'failed'): void;
  /** Ends its session; call once the transaction settled. */
  close(): Promise<void>;
}

/**
 * Begins one READ transaction, never retried, for a caller that must race it against a deadline of its own (the
 * reports answer at their timeout and terminate what still runs).
 */
export function beginReadTransaction(driver: Driver, options: QueryOptions): OpenTransaction {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const done = startQueryTimer(options);
  return { transaction: session.beginTransaction(transactionConfig(options)), finished: done, close: () => session.close() };
}

/**
 * A transaction's timeout and metadata. The metadata names the request it serves, so one request can be followed
 * into `SHOW TRANSACTIONS` and the query log, and its transactions terminated when its client gives up.
 */
export function transactionConfig(options: QueryOptions) {
  const requestId = currentRequest()?.requestId;
  return {
    timeout: options.timeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
    metadata: { app: 'chain-graph', ...(requestId ? { requestId } : {}), ...options.metadata },
  };
}

const TAGGED_TRANSACTIONS = `
  SHOW TRANSACTIONS YIELD transactionId, metaData
  WHERE metaData[$tag] = $value
  RETURN transactionId`;

/**
 * Terminates the transactions whose metadata has `tag` = `value` and says how many the server still listed. A
 * terminated transaction is only marked: one evaluating a single expression runs on until it ends, and is listed
 * until then.
 */
export async function terminateTransactionsTagged(driver: Driver, tag: string, value: string): Promise<number> {
  const session = driver.session();
  try {
    const running = await session.run<{ transactionId: string }>(TAGGED_TRANSACTIONS, { tag, value });
    const ids = running.records.map((record) => record.get('transactionId'));
    if (ids.length > 0) await session.run('TERMINATE TRANSACTIONS $ids', { ids });
    return ids.length;
  } finally {
    await session.close();
  }
}

/**
 * Stops the transactions still running for a request its client abandoned, so that their work stops with it
 * (a report left running after the gateway gave up would hold memory every other query needs).
 */
export function terminateRequestTransactions(driver: Driver, requestId: string): Promise<number> {
  return terminateTransactionsTagged(driver, 'requestId', requestId);
}
