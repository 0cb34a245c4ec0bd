import { Neo4jError, type Driver } from 'neo4j-driver';
import type { ChainLinkFacts } from '../../domain/chain-gaps.js';
import { RECRUITED_STATUSES, transitionProblem } from '../../domain/project-pipeline.js';
import { LINK_ORDER, placeAtOrUnder, projectAtOrUnder, regionAtOrUnder } from '../../neo4j/cypher-fragments.js';
import { Neo4jRepository } from '../../neo4j/repository.js';
import type { LinkStage, ProjectStatus } from '../../domain/vocabulary.js';

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

/** A firm operating in a link, with the facts of its score that do not depend on the region. */
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

export interface ProjectRecord {
  id: string;
  /** Whether the viewer's region scope covers the project (always true without a scope). */
  inScope: boolean;
  name: string;
  investment: number | null;
  status: ProjectStatus;
  version: number;
  updatedAt: string;
  enterpriseId: string;
  regionId: string;
  parkId: string | null;
  linkId: string | null;
}

/** What became of a new project: the resolver turns each refusal into the error a client sees. */
export type CreateProjectOutcome =
  | { kind: 'created'; project: ProjectRecord }
  | { kind: 'missing'; what: string[] }
  | { kind: 'outOfScope' }
  /** Its id (from an idempotency key) belongs to another project. */
  | { kind: 'conflict'; existing: ProjectRecord };

/** What became of a status change; nothing is written unless it is `updated`. */
export type StatusChangeOutcome =
  | { kind: 'updated'; project: ProjectRecord }
  | { kind: 'missing' }
  | { kind: 'outOfScope' }
  /** Someone changed the project since the client read it. */
  | { kind: 'conflict'; current: { status: ProjectStatus; version: number } }
  /** The pipeline does not allow the move. */
  | { kind: 'refused'; problem: string };

/** Thrown inside a write transaction to roll it back and answer with the outcome instead. */
class RolledBack {
  constructor(readonly outcome: StatusChangeOutcome) {}
}

export type NewProject = {
  id: string;
  name: string;
  enterpriseId: string;
  regionId: string | null;
  parkId: string | null;
  linkId: string | null;
  investment: number | null;
};

/**
 * Expects `root` (the region); yields `localPlaces` (the region, every region under it and their parks) and
 * `localFirms`: the enterprises located in them, plus those named in `$assumedLocalIds` (what-if simulations).
 * Every fact of an analysis starts from these, walking down the region tree once, so the cost follows the size of
 * the region, not of the whole country. A firm is then local when `firm IN localFirms`: Neo4j turns `IN` over a list
 * that does not change from row to row into a hash lookup, so locality costs no traversal.
 */
const LOCAL_FIRMS = `
  CALL (root) {
    MATCH ${regionAtOrUnder('region:Region', 'root')}
    OPTIONAL MATCH (region)<-[:IN]-(park:Park)
    RETURN collect(DISTINCT region) + collect(DISTINCT park) AS localPlaces
  }
  CALL (localPlaces) {
    UNWIND localPlaces AS place
    MATCH (place)<-[:LOCATED_IN]-(firm:Enterprise)
    RETURN collect(firm) AS regionFirms
  }
  CALL () {
    OPTIONAL MATCH (assumed:Enterprise) WHERE assumed.id IN $assumedLocalIds
    RETURN collect(assumed) AS assumedFirms
  }
  WITH *, regionFirms + [firm IN assumedFirms WHERE NOT firm IN regionFirms] AS localFirms`;

/**
 * Expects `chain` and `localFirms`; yields `links`: per link of the chain, its local firms,
 * leading firms, local demand and the part of it bought from outside, and the links it feeds.
 */
