import type { Driver } from 'neo4j-driver';
import { RECRUITED_STATUSES } from '../../../domain/project-pipeline.js';
import { localFirms, projectAtOrUnder } from '../../../neo4j/cypher-fragments.js';
import { Neo4jRepository, type Group } from '../../../neo4j/repository.js';

export interface LinkFirmRecord {
  enterpriseId: string;
  name: string;
  nameZh: string | null;
  revenue: number | null;
  leading: boolean;
  listed: boolean;
  /** Every link it operates in, in any chain. */
  linkIds: string[];
}

/** The region's side of the candidates of some gap links (see CANDIDATE_CONTEXT). */
export interface CandidateContextRecord {
  presentLinkIds: string[];
  localLinkFirmIds: string[];
  supplies: Array<{ supplierId: string; customerId: string; annualValue: number }>;
}

export const REGION_AND_CHAIN_EXIST = `
  RETURN EXISTS { (:Region {id: $regionId}) } AS regionExists, EXISTS { (:Chain {id: $chainId}) } AS chainExists`;

export const MISSING_ENTERPRISES = `
  UNWIND $ids AS id
  WITH id WHERE NOT EXISTS { (:Enterprise {id: id}) }
  RETURN id`;

/**
 * Every firm operating in each link at `$linkIds`, anywhere, with what its score needs that does not depend on the
 * region. These lists change only with an import, so the subgraph keeps them (see DatasetCache).
 */
export const LINK_FIRMS = `
  UNWIND $linkIds AS linkId
  MATCH (:ChainLink {id: linkId})<-[:OPERATES_IN]-(firm:Enterprise&!Inactive)
  RETURN linkId AS key, collect({
    enterpriseId: firm.id,
    name: firm.name,
    nameZh: firm.nameZh,
    revenue: firm.revenue,
    leading: coalesce(firm.leading, false),
    listed: coalesce(firm.listed, false),
    linkIds: [(firm)-[:OPERATES_IN]->(own:ChainLink) | own.id]
  }) AS records`;

/**
 * The region's side of the candidates of the gap links at `$linkIds`: the local firms of those links (not
 * candidates), the links present in the region (fit), and every sale of an outside firm of those links to a local
 * firm (ties). Changes only with an import (cached by dataset revision); recruited firms are read apart.
 */
export const CANDIDATE_CONTEXT = `
  MATCH (root:Region {id: $regionId})
  ${localFirms('root')}
  RETURN
    COLLECT {
      UNWIND localFirms AS firm
      MATCH (firm)-[:OPERATES_IN]->(link:ChainLink)
      RETURN DISTINCT link.id
    } AS presentLinkIds,
    COLLECT {
      UNWIND localFirms AS firm
      MATCH (firm)-[:OPERATES_IN]->(link:ChainLink) WHERE link.id IN $linkIds
      RETURN DISTINCT firm.id
    } AS localLinkFirmIds,
    COLLECT {
      UNWIND localFirms AS customer
      MATCH (supplier:Enterprise&!Inactive)-[supply:SUPPLIES]->(customer)
      WHERE NOT supplier IN localFirms
        AND EXISTS { (supplier)-[:OPERATES_IN]->(link:ChainLink) WHERE link.id IN $linkIds }
      // Summed by the subgraph: an aggregation here would carry the imported localFirms in every group's key.
      RETURN {supplierId: supplier.id, customerId: customer.id, annualValue: supply.annualValue}
    } AS supplies`;

/** The firms with a LANDED or OPERATING project in the region or under it: recruited already, not candidates. */
export const RECRUITED_FIRMS = `
  MATCH (project:Project)-[:BY]->(firm:Enterprise)
  WHERE project.status IN $recruitedStatuses
    AND EXISTS { ${projectAtOrUnder('project', ':Region {id: $regionId}')} }
  RETURN DISTINCT firm.id`;

/**
 * The revision of what analyses read: the dataset's (see BUMP_DATASET_REVISION) with the pipeline's (see
 * BUMP_PIPELINE_REVISION); null when the data was never imported.
 */
export const DATASET_REVISION = `
  OPTIONAL MATCH (dataset:DatasetRevision {id: 'dataset'})
  RETURN dataset.revision + '/' + coalesce(dataset.pipelineRevision, '') AS revision`;

/** Where each firm at `$ids` is located: its region, or its park's region. */
export const ENTERPRISE_REGIONS = `
  UNWIND $ids AS id
  MATCH (firm:Enterprise {id: id})-[:LOCATED_IN]->(location)
  RETURN id AS key, coalesce(head([(location)-[:IN]->(parkRegion:Region) | parkRegion.id]), location.id) AS regionId`;

/** What the candidate rankings read besides the chain facts (src/facts/): the firms of links, the region's side of its candidates, and the revision they are kept by. */
export class GapsRepository extends Neo4jRepository {
  constructor(driver: Driver) {
    super(driver, 'recruitment');
  }

  async regionAndChainExist(regionId: string, chainId: string) {
    const [row] = await this.read<{ regionExists: boolean; chainExists: boolean }>('regionAndChainExist', REGION_AND_CHAIN_EXIST, {
      regionId,
      chainId,
    });
    return row!;
  }

  missingEnterprises(ids: string[]): Promise<string[]> {
    return this.readValues('missingEnterprises', MISSING_ENTERPRISES, { ids });
  }

  linkFirms(linkIds: string[]) {
    return this.read<Group<LinkFirmRecord>>('linkFirms', LINK_FIRMS, { linkIds });
  }

  async candidateContext(regionId: string, assumedLocalIds: string[], linkIds: string[]): Promise<CandidateContextRecord> {
    const [context] = await this.read<CandidateContextRecord>('candidateContext', CANDIDATE_CONTEXT, {
      regionId,
      assumedLocalIds,
      linkIds,
    });
    return context ?? { presentLinkIds: [], localLinkFirmIds: [], supplies: [] };
  }

  recruitedFirms(regionId: string): Promise<string[]> {
    return this.readValues('recruitedFirms', RECRUITED_FIRMS, { regionId, recruitedStatuses: RECRUITED_STATUSES });
  }

  async enterpriseRegions(ids: string[]): Promise<Map<string, string>> {
    const rows = await this.read<{ key: string; regionId: string }>('enterpriseRegions', ENTERPRISE_REGIONS, { ids });
    return new Map(rows.map((row) => [row.key, row.regionId]));
  }

  async datasetRevision(): Promise<string | null> {
    const [revision] = await this.readValues<string | null>('datasetRevision', DATASET_REVISION);
    return revision ?? null;
  }
}
