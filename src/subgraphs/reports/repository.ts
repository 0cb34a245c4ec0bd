import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { Neo4jError, type Driver, type ResultSummary } from 'neo4j-driver';
import { classifyNeo4jError, Neo4jTimeoutError } from '../../neo4j/errors.js';
import { beginReadTransaction, readRows, terminateTransactionsTagged, type Params } from '../../neo4j/driver.js';
import { toJsonValue, type JsonValue } from '../../neo4j/values.js';

export interface ReportColumn {
  name: string;
  /** Inferred from the values: Integer, Float, String, Boolean, List, Map, Null, Any when they differ, Unknown with no rows. */
  type: string;
}

export interface ReportResultRecord {
  columns: ReportColumn[];
  rows: Record<string, JsonValue>[];
  rowCount: number;
  truncated: boolean;
  elapsedMs: number;
}

export interface ReadOptions {
  timeoutMs: number;
  maxRows: number;
  /** Names the query in `SHOW TRANSACTIONS` and the query log. */
  name: string;
}

/** Procedures an analyst's Cypher may call: full-text search and schema introspection. Nothing of dbms.* */
const ALLOWED_PROCEDURES = new Set([
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.schema.visualization',
]);

/** Planning is quick; a plan that takes longer than this is not worth running. */
const EXPLAIN_TIMEOUT_MS = 5_000;

/**
 * The plan operators an analyst's query may use (Neo4j 5.26 names, without their "(All)"/"(Into)" suffix): reading,
 * joining, filtering, aggregating and ordering. Anything else — writes, LOAD CSV, CALL … IN TRANSACTIONS, and every
 * administrative command, SHOW TRANSACTIONS and TERMINATE TRANSACTIONS among them — is refused by what the plan
 * does, however the query spells it.
 */
const ALLOWED_OPERATORS = new Set([
  // Leaves: scans and seeks.
  'AllNodesScan',
  'NodeByLabelScan',
  'NodeByIdSeek',
  'NodeByElementIdSeek',
  'NodeIndexSeek',
  'NodeUniqueIndexSeek',
  'NodeIndexSeekByRange',
  'NodeUniqueIndexSeekByRange',
  'NodeIndexScan',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'MultiNodeIndexSeek',
  'IntersectionNodeByLabelsScan',
  'UnionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan',
  'DirectedRelationshipIndexSeek',
  'UndirectedRelationshipIndexSeek',
  'DirectedRelationshipIndexSeekByRange',
  'UndirectedRelationshipIndexSeekByRange',
  'DirectedRelationshipUniqueIndexSeek',
  'UndirectedRelationshipUniqueIndexSeek',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
  'DirectedRelationshipIndexContainsScan',
  'UndirectedRelationshipIndexContainsScan',
  'DirectedRelationshipIndexEndsWithScan',
  'UndirectedRelationshipIndexEndsWithScan',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedUnionRelationshipTypesScan',
  'UndirectedUnionRelationshipTypesScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'DirectedRelationshipByIdSeek',
  'UndirectedRelationshipByIdSeek',
  'DirectedRelationshipByElementIdSeek',
  'UndirectedRelationshipByElementIdSeek',
  'NodeCountFromCountStore',
  'RelationshipCountFromCountStore',
  'Argument',
  'EmptyRow',
  // Traversals.
  'Expand',
  'OptionalExpand',
  'VarLengthExpand',
  'BFSPruningVarLengthExpand',
  'ShortestPath',
  'StatefulShortestPath',
  'Repeat',
  'ProjectEndpoints',
  'TriadicSelection',
  'TriadicBuild',
  'TriadicFilter',
  'NullifyMetadata',
  // Combining rows.
  'Apply',
  'SemiApply',
  'AntiSemiApply',
  'LetSemiApply',
  'LetAntiSemiApply',
  'SelectOrSemiApply',
  'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSelectOrAntiSemiApply',
  'ConditionalApply',
  'AntiConditionalApply',
  'RollUpApply',
  'CartesianProduct',
  'NodeHashJoin',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'ValueHashJoin',
  'Union',
  'OrderedUnion',
  'Optional',
  // Shaping rows.
  'Filter',
  'Projection',
  'ProduceResults',
  'Limit',
  'ExhaustiveLimit',
  'Skip',
  'Sort',
  'PartialSort',
  'Top',
  'PartialTop',
  'EagerAggregation',
  'OrderedAggregation',
  'Distinct',
  'OrderedDistinct',
  'Unwind',
  'Eager',
  'CacheProperties',
  'EmptyResult',
  // Checked further below.
  'ProcedureCall',
  'ShowIndexes',
  'ShowConstraints',
  'ShowFunctions',
  'ShowProcedures',
]);

