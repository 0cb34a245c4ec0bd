import type { Driver } from 'neo4j-driver';
import { cypherInteger } from '../../neo4j/driver.js';
import { LINK_ORDER, regionAtOrUnder } from '../../neo4j/cypher-fragments.js';
import { Neo4jRepository } from '../../neo4j/repository.js';
import { editChain, type ChainEdit, type ChainEditOutcome } from '../../dataset/edit-chain.js';
import type { EntityReference } from '../../graphql/entity-reference.js';
import type { Page } from '../../graphql/paging.js';
import type { LinkStage, RecordSource } from './generated/resolvers-types.js';

export interface ChainRecord {
  id: string;
  name: string;
  nameZh: string | null;
  industryId: string;
  source: RecordSource | null;
  version: number;
}

export interface ChainEventRecord {
  version: number;
  at: string;
  by: string;
  kind: 'IMPORTED' | 'ADOPTED' | 'EDITED';
  note: string | null;
  /** JSON of the edit's ChainChange list (src/domain/chain-editing.ts). */
  changes: string;
}

export interface ChainLinkRecord {
  id: string;
  name: string;
  nameZh: string | null;
  stage: LinkStage;
  industryCodes: string[];
  keywords: string[];
  excludedKeywords: string[];
  chainId: string;
}

export interface LinkAssignmentRecord {
  link: ChainLinkRecord;
  basis: 'DECLARED' | 'INDUSTRY_CODE' | 'KEYWORD';
  /** As stored, in English; null when declared. */
  evidence: string | null;
  /** What matched and against what; null when declared, or written before they were stored. */
  matched: string | null;
  matchedAgainst: string | null;
}

/** A firm on one side of a supply, with what the chains subgraph hands out of it (`@provides`). */
export interface TradingPartnerRecord {
  id: string;
  name: string;
  nameZh: string | null;
  /** Where it is located: the park's region when it is in a park (as the registry reports it). */
  region: { id: string; name: string; nameZh: string | null } | null;
}

export interface SupplyRecord {
  supplier: TradingPartnerRecord;
  customer: TradingPartnerRecord;
  linkId: string;
  annualValue: number;
}

export interface LinkEnterprisePageRecord extends Page<EntityReference> {
  linkId: string;
}

/** One page of one link's enterprises, by name then id, after a keyset position. */
export interface LinkEnterprisePageRequest {
  linkId: string;
  after: { value: string | number; id: string } | null;
  limit: number;
}

type Group<Record> = { key: string; records: Record[] };

const CHAIN = 'chain { .id, .name, .nameZh, industryId: industry.id, source: toUpper(chain.source), version: coalesce(chain.version, 1) }';
const LINK =
  'link { .id, .name, .nameZh, .stage, industryCodes: coalesce(link.industryCodes, []), keywords: coalesce(link.keywords, []), excludedKeywords: coalesce(link.excludedKeywords, []), chainId: chain.id }';
/** `firm`'s names and region: the region it is located in, or its park's. */
const tradingPartner = (firm: string) => `${firm} {
    .id, .name, .nameZh,
    region: COLLECT {
      MATCH (${firm})-[:LOCATED_IN]->(place:Region|Park)
      OPTIONAL MATCH (place:Park)-[:IN]->(parkRegion:Region)
      WITH coalesce(parkRegion, place) AS region
      RETURN region { .id, .name, .nameZh }
    }[0]
  }`;
const SUPPLY = `supply { supplier: ${tradingPartner('supplier')}, customer: ${tradingPartner('customer')}, .linkId, .annualValue }`;

export const CHAINS_BY_IDS = `
  UNWIND $ids AS id
  MATCH (chain:Chain {id: id})-[:OF_INDUSTRY]->(industry:Industry)
  RETURN ${CHAIN} AS chain`;

/** Each chain's history, newest first. */
export const EVENTS_OF_CHAINS = `
  UNWIND $chainIds AS chainId
  MATCH (:Chain {id: chainId})-[:HAS_EVENT]->(event:ChainEvent)
  WITH chainId, event ORDER BY event.version DESC, event.at DESC
  RETURN chainId AS key, collect(event { .version, at: toString(event.at), .by, .kind, .note, .changes }) AS records`;

export const CHAINS = `
  MATCH (chain:Chain)-[:OF_INDUSTRY]->(industry:Industry)
  WHERE $industryId IS NULL OR industry.id = $industryId
  RETURN ${CHAIN} AS chain
  ORDER BY chain.id`;

export const CHAINS_OF_INDUSTRIES = `
  UNWIND $industryIds AS industryId
  MATCH (chain:Chain)-[:OF_INDUSTRY]->(industry:Industry {id: industryId})
  WITH industry, chain ORDER BY chain.id
  RETURN industry.id AS key, collect(${CHAIN}) AS records`;

