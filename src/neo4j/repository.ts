import type { Driver, RecordShape } from 'neo4j-driver';
import { neo4jQueryDuration } from '../server/metrics.js';
import { inWriteTransaction, readRows, type Params, type RunQuery } from './driver.js';

/**
 * The base of every subgraph repository: named read queries, tagged with the owner and query name so a slow one
 * shows in `SHOW TRANSACTIONS` and the query log with where it came from, and timed by name in `/metrics`.
 */
export abstract class Neo4jRepository {
  constructor(
    protected readonly driver: Driver,
    private readonly owner: string,
  ) {}

  protected read<Row extends RecordShape>(name: string, cypher: string, params: Params = {}): Promise<Row[]> {
    return this.timed(name, () => readRows<Row>(this.driver, cypher, params, { metadata: { subgraph: this.owner, query: name } }));
  }

  /** Several queries in one write transaction: all or nothing. */
  protected write<T>(name: string, work: (run: RunQuery) => Promise<T>): Promise<T> {
    return this.timed(name, () => inWriteTransaction(this.driver, work, { metadata: { subgraph: this.owner, query: name } }));
  }

  private async timed<T>(query: string, run: () => Promise<T>): Promise<T> {
    const done = neo4jQueryDuration.startTimer({ subgraph: this.owner, query });
    try {
      const result = await run();
      done({ outcome: 'ok' });
      return result;
    } catch (error) {
      done({ outcome: 'failed' });
      throw error;
    }
  }

  /** For queries returning one column: its value in each row. */
  protected async readValues<Value>(name: string, cypher: string, params: Params = {}): Promise<Value[]> {
    return (await this.read<Record<string, Value>>(name, cypher, params)).map((row) => Object.values(row)[0] as Value);
  }
}