/** Why an operator the allow-list lacks is refused, in the analyst's words, for the common cases (else undefined). */
function namedRefusal(type: string): string | undefined {
  if (type === 'LoadCSV') return 'LOAD CSV is not allowed here: it reads files and URLs from the server.';
  if (type.startsWith('Transaction')) return 'CALL { ... } IN TRANSACTIONS is not allowed here.';
  if (type.startsWith('Show') || type.startsWith('Terminate') || type === 'AdministrationCommand') {
    return `${type.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase()} is an administrative command and is not allowed here.`;
  }
  return undefined;
}

/** Why a query may not run as an analyst's read-only Cypher, in words they can act on. */
export class RefusedQueryError extends Error {
  override readonly name = 'RefusedQueryError';
}

/** The user's query is wrong (syntax, types, semantics): Neo4j's own message says where. */
export class InvalidQueryError extends Error {
  override readonly name = 'InvalidQueryError';
}

export const MISSING_REGIONS = `
  UNWIND $ids AS id
  WITH id WHERE NOT EXISTS { (:Region {id: id}) }
  RETURN id`;

/**
 * Neo4j checks a transaction's timeout between the rows it produces, not while it evaluates one expression: a large
 * list comprehension or reduce() runs on, timed out and terminated, until it has finished. The service answers its
 * caller this long after the timeout, and keeps counting the transaction as running until the server lets it go.
 */
const TIMEOUT_GRACE_MS = 1_000;
/** How often the service looks whether a transaction it gave up on has ended, and the longest it looks. */
const GONE_POLL_MS = 500;
const GONE_WAIT_MS = 15 * 60_000;

export class ReportsRepository {
  constructor(
    private readonly driver: Driver,
    /** Told of a transaction the service gave up on, with a promise that settles once the server has let it go. */
    private readonly lingering: (gone: Promise<void>) => void = () => {},
  ) {}

  /** Which of `ids` name no region. */
  async missingRegions(ids: string[]): Promise<string[]> {
    const rows = await readRows<{ id: string }>(
      this.driver,
      MISSING_REGIONS,
      { ids },
      { metadata: { subgraph: 'reports', query: 'missingRegions' } },
    );
    return rows.map((row) => row.id);
  }