const CHAIN_LINK_FACTS = `
  CALL (chain, localFirms) {
    WITH chain, localFirms, [(chainLink:ChainLink)-[:PART_OF]->(chain) | chainLink.id] AS chainLinkIds
    WITH chain, localFirms,
      COLLECT {
        UNWIND localFirms AS firm
        MATCH (firm)-[:OPERATES_IN]->(link:ChainLink)-[:PART_OF]->(chain)
        WITH link, count(firm) AS firms, count(CASE WHEN firm.leading THEN 1 END) AS leading
        RETURN {id: link.id, firms: firms, leading: leading}
      } AS presence,
      COLLECT {
        UNWIND localFirms AS customer
        MATCH (supplier:Enterprise)-[supply:SUPPLIES]->(customer)
        WHERE supply.linkId IN chainLinkIds
        WITH supply.linkId AS linkId,
             sum(supply.annualValue) AS demand,
             sum(CASE WHEN NOT supplier IN localFirms THEN supply.annualValue ELSE 0 END) AS external
        RETURN {id: linkId, demand: demand, external: external}
      } AS demand
    MATCH (link:ChainLink)-[:PART_OF]->(chain)
    WITH link, head([entry IN presence WHERE entry.id = link.id]) AS present, head([entry IN demand WHERE entry.id = link.id]) AS bought
    ORDER BY ${LINK_ORDER}
    RETURN collect({
      id: link.id, name: link.name, nameZh: link.nameZh, stage: link.stage,
      localEnterpriseCount: coalesce(present.firms, 0), localLeadingCount: coalesce(present.leading, 0),
      localDemand: coalesce(bought.demand, 0), externalSupply: coalesce(bought.external, 0),
      feedsTo: [(link)-[:FEEDS]->(next:ChainLink) | next.id]
    }) AS links
  }`;

export const CHAIN_FACTS = `
  MATCH (root:Region {id: $regionId})
  MATCH (chain:Chain {id: $chainId})
  ${LOCAL_FIRMS}
  ${CHAIN_LINK_FACTS}
  RETURN chain.id AS chainId, links`;

/** The facts of every leading chain of each region, for the investment map overview. */
export const LEADING_CHAIN_FACTS = `
  UNWIND $regionIds AS regionId
  MATCH (root:Region {id: regionId})
  ${LOCAL_FIRMS}
  MATCH (root)-[:PRIORITIZES]->(chain:Chain)
  ${CHAIN_LINK_FACTS}
  WITH regionId, chain, links ORDER BY chain.id
  RETURN regionId AS key, collect({ chainId: chain.id, links: links }) AS records`;

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
  MATCH (:ChainLink {id: linkId})<-[:OPERATES_IN]-(firm:Enterprise)
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
  ${LOCAL_FIRMS}
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
      MATCH (supplier:Enterprise)-[supply:SUPPLIES]->(customer)
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

/** The dataset's current revision (see BUMP_DATASET_REVISION); null when the data was never imported. */
export const DATASET_REVISION = `
  OPTIONAL MATCH (dataset:DatasetRevision {id: 'dataset'})
  RETURN dataset.revision AS revision`;

/** True when `project` is in the region subtree `$scope`, or there is no scope. */
const PROJECT_IN_SCOPE = `($scope IS NULL OR EXISTS { ${projectAtOrUnder('project', ':Region {id: $scope}')} })`;

/** Expects `project`; yields `record`, the project with what it points at and whether it is in `$scope`. */
const PROJECT_RECORD = `
  CALL (project) {
    MATCH (project)-[:BY]->(enterprise:Enterprise)
    OPTIONAL MATCH (project)-[:IN]->(park:Park)-[:IN]->(parkRegion:Region)
    OPTIONAL MATCH (project)-[:IN]->(region:Region)
    OPTIONAL MATCH (project)-[:TARGETS]->(link:ChainLink)
    RETURN project {
      .id, .name, .investment, .status, .version,
      updatedAt: toString(project.updatedAt),
      enterpriseId: enterprise.id,
      regionId: coalesce(region.id, parkRegion.id),
      parkId: park.id,
      linkId: link.id,
      inScope: ${PROJECT_IN_SCOPE}
    } AS record
  }`;

export const PROJECTS_BY_IDS = `
  UNWIND $ids AS id
  MATCH (project:Project {id: id})
  ${PROJECT_RECORD}
  RETURN record`;

/**
 * Projects in each region's subtree (the region, regions under it, their parks), newest change first; `inScope`
 * says whether the region lies inside `$scope` (a planner may list only those).
 */
export const PROJECTS_IN_REGIONS = `
  UNWIND $regionIds AS regionId
  MATCH (region:Region {id: regionId})
  CALL (region) {
    OPTIONAL MATCH ${projectAtOrUnder('project:Project', 'region')}
    WHERE $status IS NULL OR project.status = $status
    ${PROJECT_RECORD}
    WITH record ORDER BY record.updatedAt DESC, record.id
    RETURN collect(record) AS records
  }
  RETURN regionId AS key, records,
         $scope IS NULL OR EXISTS { ${regionAtOrUnder('region', ':Region {id: $scope}')} } AS inScope`;

