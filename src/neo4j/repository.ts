import type { Driver, RecordShape } from 'neo4j-driver';
import { inWriteTransaction, readRows, type Params, type RunQuery } from './driver.js';

/** Rows grouped by a key (one per id or pair asked for), as loaders batch them. */
export type Group<Record> = { key: string; records: Record[] };

/**
 * The base of every subgraph repository: named read queries, tagged with the owner and query name so a slow one
 * shows in `SHOW TRANSACTIONS` and the query log with where it came from, and (by the executor) timed by name in
 * `/metrics`.
 */
export abstract class Neo4jRepository {
  constructor(
    protected readonly driver: Driver,
    private readonly owner: string,
    /** The executor's default when absent; a report gives its own. */
    private readonly timeoutMs?: number,
  ) {}

  protected read<Row extends RecordShape>(name: string, cypher: string, params: Params = {}): Promise<Row[]> {
    return readRows<Row>(this.driver, cypher, params, { timeoutMs: this.timeoutMs, metadata: { subgraph: this.owner, query: name } });
  }

  /** Several queries in one write transaction: all or nothing. */
  protected write<T>(name: string, work: (run: RunQuery) => Promise<T>): Promise<T> {
    return inWriteTransaction(this.driver, work, { metadata: { subgraph: this.owner, query: name } });
  }

  /** For queries returning one column: its value in each row. */
  protected async readValues<Value>(name: string, cypher: string, params: Params = {}): Promise<Value[]> {
    return (await this.read<Record<string, Value>>(name, cypher, params)).map((row) => Object.values(row)[0] as Value);
  }
}
