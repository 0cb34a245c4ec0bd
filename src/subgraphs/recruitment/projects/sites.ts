/**
 * The site of a project (载体): its need, the carrier it holds — `(:Project)-[:SITE]->(:Carrier)`, RESERVED while the
 * project is on its way and OCCUPIED once it operates — and the carriers that could meet the need. Statements run
 * inside a project change (ProjectsRepository), which holds the project; HOLD_CARRIER holds the carrier too, so of
 * racing reservations of one carrier the first to commit wins and the others see it taken.
 */
import type { EntityReference } from '../../../graphql/entity-reference.js';
import { regionAtOrUnder } from '../../../neo4j/cypher-fragments.js';

/** A carrier meeting a project's site need, and why. */
export interface CarrierMatchRecord {
  carrier: EntityReference;
  reasons: string[];
}

/** Expects `project`; yields `home`, the project's region (its own, or its park's). */
const PROJECT_HOME = `
  CALL (project) {
    OPTIONAL MATCH (project)-[:IN]->(ownRegion:Region)
    OPTIONAL MATCH (project)-[:IN]->(:Park)-[:IN]->(parkRegion:Region)
    RETURN coalesce(ownRegion, parkRegion) AS home
  }`;

const CARRIER_FACTS = `carrier {
  .id, .kind, .status, .areaM2, availableFrom: toString(carrier.availableFrom), .powerKva, .floorLoadKgPerM2
}`;

/**
 * The carrier held for the rest of the transaction, whether it lies at or under the project's region, who holds it,
 * and the carrier the project holds now.
 */
export const HOLD_CARRIER = `
  MATCH (carrier:Carrier {id: $carrierId})-[:IN]->(:Park)-[:IN]->(carrierRegion:Region)
  SET carrier.status = carrier.status
  WITH carrier, carrierRegion
  MATCH (project:Project {id: $id})
  ${PROJECT_HOME}
  RETURN carrier.status AS status, carrier.name AS name, project.status AS projectStatus,
         EXISTS { ${regionAtOrUnder('carrierRegion', 'home')} } AS nearby,
         [(holder:Project)-[:SITE]->(carrier) | holder { .id, .name }][0] AS holder,
         [(project)-[:SITE]->(held:Carrier) | held { .id, .name }][0] AS held`;

/** The carrier the project holds, if any. */
export const CARRIER_OF_PROJECT = `
  MATCH (:Project {id: $id})-[:SITE]->(carrier:Carrier)
  RETURN carrier.id AS id, carrier.name AS name`;

export const RESERVE_CARRIER = `
  MATCH (project:Project {id: $id}), (carrier:Carrier {id: $carrierId})
  CREATE (project)-[:SITE]->(carrier)
  SET carrier.status = CASE project.status WHEN 'OPERATING' THEN 'OCCUPIED' ELSE 'RESERVED' END`;

export const RELEASE_CARRIER = `
  MATCH (:Project {id: $id})-[site:SITE]->(carrier:Carrier)
  SET carrier.status = 'AVAILABLE'
  DELETE site`;

export const OCCUPY_CARRIER = `
  MATCH (:Project {id: $id})-[:SITE]->(carrier:Carrier)
  SET carrier.status = 'OCCUPIED'`;

/** Each project's candidates for its site need: the AVAILABLE carriers of the kind it needs at or under its region. */
export const CARRIER_CANDIDATES = `
  UNWIND $projectIds AS projectId
  MATCH (project:Project {id: projectId}) WHERE project.siteNeedKind IS NOT NULL
  ${PROJECT_HOME}
  CALL (project, home) {
    MATCH (carrier:Carrier {status: 'AVAILABLE', kind: project.siteNeedKind})-[:IN]->(:Park)-[:IN]->(carrierRegion:Region)
    WHERE EXISTS { ${regionAtOrUnder('carrierRegion', 'home')} }
    RETURN collect(${CARRIER_FACTS}) AS candidates
  }
  RETURN project.id AS key, candidates AS records`;

/** The project holding each carrier, with whether it lies in `$scope`. */
export const PROJECTS_OF_CARRIERS = `
  UNWIND $carrierIds AS carrierId
  MATCH (project:Project)-[:SITE]->(:Carrier {id: carrierId})
  RETURN carrierId AS key, collect(project.id) AS records`;