/** Projects courting each enterprise that are in `$scope`, newest change first. */
export const PROJECTS_OF_ENTERPRISES = `
  UNWIND $enterpriseIds AS enterpriseId
  MATCH (project:Project)-[:BY]->(:Enterprise {id: enterpriseId})
  WHERE ${PROJECT_IN_SCOPE}
  ${PROJECT_RECORD}
  WITH enterpriseId, record ORDER BY record.updatedAt DESC, record.id
  RETURN enterpriseId AS key, collect(record) AS records`;

/** Projects targeting each link that are in `$scope`, newest change first. */
export const PROJECTS_OF_LINKS = `
  UNWIND $linkIds AS linkId
  MATCH (project:Project)-[:TARGETS]->(:ChainLink {id: linkId})
  WHERE ${PROJECT_IN_SCOPE}
  ${PROJECT_RECORD}
  WITH linkId, record ORDER BY record.updatedAt DESC, record.id
  RETURN linkId AS key, collect(record) AS records`;

/** Which of a new project's references exist, and whether its place is in `$scope`. */
export const PROJECT_REFERENCES = `
  RETURN EXISTS { (:Enterprise {id: $enterpriseId}) } AS enterpriseExists,
         $regionId IS NULL OR EXISTS { (:Region {id: $regionId}) } AS regionExists,
         $parkId IS NULL OR EXISTS { (:Park {id: $parkId}) } AS parkExists,
         $linkId IS NULL OR EXISTS { (:ChainLink {id: $linkId}) } AS linkExists,
         $scope IS NULL OR EXISTS {
           MATCH ${placeAtOrUnder('place', ':Region {id: $scope}')}
           WHERE (place:Park AND place.id = $parkId) OR (place:Region AND place.id = $regionId)
         } AS inScope`;

export const CREATE_PROJECT = `
  MATCH (enterprise:Enterprise {id: $project.enterpriseId})
  OPTIONAL MATCH (park:Park {id: $project.parkId})
  OPTIONAL MATCH (region:Region {id: $project.regionId})
  OPTIONAL MATCH (link:ChainLink {id: $project.linkId})
  CREATE (project:Project {
    id: $project.id, name: $project.name, investment: $project.investment, status: 'LEAD',
    version: 1, createdAt: datetime(), updatedAt: datetime(), source: 'user'
  })
  CREATE (project)-[:BY]->(enterprise)
  WITH project, coalesce(park, region) AS place, link
  CALL (project, place) { WITH * WHERE place IS NOT NULL CREATE (project)-[:IN]->(place) }
  CALL (project, link) { WITH * WHERE link IS NOT NULL CREATE (project)-[:TARGETS]->(link) }
  ${PROJECT_RECORD}
  RETURN record`;

/**
 * Bumps a project's version and returns its status and version as they were. A SET that reads the property it
 * writes makes Cypher take the node's write lock before reading, so of two concurrent updates the second waits
 * and sees the first one's version. The caller rolls the transaction back if it refuses the change.
 */
export const BUMP_PROJECT_VERSION = `
  MATCH (project:Project {id: $id})
  SET project.version = project.version + 1
  RETURN project.status AS status, project.version - 1 AS version, ${PROJECT_IN_SCOPE} AS inScope`;

export const SET_PROJECT_STATUS = `
  MATCH (project:Project {id: $id})
  SET project.status = $status, project.updatedAt = datetime()
  WITH project
  ${PROJECT_RECORD}
  RETURN record`;

type Group<Record> = { key: string; records: Record[] };

export class RecruitmentRepository extends Neo4jRepository {
  constructor(driver: Driver) {
    super(driver, 'recruitment');
  }

  /** Null when the region or the chain does not exist. */
  async chainFacts(regionId: string, chainId: string, assumedLocalIds: string[]): Promise<ChainFactsRecord | null> {
    const [facts] = await this.read<ChainFactsRecord>('chainFacts', CHAIN_FACTS, { regionId, chainId, assumedLocalIds });
    return facts ?? null;
  }

