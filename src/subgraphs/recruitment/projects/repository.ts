import { Neo4jError, type Driver } from 'neo4j-driver';
import { activeProjectKey, isActive, transitionProblem } from '../../../domain/project-pipeline.js';
import { placeAtOrUnder, projectAtOrUnder, regionAtOrUnder } from '../../../neo4j/cypher-fragments.js';
import { Neo4jRepository, type Group } from '../../../neo4j/repository.js';
import type { RunQuery } from '../../../neo4j/driver.js';
import { recordCompleteness } from '../../../history/completeness-history.js';
import type { BlockerKind, ProjectStatus } from '../../../domain/vocabulary.js';
import type { CarrierFacts, SiteNeed } from '../../../domain/carrier-matching.js';
import {
  CARRIER_CANDIDATES,
  CARRIER_OF_PROJECT,
  HOLD_CARRIER,
  OCCUPY_CARRIER,
  PROJECTS_OF_CARRIERS,
  RELEASE_CARRIER,
  RESERVE_CARRIER,
} from './sites.js';

export interface ProjectRecord {
  id: string;
  /** Whether the viewer's region scope covers the project (always true without a scope). */
  inScope: boolean;
  name: string;
  investment: number | null;
  status: ProjectStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
  responsibleUnit: string | null;
  officer: string | null;
  /** YYYY-MM-DD. */
  followUpAt: string | null;
  enterpriseId: string;
  regionId: string;
  parkId: string | null;
  linkId: string | null;
  siteNeed: SiteNeed | null;
  /** The carrier it holds (reserved, or occupied once it operates). */
  carrierId: string | null;
}

export interface ProjectEventRecord {
  at: string;
  by: string;
  status: ProjectStatus;
  note: string | null;
  kind: ProjectEventKind;
}

export type ProjectEventKind =
  | 'CREATED'
  | 'STATUS_CHANGED'
  | 'EDITED'
  | 'NOTE'
  | 'BLOCKER_OPENED'
  | 'BLOCKER_RESOLVED'
  | 'CARRIER_RESERVED'
  | 'CARRIER_RELEASED'
  | 'CARRIER_OCCUPIED';

export interface BlockerRecord {
  id: string;
  kind: BlockerKind;
  text: string;
  openedAt: string;
  resolvedAt: string | null;
  resolution: string | null;
}

/** An active project of a region with what tells whether it needs attention. */
export interface AttentionCandidateRecord {
  project: ProjectRecord;
  openBlockers: { kind: BlockerKind; text: string; openedAt: string }[];
  lastActivityAt: string;
}

/** What became of a new project: the resolver turns each refusal into the error a client sees. */
export type CreateProjectOutcome =
  | { kind: 'created'; project: ProjectRecord }
  | { kind: 'missing'; what: string[] }
  | { kind: 'outOfScope' }
  /** Its id (from an idempotency key) belongs to another project. */
  | { kind: 'conflict'; existing: ProjectRecord }
  /** The firm already has an active project in the region for the link. */
  | { kind: 'duplicate'; existing: ProjectRecord };

/** What became of a change to a project; nothing is written unless it is `updated`. */
export type ProjectChangeOutcome =
  | { kind: 'updated'; project: ProjectRecord }
  | { kind: 'missing' }
  | { kind: 'outOfScope' }
  /** Someone changed the project since the client read it. */
  | { kind: 'conflict'; current: { status: ProjectStatus; version: number } }
  /** The change is not allowed as asked (a move the pipeline does not allow, a blocker resolved already). */
  | { kind: 'refused'; problem: string }
  | { kind: 'carrierMissing' }
  /** Another project holds the carrier. */
  | { kind: 'carrierTaken'; holder: { id: string; name: string } };

/** Thrown inside a write transaction to roll it back and answer with the outcome instead. */
class RolledBack {
  constructor(readonly outcome: ProjectChangeOutcome) {}
}

