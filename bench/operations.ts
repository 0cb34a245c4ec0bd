import { fullTextQuery } from '../src/graphql/full-text-query.js';
import { RECRUITED_STATUSES } from '../src/domain/project-pipeline.js';
import { cypherInteger, readRows } from '../src/neo4j/driver.js';
import { INDUSTRIES, SEARCH_ENTERPRISES } from '../src/subgraphs/registry/repository.js';
import { DATASET_REVISION, RECRUITED_FIRMS } from '../src/subgraphs/recruitment/gaps/repository.js';
import { CATALOGUE } from '../src/subgraphs/reports/runner.js';
import type { Driver } from 'neo4j-driver';
import type { Role } from '../src/auth/viewer.js';
import { PEER_ENTERPRISE_PAGE } from './peer-neo4j-graphql.js';

/** Where a peer serves the same data in its own schema: an `@neo4j/graphql` server. */
export type PeerName = 'neo4j-graphql';

type PeerRequest = { query: string; variables: Record<string, unknown> };

/** One benchmarked operation: what the client sends through the gateway, the same asked of one subgraph, the floor. */
export interface BenchOperation {
  name: string;
  role: Role;
  gateway: { query: string; variables: Record<string, unknown> };
  /** The subgraph that owns the root field, and the operation restricted to the fields it resolves itself. */
  direct: { subgraph: string; query: string; variables: Record<string, unknown>; note: string };
  /**
   * The Cypher the operation runs, straight through the driver: what no API layer can beat. (chainGaps keeps what
   * only an import changes across requests; its floor is what it still reads per request once that is kept.)
   */
  floor(driver: Driver): Promise<unknown>;
  /** The same operation served by a peer, anonymously (peers do not carry our viewer). */
  peers?: Partial<Record<PeerName, PeerRequest>>;
}

/** The enterprise page of DOMAIN.md's front-ends: 50 firms of a region with their suppliers, park and region. */
const ENTERPRISE_PAGE_FLOOR = `
  MATCH (root:Region {id: $regionId})<-[:PART_OF*0..]-(:Region)<-[:IN*0..1]-(place)<-[:LOCATED_IN]-(e:Enterprise)
  WITH e, place ORDER BY e.name, e.id LIMIT 50
  OPTIONAL MATCH (place)-[:IN]->(parkRegion:Region)
  RETURN e.id AS id, e.name AS name, e.revenue AS revenue,
    CASE WHEN place:Park THEN place.name END AS park,
    coalesce(parkRegion, place).name AS region,
    COLLECT {
      MATCH (supplier:Enterprise)-[supply:SUPPLIES]->(e)
      MATCH (supplier)-[:LOCATED_IN]->(supplierPlace)
      OPTIONAL MATCH (supplierPlace)-[:IN]->(supplierParkRegion:Region)
      RETURN {annualValue: supply.annualValue, name: supplier.name, region: coalesce(supplierParkRegion, supplierPlace).name}
      ORDER BY supply.annualValue DESC
    } AS suppliers`;

/** The page as our gateway serves it; `@neo4j/graphql`'s own schema asks for the same data in its own words. */
const ENTERPRISE_PAGE = `query ($regionId: ID!) { enterprises(filter: { regionId: $regionId }, first: 50) { totalCount edges { node {
  id name revenue park { name } region { name }
  suppliers { annualValue supplier { name region { name } } } } } } }`;

const CHAIN_GAPS = `query ($regionId: ID!, $chainId: ID!) { chainGaps(regionId: $regionId, chainId: $chainId) {
  completeness gaps { kind link { name nameZh } reasons candidates(first: 5) { score reasons enterprise { name nameZh } } } } }`;

const SEARCH = `query ($text: String!) { searchEnterprises(text: $text, first: 20) { id name nameZh region { name } } }`;
const SEARCH_TEXT = '金鼎';
const REPORT = 'supplier-concentration';

export function benchOperations(regionId: string, chainId: string): BenchOperation[] {
  const report = CATALOGUE.find((definition) => definition.name === REPORT)!;
  if (report.kind !== 'cypher') throw new Error(`the bench times the Cypher report ${REPORT}, which is now computed`);
  return [
    {
      name: 'ceiling: the 10 industries (one subgraph, one small query)',
      role: 'planner',
      gateway: { query: '{ industries { id name nameZh } }', variables: {} },
      direct: { subgraph: 'registry', query: '{ industries { id name nameZh } }', variables: {}, note: 'the same operation' },
      floor: (driver) => readRows(driver, INDUSTRIES),
    },
    {
      name: `chainGaps (${regionId}, ${chainId})`,
      role: 'planner',
      gateway: { query: CHAIN_GAPS, variables: { regionId, chainId } },
      direct: {
        subgraph: 'recruitment',
        query: CHAIN_GAPS,
        variables: { regionId, chainId },
        note: 'the same operation (recruitment hands out the link and firm names itself)',
      },
      async floor(driver) {
        await readRows(driver, DATASET_REVISION);
        await readRows(driver, RECRUITED_FIRMS, { regionId, recruitedStatuses: RECRUITED_STATUSES });
      },
    },
    {
      name: `enterprise page (50 firms of ${regionId} with suppliers, park, region)`,
      role: 'planner',
      gateway: {
        query: ENTERPRISE_PAGE,
        variables: { regionId },
      },
      direct: {
        subgraph: 'registry',
        query: `query ($regionId: ID!) { enterprises(filter: { regionId: $regionId }, first: 50) { totalCount edges { node {
          id name revenue park { name } region { name } } } } }`,
        variables: { regionId },
        note: 'without suppliers (they come from the chains subgraph)',
      },
      floor: (driver) => readRows(driver, ENTERPRISE_PAGE_FLOOR, { regionId }),
      peers: { 'neo4j-graphql': { query: PEER_ENTERPRISE_PAGE, variables: { regionId } } },
    },
    {
      name: `full-text search ("${SEARCH_TEXT}", 20 firms with their region)`,
      role: 'planner',
      gateway: {
        query: SEARCH,
        variables: { text: SEARCH_TEXT },
      },
      direct: {
        subgraph: 'registry',
        query: SEARCH,
        variables: { text: SEARCH_TEXT },
        note: 'the same operation',
      },
      floor: (driver) => readRows(driver, SEARCH_ENTERPRISES, { query: fullTextQuery(SEARCH_TEXT), first: cypherInteger(20) }),
    },
    {
      name: `report ${REPORT} (${regionId})`,
      role: 'analyst',
      gateway: {
        query: `query ($params: JSON) { runReport(name: "${REPORT}", params: $params) { rowCount truncated rows } }`,
        variables: { params: { regionId } },
      },
      direct: {
        subgraph: 'reports',
        query: `query ($params: JSON) { runReport(name: "${REPORT}", params: $params) { rowCount truncated rows } }`,
        variables: { params: { regionId } },
        note: 'the same operation',
      },
      floor: (driver) => readRows(driver, report.cypher, { regionId, threshold: 0.5 }),
    },
  ];
}