  leadingChainFacts(regionIds: string[]) {
    return this.read<Group<ChainFactsRecord>>('leadingChainFacts', LEADING_CHAIN_FACTS, { regionIds, assumedLocalIds: [] });
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

  async datasetRevision(): Promise<string | null> {
    const [revision] = await this.readValues<string | null>('datasetRevision', DATASET_REVISION);
    return revision ?? null;
  }

  // `scope`: the region subtree the viewer's project access is limited to; null for none (see projectScope).

  projectsByIds(ids: string[], scope: string | null): Promise<ProjectRecord[]> {
    return this.readValues('projectsByIds', PROJECTS_BY_IDS, { ids, scope });
  }

  projectsInRegions(regionIds: string[], status: ProjectStatus | null, scope: string | null) {
    return this.read<Group<ProjectRecord> & { inScope: boolean }>('projectsInRegions', PROJECTS_IN_REGIONS, { regionIds, status, scope });
  }

  projectsOfEnterprises(enterpriseIds: string[], scope: string | null) {
    return this.read<Group<ProjectRecord>>('projectsOfEnterprises', PROJECTS_OF_ENTERPRISES, { enterpriseIds, scope });
  }

  projectsOfLinks(linkIds: string[], scope: string | null) {
    return this.read<Group<ProjectRecord>>('projectsOfLinks', PROJECTS_OF_LINKS, { linkIds, scope });
  }

  /**
   * Creates the project after checking, in the same transaction, that what it points at exists and that its place
   * is in `scope`; nothing is written otherwise. A project already created under its id (a retry with the same
   * idempotency key) is the answer when it is the same project, a conflict when it is not.
   */
  async createProject(project: NewProject, scope: string | null): Promise<CreateProjectOutcome> {
    try {
      return await this.createProjectOnce(project, scope);
    } catch (error) {
      // A racing attempt with the same key created it first: answer with that one.
      if (!(error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed')) throw error;
      return this.createProjectOnce(project, scope);
    }
  }

  private createProjectOnce(project: NewProject, scope: string | null): Promise<CreateProjectOutcome> {
    return this.write('createProject', async (run): Promise<CreateProjectOutcome> => {
      const [earlier] = await run<{ record: ProjectRecord }>(PROJECTS_BY_IDS, { ids: [project.id], scope });
      if (earlier) {
        if (!earlier.record.inScope) return { kind: 'outOfScope' };
        const same = earlier.record.enterpriseId === project.enterpriseId && earlier.record.name === project.name;
        return same ? { kind: 'created', project: earlier.record } : { kind: 'conflict', existing: earlier.record };
      }
      const [exists] = await run<Record<string, boolean>>(PROJECT_REFERENCES, { ...project, scope });
      const missing = [
        exists!.enterpriseExists ? null : `no Enterprise '${project.enterpriseId}'`,
        exists!.regionExists ? null : `no Region '${project.regionId}'`,
        exists!.parkExists ? null : `no Park '${project.parkId}'`,
        exists!.linkExists ? null : `no ChainLink '${project.linkId}'`,
      ].filter((problem): problem is string => problem !== null);
      if (missing.length > 0) return { kind: 'missing', what: missing };
      if (!exists!.inScope) return { kind: 'outOfScope' };
      const [row] = await run<{ record: ProjectRecord }>(CREATE_PROJECT, { project, scope });
      return { kind: 'created', project: row!.record };
    });
  }

  /**
   * Moves the project to `status` if it is still at `expectedVersion`, lies in `scope` and the pipeline allows the
   * move; the version bump that locks it is rolled back otherwise.
   */
  async setProjectStatus(id: string, status: ProjectStatus, expectedVersion: number, scope: string | null): Promise<StatusChangeOutcome> {
    try {
      return await this.write('setProjectStatus', async (run): Promise<StatusChangeOutcome> => {
        const [current] = await run<{ status: ProjectStatus; version: number; inScope: boolean }>(BUMP_PROJECT_VERSION, { id, scope });
        if (!current) return { kind: 'missing' };
        if (!current.inScope) throw new RolledBack({ kind: 'outOfScope' });
        if (current.version !== expectedVersion)
          throw new RolledBack({ kind: 'conflict', current: { status: current.status, version: current.version } });
        const problem = transitionProblem(current.status, status);
        if (problem) throw new RolledBack({ kind: 'refused', problem });
        const [row] = await run<{ record: ProjectRecord }>(SET_PROJECT_STATUS, { id, status, scope });
        return { kind: 'updated', project: row!.record };
      });
    } catch (error) {
      if (error instanceof RolledBack) return error.outcome;
      throw error;
    }
  }
}