export const LEADING_CHAINS_OF_REGIONS = `
  UNWIND $regionIds AS regionId
  MATCH (region:Region {id: regionId})-[:PRIORITIZES]->(chain:Chain)-[:OF_INDUSTRY]->(industry:Industry)
  WITH region, chain, industry ORDER BY chain.id
  RETURN region.id AS key, collect(${CHAIN}) AS records`;

export const CHAINS_LED_WITHIN_REGIONS = `
  UNWIND $regionIds AS regionId
  MATCH ${regionAtOrUnder('leader:Region', 'root:Region {id: regionId}')}
  MATCH (leader)-[:PRIORITIZES]->(chain:Chain)-[:OF_INDUSTRY]->(industry:Industry)
  WITH regionId, chain, industry, count(DISTINCT leader) AS leaders ORDER BY leaders DESC, chain.id
  RETURN regionId AS key, collect(${CHAIN}) AS records`;

export const LINKS_BY_IDS = `
  UNWIND $ids AS id
  MATCH (link:ChainLink {id: id})-[:PART_OF]->(chain:Chain)
  RETURN ${LINK} AS link`;

export const LINKS_OF_CHAINS = `
  UNWIND $chainIds AS chainId
  MATCH (link:ChainLink)-[:PART_OF]->(chain:Chain {id: chainId})
  WITH chain, link ORDER BY ${LINK_ORDER}
  RETURN chain.id AS key, collect(${LINK}) AS records`;

/** The links feeding each link directly. */
export const UPSTREAM_LINKS = `
  UNWIND $linkIds AS linkId
  MATCH (link:ChainLink)-[:FEEDS]->(fed:ChainLink {id: linkId})
  MATCH (link)-[:PART_OF]->(chain:Chain)
  WITH fed, link, chain ORDER BY ${LINK_ORDER}
  RETURN fed.id AS key, collect(${LINK}) AS records`;

/** The links each link feeds directly. */
export const DOWNSTREAM_LINKS = `
  UNWIND $linkIds AS linkId
  MATCH (feeder:ChainLink {id: linkId})-[:FEEDS]->(link:ChainLink)
  MATCH (link)-[:PART_OF]->(chain:Chain)
  WITH feeder, link, chain ORDER BY ${LINK_ORDER}
  RETURN feeder.id AS key, collect(${LINK}) AS records`;

export const LINKS_OF_ENTERPRISES = `
  UNWIND $enterpriseIds AS enterpriseId
  MATCH (enterprise:Enterprise {id: enterpriseId})-[:OPERATES_IN]->(link:ChainLink)-[:PART_OF]->(chain:Chain)
  WITH enterprise, link, chain ORDER BY chain.id, ${LINK_ORDER}
  RETURN enterprise.id AS key, collect(${LINK}) AS records`;

/** A link written before assignments had a basis was declared by its dataset. */
export const LINK_ASSIGNMENTS_OF_ENTERPRISES = `
  UNWIND $enterpriseIds AS enterpriseId
  MATCH (enterprise:Enterprise {id: enterpriseId})-[operates:OPERATES_IN]->(link:ChainLink)-[:PART_OF]->(chain:Chain)
  WITH enterprise, operates, link, chain ORDER BY chain.id, ${LINK_ORDER}
  RETURN enterprise.id AS key,
         collect({
           link: ${LINK}, basis: coalesce(operates.basis, 'DECLARED'), evidence: operates.evidence,
           matched: operates.matched, matchedAgainst: operates.matchedAgainst
         }) AS records`;

export const SUPPLIERS_OF_ENTERPRISES = `
  UNWIND $enterpriseIds AS enterpriseId
  MATCH (supplier:Enterprise)-[supply:SUPPLIES]->(customer:Enterprise {id: enterpriseId})
  WITH customer, supplier, supply ORDER BY supply.annualValue DESC, supplier.id, supply.linkId
  RETURN customer.id AS key, collect(${SUPPLY}) AS records`;

export const CUSTOMERS_OF_ENTERPRISES = `
  UNWIND $enterpriseIds AS enterpriseId
  MATCH (supplier:Enterprise {id: enterpriseId})-[supply:SUPPLIES]->(customer:Enterprise)
  WITH supplier, customer, supply ORDER BY supply.annualValue DESC, customer.id, supply.linkId
  RETURN supplier.id AS key, collect(${SUPPLY}) AS records`;