export type NewProject = {
  id: string;
  name: string;
  enterpriseId: string;
  regionId: string | null;
  parkId: string | null;
  linkId: string | null;
  investment: number | null;
  responsibleUnit: string | null;
  officer: string | null;
  followUpAt: string | null;
  note: string | null;
  siteNeed: SiteNeed | null;
};

/** The fields updateProject may change: those given are set (null clears), the others stay. */
export type ProjectEdits = Partial<Pick<ProjectRecord, 'name' | 'investment' | 'responsibleUnit' | 'officer' | 'followUpAt' | 'siteNeed'>>;

/** Who changes what, for the project's events. */
export interface ChangeAuthor {
  by: string;
  /** The region subtree the author may change projects in; null for none. */
  scope: string | null;
}

/**
 * What analyses count changed: a project moved to or from OPERATING (its firm counts as local), an OPERATING
 * project was renamed (reasons name it), or a chain chief was named. Every analysis kept for the old revision goes.
 */
export const BUMP_PIPELINE_REVISION = `
  MERGE (dataset:DatasetRevision {id: 'dataset'})
  SET dataset.pipelineRevision = randomUUID()`;

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
      .id, .name, .investment, .status, .version, .responsibleUnit, .officer,
      createdAt: toString(coalesce(project.createdAt, project.updatedAt)),
      updatedAt: toString(project.updatedAt),
      followUpAt: toString(project.followUpAt),
      enterpriseId: enterprise.id,
      regionId: coalesce(region.id, parkRegion.id),
      parkId: park.id,
      linkId: link.id,
      siteNeed: CASE WHEN project.siteNeedKind IS NULL THEN null ELSE {
        kind: project.siteNeedKind, minAreaM2: project.siteNeedMinAreaM2, powerKva: project.siteNeedPowerKva,
        floorLoadKgPerM2: project.siteNeedFloorLoadKgPerM2
      } END,
      carrierId: [(project)-[:SITE]->(carrier:Carrier) | carrier.id][0],
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

/** Which of a new project's references exist, the region of its place, and whether its place is in `$scope`. */
export const PROJECT_REFERENCES = `
  OPTIONAL MATCH (:Park {id: $parkId})-[:IN]->(parkRegion:Region)
  RETURN coalesce(parkRegion.id, $regionId) AS placeRegionId,
         EXISTS { (:Enterprise {id: $enterpriseId}) } AS enterpriseExists,
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
    responsibleUnit: $project.responsibleUnit, officer: $project.officer, followUpAt: date($project.followUpAt),
    activeKey: $activeKey, version: 1, createdAt: datetime(), updatedAt: datetime(), statusChangedAt: datetime(),
    source: 'user', siteNeedKind: $project.siteNeed.kind, siteNeedMinAreaM2: $project.siteNeed.minAreaM2,
    siteNeedPowerKva: $project.siteNeed.powerKva, siteNeedFloorLoadKgPerM2: $project.siteNeed.floorLoadKgPerM2
  })
  CREATE (project)-[:BY]->(enterprise)
  CREATE (project)-[:HAS_EVENT]->(:ProjectEvent {
    at: datetime(), by: $by, kind: 'CREATED', status: 'LEAD', note: $project.note, sequence: 1
  })
  WITH project, coalesce(park, region) AS place, link
  CALL (project, place) { WITH * WHERE place IS NOT NULL CREATE (project)-[:IN]->(place) }
  CALL (project, link) { WITH * WHERE link IS NOT NULL CREATE (project)-[:TARGETS]->(link) }
  ${PROJECT_RECORD}
  RETURN record`;

/**
 * The firm's active project in the region (itself or one of its parks) for the link, if any — imported projects
 * included, which carry no active key.
 */
export const ACTIVE_PROJECT_OF_FIRM = `
  MATCH (project:Project)-[:BY]->(:Enterprise {id: $enterpriseId})
  WHERE NOT project.status IN ['DROPPED', 'OPERATING']
    AND EXISTS { (project)-[:IN]->{1,2}(:Region {id: $placeRegionId}) }
    AND coalesce([(project)-[:TARGETS]->(link:ChainLink) | link.id][0], '') = coalesce($linkId, '')
  ${PROJECT_RECORD}
  RETURN record LIMIT 1`;

