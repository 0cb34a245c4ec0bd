import type { Driver } from 'neo4j-driver';
import { Neo4jRepository, type Group } from '../../../neo4j/repository.js';

/** The chains a region leads (its 主导产业链). */
export const LEADING_CHAIN_IDS = `
  UNWIND $regionIds AS regionId
  OPTIONAL MATCH (:Region {id: regionId})-[:PRIORITIZES]->(chain:Chain)
  RETURN regionId AS key, collect(chain.id) AS records`;

/** What growth reads besides the relatedness facts (src/facts/): the chains a region leads. */
export class GrowthRepository extends Neo4jRepository {
  constructor(driver: Driver) {
    super(driver, 'recruitment');
  }

  /** The chains each region leads, by region id. */
  leadingChainIdsOfRegions(regionIds: string[]) {
    return this.read<Group<string>>('leadingChainIds', LEADING_CHAIN_IDS, { regionIds });
  }
}
