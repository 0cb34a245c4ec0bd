import type { Driver } from 'neo4j-driver';
import { LINK_ORDER } from '../../../neo4j/cypher-fragments.js';
import { Neo4jRepository, type Group } from '../../../neo4j/repository.js';
import type { LocatedFirmCount, RegionInTree } from '../../../domain/relatedness.js';

export interface ChainLinkNameRecord {
  id: string;
  name: string;
  nameZh: string | null;
  chainId: string;
}

/** Relatedness (docs/domain.md): every region with its level and the region it is part of. */
export const REGION_TREE = `
  MATCH (region:Region)
  RETURN region.id AS id, region.level AS level, head([(region)-[:PART_OF]->(parent:Region) | parent.id]) AS parentId`;

/**
 * Relatedness: the firms of each link by where they are located — a region, or a park (given as its region). Counted
 * per location first, so the whole country costs one pass over the firms' links.
 */
export const LOCATED_FIRM_COUNTS = `
  MATCH (link:ChainLink)<-[:OPERATES_IN]-(firm:Enterprise&!Inactive)-[:LOCATED_IN]->(location)
  WITH location, link.id AS linkId, count(firm) AS firms
  RETURN coalesce(head([(location)-[:IN]->(parkRegion:Region) | parkRegion.id]), location.id) AS regionId, linkId, firms`;

/** Relatedness: every chain link with its names and chain. */
export const ALL_CHAIN_LINKS = `
  MATCH (link:ChainLink)-[:PART_OF]->(chain:Chain)
  RETURN link.id AS id, link.name AS name, link.nameZh AS nameZh, chain.id AS chainId
  ORDER BY chain.id, ${LINK_ORDER}`;

/** The chains a region leads (its 主导产业链). */
export const LEADING_CHAIN_IDS = `
  UNWIND $regionIds AS regionId
  OPTIONAL MATCH (:Region {id: regionId})-[:PRIORITIZES]->(chain:Chain)
  RETURN regionId AS key, collect(chain.id) AS records`;

/** What relatedness reads (docs/domain.md): the region tree, where the firms of each link are, the links, a region's leading chains. */
export class GrowthRepository extends Neo4jRepository {
  constructor(driver: Driver) {
    super(driver, 'recruitment');
  }

  regionTree() {
    return this.read<RegionInTree>('regionTree', REGION_TREE);
  }

  locatedFirmCounts() {
    return this.read<LocatedFirmCount>('locatedFirmCounts', LOCATED_FIRM_COUNTS);
  }

  allChainLinks() {
    return this.read<ChainLinkNameRecord>('allChainLinks', ALL_CHAIN_LINKS);
  }

  /** The chains each region leads, by region id. */
  leadingChainIdsOfRegions(regionIds: string[]) {
    return this.read<Group<string>>('leadingChainIds', LEADING_CHAIN_IDS, { regionIds });
  }
}