/**
 * Locks the project and bumps its version, returning its status and version as they were. The first SET writes
 * without reading, which takes the node's write lock before anything of it is read: of two concurrent changes the
 * second waits and sees the first one's version. (Reading first, then writing — as `SET version = version + 1`
 * alone does — lets two transactions that go on to write the node's relationships deadlock.) The caller rolls the
 * transaction back if it refuses the change.
 */
export const BUMP_PROJECT_VERSION = `
  MATCH (project:Project {id: $id})
  SET project.updatedAt = datetime()
  SET project.version = project.version + 1
  RETURN project.status AS status, project.version - 1 AS version, ${PROJECT_IN_SCOPE} AS inScope`;

/**
 * Records a change of the (locked) project as its next event: its status after it, who, and the note. A change may
 * record several (a carrier released, then another reserved): `position` keeps their order within it.
 */
export const RECORD_PROJECT_EVENT = `
  MATCH (project:Project {id: $id})
  WITH project, COUNT { (project)-[:HAS_EVENT]->(:ProjectEvent) } AS position
  CREATE (project)-[:HAS_EVENT]->(:ProjectEvent {
    at: datetime(), by: $by, kind: $kind, status: project.status, note: $note, sequence: project.version, position: position
  })`;

export const SET_PROJECT_STATUS = `
  MATCH (project:Project {id: $id})
  SET project.status = $status, project.statusChangedAt = datetime(),
      project.activeKey = CASE WHEN $active THEN project.activeKey END`;

/** Sets the edited fields (`$edits`: null removes one); followUpAt is a date, set apart. */
export const EDIT_PROJECT = `
  MATCH (project:Project {id: $id})
  SET project += $edits
  SET project.followUpAt = CASE WHEN $editsFollowUp THEN date($followUpAt) ELSE project.followUpAt END`;

export const OPEN_BLOCKER = `
  MATCH (project:Project {id: $id})
  CREATE (project)-[:HAS_BLOCKER]->(:Blocker {id: $blockerId, kind: $kind, text: $text, openedAt: datetime(), openedBy: $by})`;

export const BLOCKER_STATE = `
  MATCH (project:Project)-[:HAS_BLOCKER]->(blocker:Blocker {id: $blockerId})
  RETURN project.id AS projectId, blocker.kind AS kind, blocker.text AS text, toString(blocker.resolvedAt) AS resolvedAt`;

export const RESOLVE_BLOCKER = `
  MATCH (blocker:Blocker {id: $blockerId})
  SET blocker.resolvedAt = datetime(), blocker.resolvedBy = $by, blocker.resolution = $note`;

/** The regions a project counts in: its region and every region above it. */
export const PROJECT_REGIONS = `
  MATCH (project:Project {id: $id})-[:IN]->{1,2}(region:Region)-[:PART_OF]->{0,3}(above:Region)
  RETURN collect(DISTINCT above.id) AS regionIds`;

/** Events of each project, newest first. */
export const EVENTS_OF_PROJECTS = `
  UNWIND $ids AS id
  MATCH (:Project {id: id})-[:HAS_EVENT]->(event:ProjectEvent)
  WITH id, event ORDER BY event.sequence DESC, coalesce(event.position, 0) DESC
  RETURN id AS key, collect(event { at: toString(event.at), .by, .status, .note, .kind }) AS records`;

/** Blockers of each project, open ones first, then newest first. */
export const BLOCKERS_OF_PROJECTS = `
  UNWIND $ids AS id
  MATCH (:Project {id: id})-[:HAS_BLOCKER]->(blocker:Blocker)
  WITH id, blocker ORDER BY blocker.resolvedAt IS NULL DESC, blocker.openedAt DESC, blocker.id
  RETURN id AS key, collect(blocker {
    .id, .kind, .text, .resolution, openedAt: toString(blocker.openedAt), resolvedAt: toString(blocker.resolvedAt)
  }) AS records`;

