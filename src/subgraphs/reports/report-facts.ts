import type { Driver, RecordShape } from 'neo4j-driver';
import { ChainFactsRepository } from '../../facts/chain-facts.js';
import { RelatednessFactsRepository } from '../../facts/relatedness.js';
import type { Params } from '../../neo4j/driver.js';
import { Neo4jRepository } from '../../neo4j/repository.js';

/**
 * What a computed report reads, each query within the report's time limit and tagged with its name: the facts the
 * domain rules read (src/facts/), and the report's own Cypher for what no rule decides (which regions, their names).
 */
export class ReportFacts extends Neo4jRepository {
  readonly chains: ChainFactsRepository;
  readonly relatedness: RelatednessFactsRepository;

  constructor(driver: Driver, timeoutMs: number) {
    super(driver, 'reports', timeoutMs);
    this.chains = new ChainFactsRepository(driver, 'reports', timeoutMs);
    this.relatedness = new RelatednessFactsRepository(driver, 'reports', timeoutMs);
  }

  rows<Row extends RecordShape>(name: string, cypher: string, params: Params = {}): Promise<Row[]> {
    return this.read<Row>(name, cypher, params);
  }
}