  /**
   * Plans the query without running it (EXPLAIN) and refuses anything but a plain read: writes and schema changes
   * (the plan's query type), LOAD CSV, CALL … IN TRANSACTIONS, procedures outside a small allow-list (no dbms.*),
   * and administrative SHOW commands.
   */
  async checkReadOnly(query: string, params: Params): Promise<void> {
    const summary = await this.inReadTransaction(
      EXPLAIN_TIMEOUT_MS,
      'explain',
      async (tx) => (await tx.run(`EXPLAIN ${query}`, params)).summary,
    );
    const operators = [...planOperators(summary)];
    for (const operator of operators) {
      if (operator.type === 'ProcedureCall') {
        const procedure = /^([\w.]+)\(/.exec(operator.details)?.[1] ?? operator.details;
        if (!ALLOWED_PROCEDURES.has(procedure)) {
          throw new RefusedQueryError(`Procedure ${procedure} is not allowed here; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}.`);
        }
      } else {
        const reason = ALLOWED_OPERATORS.has(operator.type) ? undefined : namedRefusal(operator.type);
        if (reason) throw new RefusedQueryError(reason);
      }
    }
    if (summary.queryType !== 'r') {
      throw new RefusedQueryError(
        `Only read-only Cypher can run here; this query ${summary.queryType === 's' ? 'changes the schema or administers the database' : 'writes data'} (query type '${summary.queryType}').`,
      );
    }
    const unneeded = operators.find((operator) => !ALLOWED_OPERATORS.has(operator.type));
    if (unneeded)
      throw new RefusedQueryError(
        `This query plans a ${unneeded.type} step, which a read-only query does not need; only reads can run here.`,
      );
  }

  /** Runs a read query in a READ transaction with a timeout, keeping at most `maxRows` rows. */
  read(query: string, params: Params, options: ReadOptions): Promise<ReportResultRecord> {
    const started = performance.now();
    return this.inReadTransaction(options.timeoutMs, options.name, async (tx) => {
      const result = tx.run(query, params);
      const keys = await result.keys();
      const rows: Record<string, JsonValue>[] = [];
      for await (const record of result) {
        // One row past the cap says there were more.
        rows.push(Object.fromEntries(keys.map((key) => [key, toJsonValue(record.get(key))])));
        if (rows.length > options.maxRows) break;
      }
      return resultOf(rows, options.maxRows, started, keys.map(String));
    });
  }

  /**
   * One READ transaction, never retried: a query that failed on its timeout or its memory limit would only fail
   * again, as heavily. Its caller is answered at the latest TIMEOUT_GRACE_MS after the timeout; a transaction still
   * running then is terminated and reported to `lingering` until it is gone.
   */
  private async inReadTransaction<T>(timeoutMs: number, name: string, work: (tx: neo4j.Transaction) => Promise<T>): Promise<T> {
    const run = randomUUID();
    const {
      transaction: tx,
      finished,
      close,
    } = beginReadTransaction(this.driver, {
      timeoutMs,
      metadata: { subgraph: 'reports', query: name, run },
    });
    const transaction = (async () => {
      try {
        const result = await work(tx);
        await tx.commit();
        return result;
      } finally {
        if (tx.isOpen()) await tx.rollback().catch(() => {});
      }
    })();
    const settled = transaction.then(
      () => {},
      () => {},
    );
    const overdue = new AbortController();
    let gaveUp = false;
    try {
      const result = await Promise.race([transaction, overdueAfter(timeoutMs + TIMEOUT_GRACE_MS, overdue.signal)]);
      finished('ok');
      return result;
    } catch (error) {
      finished('failed');
      gaveUp = error instanceof OverdueError;
      const classified = classifyNeo4jError(error);
      if (classified instanceof Neo4jError && classified.code.startsWith('Neo.ClientError.')) {
        throw new InvalidQueryError(withoutExplainPrefix(classified.message));
      }
      throw classified;
    } finally {
      overdue.abort();
      const closed = settled.then(close);
      if (gaveUp) this.lingering(Promise.all([closed, this.untilGone(run)]).then(() => {}));
      else await closed;
    }
  }

  /** Terminates the transactions tagged `run` and waits until the server no longer lists them. */
  private async untilGone(run: string): Promise<void> {
    for (const started = Date.now(); Date.now() - started < GONE_WAIT_MS; await sleep(GONE_POLL_MS)) {
      if ((await terminateTransactionsTagged(this.driver, 'run', run)) === 0) return;
    }
  }
}

/** A transaction the server has not ended in time: the service answers its caller as if it had timed out. */
class OverdueError extends Neo4jTimeoutError {}

/** Rejects with an OverdueError once `ms` have passed, unless `signal` aborts first. */
function overdueAfter(ms: number, signal: AbortSignal): Promise<never> {
  return sleep(ms, undefined, { signal }).then(
    () => Promise.reject(new OverdueError(new Error(`no answer ${ms} ms after the transaction began`))),
    () => new Promise<never>(() => {}),
  );
}

/**
 * Neo4j quotes the statement it planned, `EXPLAIN ` included, and counts columns from it; the analyst wrote the
 * statement without it.
 */
function withoutExplainPrefix(message: string): string {
  const prefix = 'EXPLAIN ';
  if (!message.includes(`"${prefix}`)) return message;
  return message
    .replace(`"${prefix}`, '"')
    .replace(
      /\(line 1, column (\d+) \(offset: (\d+)\)\)/,
      (_, column: string, offset: string) =>
        `(line 1, column ${Number(column) - prefix.length} (offset: ${Number(offset) - prefix.length}))`,
    )
    .replace(new RegExp(`\\n {${prefix.length}}( *\\^)`), '\n$1');
}

function* planOperators(summary: ResultSummary): Generator<{ type: string; details: string }> {
  const stack = summary.plan ? [summary.plan] : [];
  while (stack.length > 0) {
    const plan = stack.pop()!;
    const details = plan.arguments?.Details;
    // `Expand(All)@neo4j` → `Expand`: the runtime's suffix and the variant say nothing about reading or writing.
    yield { type: plan.operatorType.split('@')[0]!.replace(/\(.*\)$/, ''), details: typeof details === 'string' ? details : '' };
    stack.push(...plan.children);
  }
}

/**
 * A report's answer from its rows, at most `maxRows` of them (truncated when there were more), with its columns, in
 * order, typed from their values.
 */
export function resultOf(rows: Record<string, JsonValue>[], maxRows: number, started: number, columns: string[]): ReportResultRecord {
  const kept = rows.slice(0, maxRows);
  return {
    columns: columns.map((name) => ({ name, type: columnType(kept.map((row) => row[name] ?? null)) })),
    rows: kept,
    rowCount: kept.length,
    truncated: rows.length > maxRows,
    elapsedMs: Math.round((performance.now() - started) * 10) / 10,
  };
}

function columnType(values: JsonValue[]): string {
  if (values.length === 0) return 'Unknown';
  const types = new Set(values.filter((value) => value !== null).map(valueType));
  if (types.size === 0) return 'Null';
  if (types.size === 1) return [...types][0]!;
  return types.size === 2 && types.has('Integer') && types.has('Float') ? 'Float' : 'Any';
}

function valueType(value: JsonValue): string {
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Float';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  return Array.isArray(value) ? 'List' : 'Map';
}
