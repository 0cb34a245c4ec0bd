import type { Driver } from 'neo4j-driver';
import { localFirms, regionAtOrUnder } from '../../../neo4j/cypher-fragments.js';
import { Neo4jRepository, type Group } from '../../../neo4j/repository.js';
import { CHAIN_LINK_FACTS, type ChainFactsRecord } from '../../../facts/chain-facts.js';
import { COMPLETENESS_SERIES, type CompletenessPointRecord } from '../../../history/completeness-history.js';

/** A chain in one region's subtree: its gap facts, and how many regions at or under it lead it. */
export interface ChainFactsOfRegionRecord {
  facts: ChainFactsRecord;
  leadingRegionCount: number;
}

/**
 * A chain in each region at `$regionIds` (each its whole subtree), for the views above the county: the gap facts,
 * and how many regions at or under it lead the chain.
 */
export const CHAIN_FACTS_OF_REGIONS = `
  MATCH (chain:Chain {id: $chainId})
  UNWIND $regionIds AS regionId
  MATCH (root:Region {id: regionId})
  ${localFirms('root')}
  ${CHAIN_LINK_FACTS}
  RETURN regionId, {chainId: chain.id, links: links} AS facts,
         COUNT { MATCH ${regionAtOrUnder('leader:Region', 'root')} WHERE EXISTS { (leader)-[:PRIORITIZES]->(chain) } } AS leadingRegionCount`;

/** The regions directly under each region at `$regionIds` (a null region: the provinces, under the key ''). */
export const SUBREGION_IDS = `
  UNWIND $regionIds AS regionId
  CALL (regionId) {
    MATCH (child:Region)
    WHERE CASE WHEN regionId IS NULL THEN child.level = 'PROVINCE' ELSE EXISTS { (child)-[:PART_OF]->(:Region {id: regionId}) } END
    RETURN child.id AS childId ORDER BY childId
  }
  RETURN coalesce(regionId, '') AS key, collect(childId) AS records`;

/** What the views above the county read: a chain across the regions under one, and its completeness over time. */
export class OverviewsRepository extends Neo4jRepository {
  constructor(driver: Driver) {
    super(driver, 'recruitment');
  }

  async chainFactsOfRegions(regionIds: string[], chainId: string): Promise<Map<string, ChainFactsOfRegionRecord>> {
    const rows = await this.read<ChainFactsOfRegionRecord & { regionId: string }>('chainFactsOfRegions', CHAIN_FACTS_OF_REGIONS, {
      regionIds,
      chainId,
      assumedLocalIds: [],
    });
    return new Map(rows.map((row) => [row.regionId, row]));
  }

  /** The regions directly under each region, by id; the provinces under '' for a null region. */
  subregionIds(regionIds: (string | null)[]) {
    return this.read<Group<string>>('subregionIds', SUBREGION_IDS, { regionIds });
  }

  completenessSeries(keys: { key: string; regionId: string; chainId: string }[], since: string) {
    return this.read<Group<CompletenessPointRecord>>('completenessSeries', COMPLETENESS_SERIES, { keys, since });
  }
}
