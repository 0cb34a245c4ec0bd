/**
 * The relatedness space of the whole dataset (docs/domain.md, "Relatedness and growth opportunities"), gathered by
 * three queries and computed by src/domain/relatedness.ts: the recruitment subgraph keeps it per import, the
 * growth-opportunities and peers reports compute it for their run.
 */
import type { Driver } from 'neo4j-driver';
import {
  peers,
  relatednessSpace,
  type LocatedFirmCount,
  type Peer,
  type RegionInTree,
  type RelatednessSpace,
} from '../domain/relatedness.js';
import type { Named } from '../domain/reasons.js';
import { MAX_PAGE_SIZE } from '../graphql/paging.js';
import { LINK_ORDER } from '../neo4j/cypher-fragments.js';
import { Neo4jRepository } from '../neo4j/repository.js';

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

/** Reads the relatedness facts for its owner (a subgraph), tagged with the owner's name and, for reports, their time limit. */
export class RelatednessFactsRepository extends Neo4jRepository {
  constructor(driver: Driver, owner: string, timeoutMs?: number) {
    super(driver, owner, timeoutMs);
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
}

export interface RelatednessModel {
  space: RelatednessSpace;
  /** Each chain's links, in chain order. */
  chainLinks: ReadonlyMap<string, string[]>;
  linkNames: ReadonlyMap<string, Named>;
  /** The chain each link is part of. */
  chainOfLink: ReadonlyMap<string, string>;
  /**
   * A region's peers, best first, at most a page's worth: compared with every region of its level once per import
   * (the bulk of a growth request's time), then kept with the space.
   */
  peersOf(regionId: string): readonly Peer[];
}

/** Reads the facts and computes the space. */
export async function readRelatednessModel(repository: RelatednessFactsRepository): Promise<RelatednessModel> {
  const [regions, located, links] = await Promise.all([
    repository.regionTree(),
    repository.locatedFirmCounts(),
    repository.allChainLinks(),
  ]);
  return relatednessModel(regions, located, links);
}

function relatednessModel(
  regions: readonly RegionInTree[],
  located: readonly LocatedFirmCount[],
  links: readonly ChainLinkNameRecord[],
): RelatednessModel {
  const chainLinks = new Map<string, string[]>();
  for (const link of links) chainLinks.set(link.chainId, [...(chainLinks.get(link.chainId) ?? []), link.id]);
  const space = relatednessSpace(
    regions,
    located,
    links.map((link) => link.id),
  );
  const keptPeers = new Map<string, readonly Peer[]>();
  return {
    space,
    chainLinks,
    linkNames: new Map(links.map((link) => [link.id, { name: link.name, nameZh: link.nameZh }])),
    chainOfLink: new Map(links.map((link) => [link.id, link.chainId])),
    peersOf(regionId) {
      let found = keptPeers.get(regionId);
      if (!found) keptPeers.set(regionId, (found = peers(space, regionId).slice(0, MAX_PAGE_SIZE)));
      return found;
    },
  };
}