/** The active projects of each region's subtree with their open blockers and last activity (Region.attention). */
export const ATTENTION_CANDIDATES = `
  UNWIND $regionIds AS regionId
  MATCH (region:Region {id: regionId})
  CALL (region) {
    OPTIONAL MATCH ${projectAtOrUnder('project:Project', 'region')}
    WHERE NOT project.status IN ['DROPPED', 'OPERATING']
    CALL (project) {
      OPTIONAL MATCH (project)-[:HAS_EVENT]->(event:ProjectEvent)
      RETURN max(event.at) AS lastEventAt
    }
    ${PROJECT_RECORD}
    RETURN collect({
      project: record,
      openBlockers: [(project)-[:HAS_BLOCKER]->(blocker:Blocker) WHERE blocker.resolvedAt IS NULL
                     | blocker { .kind, .text, openedAt: toString(blocker.openedAt) }],
      lastActivityAt: toString(coalesce(lastEventAt, project.updatedAt))
    }) AS records
  }
  RETURN regionId AS key, records,
         $scope IS NULL OR EXISTS { ${regionAtOrUnder('region', ':Region {id: $scope}')} } AS inScope`;

/** The active projects of each region (`key.regionId`) that target each link (`key.linkId`), newest change first. */
export const ACTIVE_PROJECTS_OF_LINKS = `
  UNWIND $keys AS key
  MATCH (project:Project)-[:TARGETS]->(:ChainLink {id: key.linkId})
  WHERE NOT project.status IN ['DROPPED', 'OPERATING']
    AND EXISTS { ${projectAtOrUnder('project', ':Region {id: key.regionId}')} } AND ${PROJECT_IN_SCOPE}
  ${PROJECT_RECORD}
  WITH key, record ORDER BY record.updatedAt DESC, record.id
  RETURN key.key AS key, collect(record) AS records`;