/** Pages of several links' enterprises, all of size $limit, in one round trip; `request.key` ties each page to its request. */
export const LINK_ENTERPRISE_PAGES = `
  UNWIND $requests AS request
  CALL (request) {
    MATCH (:ChainLink {id: request.linkId})<-[:OPERATES_IN]-(enterprise:Enterprise&!Inactive)
    WHERE request.after IS NULL
       OR enterprise.name > request.after.value
       OR (enterprise.name = request.after.value AND enterprise.id > request.after.id)
    WITH enterprise ORDER BY enterprise.name, enterprise.id
    LIMIT $limit
    RETURN collect({ sortValue: enterprise.name, node: enterprise { .id } }) AS rows
  }
  RETURN request.key AS key, rows`;

export const LINK_ENTERPRISE_COUNTS = `
  UNWIND $linkIds AS linkId
  MATCH (link:ChainLink {id: linkId})
  RETURN link.id AS key, COUNT { (link)<-[:OPERATES_IN]-(:Enterprise&!Inactive) } AS count`;

export class ChainsRepository extends Neo4jRepository {
  constructor(driver: Driver) {
    super(driver, 'chains');
  }

  chainsByIds(ids: string[]): Promise<ChainRecord[]> {
    return this.readValues('chainsByIds', CHAINS_BY_IDS, { ids });
  }

  /** An admin's edit, written as src/dataset/edit-chain.ts writes it (the rules run again for the firms they place). */
  edit(edit: ChainEdit): Promise<ChainEditOutcome> {
    return editChain(this.driver, edit);
  }

  eventsOfChains(chainIds: string[]) {
    return this.read<Group<ChainEventRecord>>('eventsOfChains', EVENTS_OF_CHAINS, { chainIds });
  }

  chains(industryId: string | null): Promise<ChainRecord[]> {
    return this.readValues('chains', CHAINS, { industryId });
  }

  chainsOfIndustries(industryIds: string[]) {
    return this.read<Group<ChainRecord>>('chainsOfIndustries', CHAINS_OF_INDUSTRIES, { industryIds });
  }

  leadingChainsOfRegions(regionIds: string[]) {
    return this.read<Group<ChainRecord>>('leadingChainsOfRegions', LEADING_CHAINS_OF_REGIONS, { regionIds });
  }

  chainsLedWithinRegions(regionIds: string[]) {
    return this.read<Group<ChainRecord>>('chainsLedWithinRegions', CHAINS_LED_WITHIN_REGIONS, { regionIds });
  }

  linksByIds(ids: string[]): Promise<ChainLinkRecord[]> {
    return this.readValues('linksByIds', LINKS_BY_IDS, { ids });
  }

  linksOfChains(chainIds: string[]) {
    return this.read<Group<ChainLinkRecord>>('linksOfChains', LINKS_OF_CHAINS, { chainIds });
  }

  upstreamLinks(linkIds: string[]) {
    return this.read<Group<ChainLinkRecord>>('upstreamLinks', UPSTREAM_LINKS, { linkIds });
  }

  downstreamLinks(linkIds: string[]) {
    return this.read<Group<ChainLinkRecord>>('downstreamLinks', DOWNSTREAM_LINKS, { linkIds });
  }

  linksOfEnterprises(enterpriseIds: string[]) {
    return this.read<Group<ChainLinkRecord>>('linksOfEnterprises', LINKS_OF_ENTERPRISES, { enterpriseIds });
  }

  linkAssignmentsOfEnterprises(enterpriseIds: string[]) {
    return this.read<Group<LinkAssignmentRecord>>('linkAssignmentsOfEnterprises', LINK_ASSIGNMENTS_OF_ENTERPRISES, { enterpriseIds });
  }

  suppliersOfEnterprises(enterpriseIds: string[]) {
    return this.read<Group<SupplyRecord>>('suppliersOfEnterprises', SUPPLIERS_OF_ENTERPRISES, { enterpriseIds });
  }

  customersOfEnterprises(enterpriseIds: string[]) {
    return this.read<Group<SupplyRecord>>('customersOfEnterprises', CUSTOMERS_OF_ENTERPRISES, { enterpriseIds });
  }

  /** One query for many pages of the same size; each row carries its sort value (the name) for the cursor. */
  linkEnterprisePages(requests: { key: string; linkId: string; after: LinkEnterprisePageRequest['after'] }[], limit: number) {
    return this.read<{ key: string; rows: { sortValue: string; node: EntityReference }[] }>('linkEnterprisePages', LINK_ENTERPRISE_PAGES, {
      requests,
      limit: cypherInteger(limit),
    });
  }

  linkEnterpriseCounts(linkIds: string[]) {
    return this.read<{ key: string; count: number }>('linkEnterpriseCounts', LINK_ENTERPRISE_COUNTS, { linkIds });
  }
}
