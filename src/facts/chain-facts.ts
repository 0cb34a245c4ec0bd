/**
 * The facts the gap rules read (docs/domain.md, "The exact gap"): per link of a chain, a region's local firms, its
 * leading firms, its local demand and the part bought from outside. The recruitment subgraph's analyses and the
 * chain-completeness report both read them here and apply src/domain/chain-gaps.ts to them.
 */
import type { Driver } from 'neo4j-driver';
import { findChainGaps, type ChainGapAnalysis, type ChainLinkFacts, type GapOptions } from '../domain/chain-gaps.js';
import type { LinkStage } from '../domain/vocabulary.js';
import { LINK_ORDER, localFirms } from '../neo4j/cypher-fragments.js';
import { Neo4jRepository, type Group } from '../neo4j/repository.js';

export interface LinkFactsRecord extends ChainLinkFacts {
  nameZh: string | null;
  stage: LinkStage;
  /** The links this one feeds. */
  feedsTo: string[];
}

/** What the gap rules need of one chain in one region, links in chain order. */
export interface ChainFactsRecord {
  chainId: string;
  links: LinkFactsRecord[];
}

/** A leading chain's facts with the region's chain chief (链长). */
export interface LeadingChainFactsRecord extends ChainFactsRecord {
  chief: string | null;
}

/**
 * Expects `chain`, `localFirms` and `recruitedProjects`; yields `links`: per link of the chain, its local firms,
 * leading firms, local demand and the part of it bought from outside, the links it feeds and the projects through
 * which it counts firms.
 */
export const CHAIN_LINK_FACTS = `
  CALL (chain, localFirms, recruitedProjects) {
    WITH chain, localFirms, recruitedProjects, [(chainLink:ChainLink)-[:PART_OF]->(chain) | chainLink.id] AS chainLinkIds
    WITH chain, localFirms, recruitedProjects,
      COLLECT {
        UNWIND localFirms AS firm
        MATCH (firm)-[:OPERATES_IN]->(link:ChainLink)-[:PART_OF]->(chain)
        WITH link, count(firm) AS firms, count(CASE WHEN firm.leading THEN 1 END) AS leading
        RETURN {id: link.id, firms: firms, leading: leading}
      } AS presence,
      COLLECT {
        UNWIND localFirms AS customer
        MATCH (supplier:Enterprise&!Inactive)-[supply:SUPPLIES]->(customer)
        WHERE supply.linkId IN chainLinkIds
        WITH supply.linkId AS linkId,
             sum(supply.annualValue) AS demand,
             sum(CASE WHEN NOT supplier IN localFirms THEN supply.annualValue ELSE 0 END) AS external
        RETURN {id: linkId, demand: demand, external: external}
      } AS demand
    MATCH (link:ChainLink)-[:PART_OF]->(chain)
    WITH link, recruitedProjects,
         head([entry IN presence WHERE entry.id = link.id]) AS present, head([entry IN demand WHERE entry.id = link.id]) AS bought
    ORDER BY ${LINK_ORDER}
    RETURN collect({
      id: link.id, name: link.name, nameZh: link.nameZh, stage: link.stage,
      localEnterpriseCount: coalesce(present.firms, 0), localLeadingCount: coalesce(present.leading, 0),
      localDemand: coalesce(bought.demand, 0), externalSupply: coalesce(bought.external, 0),
      feedsTo: [(link)-[:FEEDS]->(next:ChainLink) | next.id],
      recruitedThrough: [project IN recruitedProjects WHERE link.id IN project.linkIds | project { .id, .name, .operatingSince }]
    }) AS links
  }`;

export const CHAIN_FACTS = `
  MATCH (root:Region {id: $regionId})
  MATCH (chain:Chain {id: $chainId})
  ${localFirms('root')}
  ${CHAIN_LINK_FACTS}
  RETURN chain.id AS chainId, links`;

/** The facts of every leading chain of each region, for the investment map overview. */
export const LEADING_CHAIN_FACTS = `
  UNWIND $regionIds AS regionId
  MATCH (root:Region {id: regionId})
  ${localFirms('root')}
  MATCH (root)-[priority:PRIORITIZES]->(chain:Chain)
  ${CHAIN_LINK_FACTS}
  WITH regionId, chain, priority.chief AS chief, links ORDER BY chain.id
  RETURN regionId AS key, collect({ chainId: chain.id, chief: chief, links: links }) AS records`;

/** The gap rules (src/domain/chain-gaps.ts) applied to a chain's facts, its feeds taken from its links. */
export function chainGapsOf(facts: ChainFactsRecord, options: GapOptions): ChainGapAnalysis {
  const feeds = facts.links.flatMap((link) => link.feedsTo.map((to) => ({ from: link.id, to })));
  return findChainGaps({ links: facts.links, feeds }, options);
}

/** Reads chain facts for its owner (a subgraph), tagged with the owner's name and, for reports, their time limit. */
export class ChainFactsRepository extends Neo4jRepository {
  constructor(driver: Driver, owner: string, timeoutMs?: number) {
    super(driver, owner, timeoutMs);
  }

  /** Null when the region or the chain does not exist. */
  async chainFacts(regionId: string, chainId: string, assumedLocalIds: string[]): Promise<ChainFactsRecord | null> {
    const [facts] = await this.read<ChainFactsRecord>('chainFacts', CHAIN_FACTS, { regionId, chainId, assumedLocalIds });
    return facts ?? null;
  }

  /** The leading chains of each region at `regionIds`, grouped by region id. */
  leadingChainFacts(regionIds: string[]) {
    return this.read<Group<LeadingChainFactsRecord>>('leadingChainFacts', LEADING_CHAIN_FACTS, { regionIds, assumedLocalIds: [] });
  }
}