/** The recruitment pipeline's projects: read in the viewer's scope, created and changed all or nothing, each change an event. */
export class ProjectsRepository extends Neo4jRepository {
  constructor(driver: Driver) {
    super(driver, 'recruitment');
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

  eventsOfProjects(ids: string[]) {
    return this.read<Group<ProjectEventRecord>>('eventsOfProjects', EVENTS_OF_PROJECTS, { ids });
  }

  blockersOfProjects(ids: string[]) {
    return this.read<Group<BlockerRecord>>('blockersOfProjects', BLOCKERS_OF_PROJECTS, { ids });
  }

  attentionCandidates(regionIds: string[], scope: string | null) {
    return this.read<Group<AttentionCandidateRecord> & { inScope: boolean }>('attentionCandidates', ATTENTION_CANDIDATES, {
      regionIds,
      scope,
    });
  }

  activeProjectsOfLinks(keys: { key: string; regionId: string; linkId: string }[], scope: string | null) {
    return this.read<Group<ProjectRecord>>('activeProjectsOfLinks', ACTIVE_PROJECTS_OF_LINKS, { keys, scope });
  }

  /**
   * Creates the project after checking, in the same transaction, that what it points at exists, that its place is in
   * the author's scope and that the firm has no other active project in that region for that link; nothing is
   * written otherwise. A project already created under its id (a retry with the same idempotency key) is the answer
   * when it is the same project, a conflict when it is not.
   */
  async createProject(project: NewProject, author: ChangeAuthor): Promise<CreateProjectOutcome> {
    try {
      return await this.createProjectOnce(project, author);
    } catch (error) {
      // A racing attempt with the same key, or for the same firm, region and link, created it first: answer as if
      // it had been there (the same project, or a duplicate).
      if (!(error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed')) throw error;
      return this.createProjectOnce(project, author);
    }
  }

  private createProjectOnce(project: NewProject, { by, scope }: ChangeAuthor): Promise<CreateProjectOutcome> {
    return this.write('createProject', async (run): Promise<CreateProjectOutcome> => {
      // A retry's own project (same id) is its answer if it is the same project, a conflict if it is not.
      const retried = (earlier: ProjectRecord): CreateProjectOutcome => {
        if (!earlier.inScope) return { kind: 'outOfScope' };
        const same = earlier.enterpriseId === project.enterpriseId && earlier.name === project.name;
        return same ? { kind: 'created', project: earlier } : { kind: 'conflict', existing: earlier };
      };
      const [earlier] = await run<{ record: ProjectRecord }>(PROJECTS_BY_IDS, { ids: [project.id], scope });
      if (earlier) return retried(earlier.record);
      const [exists] = await run<Record<string, boolean> & { placeRegionId: string | null }>(PROJECT_REFERENCES, { ...project, scope });
      const missing = [
        exists!.enterpriseExists ? null : `no Enterprise '${project.enterpriseId}'`,
        exists!.regionExists ? null : `no Region '${project.regionId}'`,
        exists!.parkExists ? null : `no Park '${project.parkId}'`,
        exists!.linkExists ? null : `no ChainLink '${project.linkId}'`,
      ].filter((problem): problem is string => problem !== null);
      if (missing.length > 0) return { kind: 'missing', what: missing };
      if (!exists!.inScope) return { kind: 'outOfScope' };
      const placeRegionId = exists!.placeRegionId!;
      const [duplicate] = await run<{ record: ProjectRecord }>(ACTIVE_PROJECT_OF_FIRM, { ...project, placeRegionId, scope });
      // The first attempt of a racing retry may commit between the two reads: then the duplicate is its own project.
      if (duplicate)
        return duplicate.record.id === project.id ? retried(duplicate.record) : { kind: 'duplicate', existing: duplicate.record };
      // Two creations racing past that check meet at the key's uniqueness constraint.
      const activeKey = activeProjectKey('LEAD', project.enterpriseId, placeRegionId, project.linkId);
      const [row] = await run<{ record: ProjectRecord }>(CREATE_PROJECT, { project, activeKey, by, scope });
      return { kind: 'created', project: row!.record };
    });
  }

  /**
   * Moves the project to `status` if it is still at `expectedVersion`, lies in the author's scope and the pipeline
   * allows the move. A move to or from OPERATING changes what counts as local: analyses are read anew and the
   * completeness of the leading chains above the project is recorded, in the same transaction.
   */
  setProjectStatus(id: string, status: ProjectStatus, expectedVersion: number, note: string | null, author: ChangeAuthor) {
    return this.changeProject('setProjectStatus', id, expectedVersion, author, async (run, current) => {
      const problem = transitionProblem(current.status, status);
      if (problem) return problem;
      await run(SET_PROJECT_STATUS, { id, status, active: isActive(status) });
      await run(RECORD_PROJECT_EVENT, { id, by: author.by, kind: 'STATUS_CHANGED', note });
      // Its carrier follows: occupied once it operates, free again once it is dropped.
      const moves = status === 'OPERATING' || status === 'DROPPED';
      const [site] = moves ? await run<{ id: string; name: string }>(CARRIER_OF_PROJECT, { id }) : [];
      if (site && status === 'OPERATING') {
        await run(OCCUPY_CARRIER, { id });
        await run(RECORD_PROJECT_EVENT, { id, by: author.by, kind: 'CARRIER_OCCUPIED', note: carrierNote(site) });
      } else if (site && status === 'DROPPED') {
        await run(RELEASE_CARRIER, { id });
        await run(RECORD_PROJECT_EVENT, { id, by: author.by, kind: 'CARRIER_RELEASED', note: carrierNote(site) });
      }
      if (status === 'OPERATING' || current.status === 'OPERATING') {
        await run(BUMP_PIPELINE_REVISION);
        const [{ regionIds }] = (await run<{ regionIds: string[] }>(PROJECT_REGIONS, { id })) as [{ regionIds: string[] }];
        await recordCompleteness(run, regionIds, `project:${id}`);
      }
      return undefined;
    });
  }

  /** Sets the fields `edits` gives, as one EDITED event naming them. Renaming an OPERATING project renews the analyses, whose reasons name it. */
  updateProject(id: string, expectedVersion: number, edits: ProjectEdits, author: ChangeAuthor) {
    return this.changeProject('updateProject', id, expectedVersion, author, async (run, current) => {
      const { followUpAt, siteNeed, ...rest } = edits;
      const siteFields =
        'siteNeed' in edits
          ? {
              siteNeedKind: siteNeed?.kind ?? null,
              siteNeedMinAreaM2: siteNeed?.minAreaM2 ?? null,
              siteNeedPowerKva: siteNeed?.powerKva ?? null,
              siteNeedFloorLoadKgPerM2: siteNeed?.floorLoadKgPerM2 ?? null,
            }
          : {};
      await run(EDIT_PROJECT, {
        id,
        edits: { ...rest, ...siteFields },
        editsFollowUp: 'followUpAt' in edits,
        followUpAt: followUpAt ?? null,
      });
      await run(RECORD_PROJECT_EVENT, { id, by: author.by, kind: 'EDITED', note: Object.keys(edits).join(', ') });
      if (current.status === 'OPERATING' && 'name' in edits) await run(BUMP_PIPELINE_REVISION);
      return undefined;
    });
  }

  /**
   * Reserves the carrier for the project, releasing the one it held: refused when another project holds it (the
   * caller's CONFLICT names that project), when it is not AVAILABLE, not at or under the project's region, or the
   * project was dropped.
   */
  reserveCarrier(id: string, carrierId: string, expectedVersion: number, author: ChangeAuthor) {
    return this.changeProject('reserveCarrier', id, expectedVersion, author, async (run) => {
      const [carrier] = await run<{
        status: string;
        name: string;
        projectStatus: ProjectStatus;
        nearby: boolean;
        holder: { id: string; name: string } | null;
        held: { id: string; name: string } | null;
      }>(HOLD_CARRIER, { id, carrierId });
      if (!carrier) return { kind: 'carrierMissing' } as const;
      if (carrier.holder?.id === id) return `carrier '${carrierId}' is reserved for this project already`;
      if (carrier.holder) return { kind: 'carrierTaken', holder: carrier.holder } as const;
      if (carrier.status !== 'AVAILABLE') return `carrier '${carrierId}' is ${carrier.status}, not AVAILABLE`;
      if (!carrier.nearby) return `carrier '${carrierId}' is not at or under the project's region`;
      if (carrier.projectStatus === 'DROPPED') return 'a DROPPED project reserves no carrier';
      if (carrier.held) {
        await run(RELEASE_CARRIER, { id });
        await run(RECORD_PROJECT_EVENT, { id, by: author.by, kind: 'CARRIER_RELEASED', note: carrierNote(carrier.held) });
      }
      await run(RESERVE_CARRIER, { id, carrierId });
      await run(RECORD_PROJECT_EVENT, {
        id,
        by: author.by,
        kind: 'CARRIER_RESERVED',
        note: carrierNote({ id: carrierId, name: carrier.name }),
      });
      return undefined;
    });
  }

  releaseCarrier(id: string, expectedVersion: number, author: ChangeAuthor) {
    return this.changeProject('releaseCarrier', id, expectedVersion, author, async (run) => {
      const [held] = await run<{ id: string; name: string }>(CARRIER_OF_PROJECT, { id });
      if (!held) return 'the project holds no carrier';
      await run(RELEASE_CARRIER, { id });
      await run(RECORD_PROJECT_EVENT, { id, by: author.by, kind: 'CARRIER_RELEASED', note: carrierNote(held) });
      return undefined;
    });
  }

  /** Per project with a site need, the AVAILABLE carriers of its kind at or under its region. */
  carrierCandidates(projectIds: string[]) {
    return this.read<Group<CarrierFacts>>('carrierCandidates', CARRIER_CANDIDATES, { projectIds });
  }

  projectsOfCarriers(carrierIds: string[]) {
    return this.read<Group<string>>('projectsOfCarriers', PROJECTS_OF_CARRIERS, { carrierIds });
  }

  addProjectNote(id: string, text: string, author: ChangeAuthor) {
    return this.changeProject('addProjectNote', id, null, author, async (run) => {
      await run(RECORD_PROJECT_EVENT, { id, by: author.by, kind: 'NOTE', note: text });
      return undefined;
    });
  }

  openBlocker(id: string, blocker: { id: string; kind: BlockerKind; text: string }, author: ChangeAuthor) {
    return this.changeProject('openBlocker', id, null, author, async (run, current) => {
      if (current.status === 'DROPPED') return 'the project is DROPPED; a dropped project has nothing left to block';
      await run(OPEN_BLOCKER, { id, blockerId: blocker.id, kind: blocker.kind, text: blocker.text, by: author.by });
      await run(RECORD_PROJECT_EVENT, { id, by: author.by, kind: 'BLOCKER_OPENED', note: blocker.text });
      return undefined;
    });
  }

  /** Resolves the blocker `blockerId` of its project; `missing` when there is no such blocker. */
  async resolveBlocker(blockerId: string, note: string | null, author: ChangeAuthor): Promise<ProjectChangeOutcome> {
    const [blocker] = await this.read<{ projectId: string }>('blockerProject', BLOCKER_STATE, { blockerId });
    if (!blocker) return { kind: 'missing' };
    return this.changeProject('resolveBlocker', blocker.projectId, null, author, async (run) => {
      const [state] = await run<{ kind: BlockerKind; text: string; resolvedAt: string | null }>(BLOCKER_STATE, { blockerId });
      if (state!.resolvedAt !== null) return `the blocker was resolved already, on ${state!.resolvedAt.slice(0, 10)}`;
      await run(RESOLVE_BLOCKER, { blockerId, by: author.by, note });
      await run(RECORD_PROJECT_EVENT, { id: blocker.projectId, by: author.by, kind: 'BLOCKER_RESOLVED', note: note ?? state!.text });
      return undefined;
    });
  }

  /**
   * One change of a project, all or nothing: the project is locked by its version bump; then, unless it is missing,
   * outside the author's scope or past `expectedVersion` (null: any version, for additions such as notes), `apply`
   * writes the change and its event — or returns why it refuses, which rolls everything back.
   */
  private async changeProject(
    name: string,
    id: string,
    expectedVersion: number | null,
    { scope }: ChangeAuthor,
    apply: (run: RunQuery, current: { status: ProjectStatus; version: number }) => Promise<string | ProjectChangeOutcome | undefined>,
  ): Promise<ProjectChangeOutcome> {
    try {
      return await this.write(name, async (run): Promise<ProjectChangeOutcome> => {
        const [current] = await run<{ status: ProjectStatus; version: number; inScope: boolean }>(BUMP_PROJECT_VERSION, { id, scope });
        if (!current) return { kind: 'missing' };
        if (!current.inScope) throw new RolledBack({ kind: 'outOfScope' });
        if (expectedVersion !== null && current.version !== expectedVersion)
          throw new RolledBack({ kind: 'conflict', current: { status: current.status, version: current.version } });
        const problem = await apply(run, current);
        if (typeof problem === 'string') throw new RolledBack({ kind: 'refused', problem });
        if (problem) throw new RolledBack(problem);
        const [row] = await run<{ record: ProjectRecord }>(PROJECTS_BY_IDS, { ids: [id], scope });
        return { kind: 'updated', project: row!.record };
      });
    } catch (error) {
      if (error instanceof RolledBack) return error.outcome;
      throw error;
    }
  }
}

/** How a project's events name a carrier: its name and id. */
const carrierNote = (carrier: { id: string; name: string }) => `${carrier.name} (${carrier.id})`;
