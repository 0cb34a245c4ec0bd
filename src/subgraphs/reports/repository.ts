import { performance } from 'node:perf_hooks';
import neo4j, { Neo4jError, type Driver, type ResultSummary } from 'neo4j-driver';
import { classifyNeo4jError } from '../../neo4j/errors.js';
import { transactionConfig, type Params } from '../../neo4j/driver.js';
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

const ALLOWED_SHOW_OPERATORS = new Set(['ShowIndexes', 'ShowConstraints', 'ShowFunctions', 'ShowProcedures']);

/** Why a query may not run as an analyst's read-only Cypher, in words they can act on. */
export class RefusedQueryError extends Error {
  override readonly name = 'RefusedQueryError';
}

/** The user's query is wrong (syntax, types, semantics): Neo4j's own message says where. */
export class InvalidQueryError extends Error {
  override readonly name = 'InvalidQueryError';
}

export class ReportsRepository {
  constructor(private readonly driver: Driver) {}

  /**
   * Plans the query without running it (EXPLAIN) and refuses anything but a plain read: writes and schema changes
   * (the plan's query type), LOAD CSV, CALL … IN TRANSACTIONS, procedures outside a small allow-list (no dbms.*),
   * and administrative SHOW commands.
   */
  async checkReadOnly(query: string, params: Params): Promise<void> {
    const summary = await this.inReadTransaction(EXPLAIN_TIMEOUT_MS, 'explain', async (tx) => (await tx.run(`EXPLAIN ${query}`, params)).summary);
    for (const operator of planOperators(summary)) {
      if (operator.type === 'LoadCSV') throw new RefusedQueryError('LOAD CSV is not allowed here: it reads files and URLs from the server.');
      if (operator.type.startsWith('Transaction')) throw new RefusedQueryError('CALL { ... } IN TRANSACTIONS is not allowed here.');
      if (operator.type.startsWith('Show') && !ALLOWED_SHOW_OPERATORS.has(operator.type)) {
        throw new RefusedQueryError(`${operator.type.replace(/^Show/, 'SHOW ').toUpperCase()} is an administrative command and is not allowed here.`);
      }
      if (operator.type === 'ProcedureCall') {
        const procedure = /^([\w.]+)\(/.exec(operator.details)?.[1] ?? operator.details;
        if (!ALLOWED_PROCEDURES.has(procedure)) {
          throw new RefusedQueryError(`Procedure ${procedure} is not allowed here; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}.`);
        }
      }
    }
    if (summary.queryType !== 'r') {
      throw new RefusedQueryError(
        `Only read-only Cypher can run here; this query ${summary.queryType === 's' ? 'changes the schema or administers the database' : 'writes data'} (query type '${summary.queryType}').`,
      );
    }
  }

  /** Runs a read query in a READ transaction with a timeout, keeping at most `maxRows` rows. */
  read(query: string, params: Params, options: ReadOptions): Promise<ReportResultRecord> {
    const started = performance.now();
    return this.inReadTransaction(options.timeoutMs, options.name, async (tx) => {
      const result = tx.run(query, params);
      const keys = await result.keys();
      const rows: Record<string, JsonValue>[] = [];
      let truncated = false;
      for await (const record of result) {
        if (rows.length === options.maxRows) {
          truncated = true;
          break;
        }
        rows.push(Object.fromEntries(keys.map((key) => [key, toJsonValue(record.get(key))])));
      }
      const columns = keys.map((key) => ({ name: String(key), type: columnType(rows.map((row) => row[String(key)] ?? null)) }));
      return { columns, rows, rowCount: rows.length, truncated, elapsedMs: Math.round((performance.now() - started) * 10) / 10 };
    });
  }

  private async inReadTransaction<T>(timeoutMs: number, name: string, work: (tx: neo4j.ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work, transactionConfig({ timeoutMs, metadata: { subgraph: 'reports', query: name } }));
    } catch (error) {
      const classified = classifyNeo4jError(error);
      if (classified instanceof Neo4jError && classified.code.startsWith('Neo.ClientError.')) {
        throw new InvalidQueryError(withoutExplainPrefix(classified.message));
      }
      throw classified;
    } finally {
      await session.close();
    }
  }
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
    .replace(/\(line 1, column (\d+) \(offset: (\d+)\)\)/, (_, column: string, offset: string) =>
      `(line 1, column ${Number(column) - prefix.length} (offset: ${Number(offset) - prefix.length}))`)
    .replace(new RegExp(`\\n {${prefix.length}}( *\\^)`), '\n$1');
}

function* planOperators(summary: ResultSummary): Generator<{ type: string; details: string }> {
  const stack = summary.plan ? [summary.plan] : [];
  while (stack.length > 0) {
    const plan = stack.pop()!;
    const details = plan.arguments?.Details;
    yield { type: plan.operatorType.split('@')[0]!, details: typeof details === 'string' ? details : '' };
    stack.push(...plan.children);
  }
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
