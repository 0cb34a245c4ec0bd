import type { Driver } from 'neo4j-driver';
import { readRows } from '../neo4j/driver.js';
import type { SectionName } from './types.js';
import type { NamedPlace, PrepareLookups } from './prepare.js';
import type { EntityKind, ExistingRecords, RemovalTarget } from './validate.js';

/**
 * The Cypher of the import. Each section is written in two steps: its nodes (MERGE on id, properties from the
 * file), then — once every node of the file exists — its relationships. For the records it contains the file is
 * authoritative: a relationship the file no longer states (a moved firm, a dropped link) is removed, so importing
 * the same file twice leaves the same graph.
 */
export interface SectionStatements {
  /** The row a record is sent as, when it is not the record itself. */
  row?: (record: unknown) => unknown;
  nodes?: string;
  relationships?: string;
  /** Run after every node and relationship of the import is written. */
  removals?: string;
}

/** The enterprise fields stored as node properties. */
const ENTERPRISE_PROPERTIES = [
  'name',
  'nameZh',
  'creditCode',
  'revenue',
  'employees',
  'leading',
  'listed',
  'source',
  'industryCode',
  'businessScope',
  'mainProducts',
  'registrationStatus',
  'registrationStatusSince',
  'registeredCapitalAmount',
  'registeredCapitalCurrency',
  'foundedOn',
  'companyType',
  'legalRepresentative',
  'phone',
  'address',
] as const;

/** A record with its registered capital as the two properties a node can hold. */
function flattened(record: unknown): Record<string, unknown> {
  const { registeredCapital, ...rest } = record as Record<string, unknown> & { registeredCapital?: { amount: number; currency: string } };
  return registeredCapital
    ? { ...rest, registeredCapitalAmount: registeredCapital.amount, registeredCapitalCurrency: registeredCapital.currency }
    : rest;
}

/**
 * Whether importing `row` changes the stored `chain` (new, renamed, a link it does not hold yet or holds otherwise, other
 * feeds): only then does the chain get a new version and an event in its history, so importing the same file again
 * changes nothing. Fields a row leaves out are kept by the import, and so change nothing here either.
 */
function chainChangedBy(row: string, chain: string): string {
  return `(${chain}.version IS NULL OR ${chain}.name <> ${row}.name OR coalesce(${chain}.nameZh, '') <> coalesce(${row}.nameZh, '')
        OR ANY(link IN ${row}.links WHERE NOT EXISTS {
          MATCH (stored:ChainLink {id: link.id})-[:PART_OF]->(${chain})
          WHERE stored.name = link.name AND coalesce(stored.nameZh, '') = coalesce(link.nameZh, '') AND stored.stage = link.stage
            AND (link.industryCodes IS NULL OR link.industryCodes = coalesce(stored.industryCodes, []))
            AND (link.keywords IS NULL OR link.keywords = coalesce(stored.keywords, []))
            AND (link.excludedKeywords IS NULL OR link.excludedKeywords = coalesce(stored.excludedKeywords, []))
        })
        OR COLLECT { UNWIND coalesce(${row}.feeds, []) AS feed RETURN feed.from + '>' + feed.to ORDER BY feed.from, feed.to }
           <> COLLECT { MATCH (from:ChainLink)-[:PART_OF]->(${chain}), (from)-[:FEEDS]->(to:ChainLink)
                        RETURN from.id + '>' + to.id ORDER BY from.id, to.id })`;
}

/** The given fields a record carries, for `SET node += …`: a field it does not carry stays as stored. */
function carriedProperties(record: unknown, fields: readonly string[]): Record<string, unknown> {
  const carried: Record<string, unknown> = {};
  for (const field of fields) {
    const value = (record as Record<string, unknown>)[field];
    if (value !== undefined) carried[field] = value;
  }
  return carried;
}

export const IMPORT_STATEMENTS: Record<SectionName, SectionStatements> = {
  regions: {
    nodes: `
      UNWIND $rows AS row
      MERGE (region:Region {id: row.id})
      SET region.name = row.name, region.nameZh = row.nameZh, region.level = row.level, region.source = row.source,
          region.code = coalesce(row.code, region.code)`,
    relationships: `
      UNWIND $rows AS row
      MATCH (region:Region {id: row.id})
      CALL (region, row) {
        MATCH (region)-[old:PART_OF]->(previous:Region)
        WHERE row.parentId IS NULL OR previous.id <> row.parentId
        DELETE old
      }
      CALL (region, row) {
        MATCH (parent:Region {id: row.parentId})
        MERGE (region)-[:PART_OF]->(parent)
      }`,
  },
  parks: {
    nodes: `
      UNWIND $rows AS row
      MERGE (park:Park {id: row.id})
      SET park.name = row.name, park.nameZh = row.nameZh, park.kind = row.kind, park.source = row.source`,
    relationships: `
      UNWIND $rows AS row
      MATCH (park:Park {id: row.id})
      CALL (park, row) {
        MATCH (park)-[old:IN]->(previous:Region)
        WHERE previous.id <> row.regionId
        DELETE old
      }
      CALL (park, row) {
        MATCH (region:Region {id: row.regionId})
        MERGE (park)-[:IN]->(region)
      }`,
  },
  carriers: {
    nodes: `
      UNWIND $rows AS row
      MERGE (carrier:Carrier {id: row.id})
      SET carrier.name = row.name, carrier.nameZh = row.nameZh, carrier.kind = row.kind, carrier.areaM2 = row.areaM2,
          carrier.availableFrom = CASE WHEN row.availableFrom IS NULL THEN null ELSE date(row.availableFrom) END,
          // A carrier a project holds keeps the status its project gave it (reserveCarrier, an OPERATING project).
          carrier.status = CASE WHEN EXISTS { (:Project)-[:SITE]->(carrier) } THEN carrier.status ELSE row.status END,
          carrier.powerKva = row.powerKva, carrier.floorLoadKgPerM2 = row.floorLoadKgPerM2,
          carrier.rentYuanPerM2Month = row.rentYuanPerM2Month, carrier.source = row.source`,
    relationships: `
      UNWIND $rows AS row
      MATCH (carrier:Carrier {id: row.id})
      CALL (carrier, row) {
        MATCH (carrier)-[old:IN]->(previous:Park)
        WHERE previous.id <> row.parkId
        DELETE old
      }
      CALL (carrier, row) {
        MATCH (park:Park {id: row.parkId})
        MERGE (carrier)-[:IN]->(park)
      }`,
  },
  industries: {
    nodes: `
      UNWIND $rows AS row
      MERGE (industry:Industry {id: row.id})
      SET industry.name = row.name, industry.nameZh = row.nameZh, industry.code = row.code, industry.source = row.source`,
  },
  chains: {
    nodes: `
      UNWIND $rows AS row
      MERGE (chain:Chain {id: row.id})
      WITH row, chain, ${chainChangedBy('row', 'chain')} AS changed
      SET chain.name = row.name, chain.nameZh = row.nameZh, chain.source = row.source,
          chain.version = CASE WHEN changed THEN coalesce(chain.version, 0) + 1 ELSE chain.version END
      FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
        CREATE (chain)-[:HAS_EVENT]->(:ChainEvent {
          version: chain.version, at: datetime(), by: $event.by, kind: $event.kind, note: $event.note, changes: '[]'
        })
      )
      WITH row
      UNWIND row.links AS link
      MERGE (chainLink:ChainLink {id: link.id})
      SET chainLink.name = link.name, chainLink.nameZh = link.nameZh, chainLink.stage = link.stage,
          chainLink.source = link.source,
          chainLink.industryCodes = coalesce(link.industryCodes, chainLink.industryCodes, []),
          chainLink.keywords = coalesce(link.keywords, chainLink.keywords, []),
          chainLink.excludedKeywords = coalesce(link.excludedKeywords, chainLink.excludedKeywords, [])`,
    relationships: `
      UNWIND $rows AS row
      MATCH (chain:Chain {id: row.id})
      CALL (chain, row) {
        MATCH (chain)-[old:OF_INDUSTRY]->(previous:Industry)
        WHERE previous.id <> row.industryId
        DELETE old
      }
      CALL (chain, row) {
        MATCH (industry:Industry {id: row.industryId})
        MERGE (chain)-[:OF_INDUSTRY]->(industry)
      }
      CALL (chain, row) {
        UNWIND row.links AS link
        MATCH (chainLink:ChainLink {id: link.id})
        MERGE (chainLink)-[:PART_OF]->(chain)
        WITH chainLink
        MATCH (chainLink)-[old:PART_OF]->(other:Chain)
        WHERE other <> chain
        DELETE old
      }
      CALL (chain, row) {
        MATCH (from:ChainLink)-[:PART_OF]->(chain), (from)-[feed:FEEDS]->(to:ChainLink)
        WHERE NOT {from: from.id, to: to.id} IN coalesce(row.feeds, [])
        DELETE feed
      }
      CALL (chain, row) {
        UNWIND coalesce(row.feeds, []) AS feed
        MATCH (from:ChainLink {id: feed.from}), (to:ChainLink {id: feed.to})
        MERGE (from)-[:FEEDS]->(to)
      }`,
  },
  enterprises: {
    // Only the fields a record carries change: a row with a new revenue keeps the firm's name, flags and links.
    row: (record) => ({ ...(record as object), properties: carriedProperties(flattened(record), ENTERPRISE_PROPERTIES) }),
    nodes: `
      UNWIND $rows AS row
      MERGE (enterprise:Enterprise {id: row.id})
      ON CREATE SET enterprise.leading = false, enterprise.listed = false
      SET enterprise += row.properties
      // A firm that is not ACTIVE is labelled Inactive: every analysis leaves such firms out (docs/domain.md).
      WITH enterprise, coalesce(enterprise.registrationStatus, 'ACTIVE') = 'ACTIVE' AS active
      FOREACH (_ IN CASE WHEN active THEN [] ELSE [1] END | SET enterprise:Inactive)
      FOREACH (_ IN CASE WHEN active THEN [1] ELSE [] END | REMOVE enterprise:Inactive)`,
    relationships: `
      UNWIND $rows AS row
      MATCH (enterprise:Enterprise {id: row.id})
      CALL (enterprise, row) {
        MATCH (enterprise)-[old:LOCATED_IN]->(place)
        WHERE (row.parkId IS NOT NULL OR row.regionId IS NOT NULL)
          AND NOT (row.parkId IS NOT NULL AND place:Park AND place.id = row.parkId)
          AND NOT (row.parkId IS NULL AND place:Region AND place.id = row.regionId)
        DELETE old
      }
      CALL (enterprise, row) {
        OPTIONAL MATCH (park:Park {id: row.parkId})
        OPTIONAL MATCH (region:Region {id: row.regionId})
        WITH coalesce(park, region) AS place
        WHERE place IS NOT NULL
        MERGE (enterprise)-[:LOCATED_IN]->(place)
      }
      CALL (enterprise, row) {
        MATCH (enterprise)-[old:OPERATES_IN]->(chainLink:ChainLink)
        WHERE row.linkIds IS NOT NULL AND NOT chainLink.id IN row.linkIds
        DELETE old
      }
      CALL (enterprise, row) {
        UNWIND coalesce(row.linkIds, []) AS linkId
        MATCH (chainLink:ChainLink {id: linkId})
        MERGE (enterprise)-[operates:OPERATES_IN]->(chainLink)
        SET operates.basis = 'DECLARED', operates.evidence = null, operates.matched = null, operates.matchedAgainst = null
      }`,
  },
  supplies: {
    relationships: `
      UNWIND $rows AS row
      MATCH (supplier:Enterprise {id: row.supplierId}), (customer:Enterprise {id: row.customerId})
      MERGE (supplier)-[supply:SUPPLIES {linkId: row.linkId}]->(customer)
      SET supply.annualValue = row.annualValue`,
  },
  priorities: {
    relationships: `
      UNWIND $rows AS row
      MATCH (region:Region {id: row.regionId}), (chain:Chain {id: row.chainId})
      MERGE (region)-[:PRIORITIZES]->(chain)`,
  },
  remove: {
    // A removed enterprise goes with its location, links and supply edges (DETACH); its projects must go with it.
    removals: `
      UNWIND $rows AS row
      CALL (row) {
        MATCH (enterprise:Enterprise {id: row.id}) WHERE row.kind = 'enterprise'
        DETACH DELETE enterprise
      }
      CALL (row) {
        MATCH (enterprise:Enterprise {creditCode: row.creditCode}) WHERE row.kind = 'enterprise'
        DETACH DELETE enterprise
      }
      CALL (row) {
        MATCH (project:Project {id: row.id}) WHERE row.kind = 'project'
        DETACH DELETE project
      }
      CALL (row) {
        MATCH (:Enterprise {id: row.supplierId})-[supply:SUPPLIES {linkId: row.linkId}]->(:Enterprise {id: row.customerId})
        WHERE row.kind = 'supply'
        DELETE supply
      }
      CALL (row) {
        MATCH (:Region {id: row.regionId})-[priority:PRIORITIZES]->(:Chain {id: row.chainId}) WHERE row.kind = 'priority'
        DELETE priority
      }`,
  },
  projects: {
    // A project's version and updatedAt move only when the file changes it, so a re-import is a no-op.
    nodes: `
      UNWIND $rows AS row
      MERGE (project:Project {id: row.id})
      ON CREATE SET project.name = row.name, project.investment = row.investment, project.status = row.status,
                    project.version = 1, project.createdAt = datetime(), project.updatedAt = datetime()
      WITH project, row,
           project.name <> row.name OR project.status <> row.status
             OR coalesce(project.investment, -1) <> coalesce(row.investment, -1) AS changed
      SET project.name = row.name, project.investment = row.investment, project.status = row.status,
          // A project the file ends (DROPPED, OPERATING) no longer holds its firm's place (see createProject).
          project.activeKey = CASE WHEN row.status IN ['DROPPED', 'OPERATING'] THEN null ELSE project.activeKey END,
          project.version = CASE WHEN changed THEN project.version + 1 ELSE project.version END,
          project.updatedAt = CASE WHEN changed THEN datetime() ELSE project.updatedAt END`,
    relationships: `
      UNWIND $rows AS row
      MATCH (project:Project {id: row.id})
      CALL (project, row) {
        MATCH (project)-[old:BY|IN|TARGETS]->(target)
        WHERE NOT (old:BY AND target.id = row.enterpriseId)
          AND NOT (old:IN AND row.parkId IS NOT NULL AND target:Park AND target.id = row.parkId)
          AND NOT (old:IN AND row.parkId IS NULL AND target:Region AND target.id = row.regionId)
          AND NOT (old:TARGETS AND target.id = row.linkId)
        DELETE old
      }
      CALL (project, row) {
        MATCH (enterprise:Enterprise {id: row.enterpriseId})
        MERGE (project)-[:BY]->(enterprise)
      }
      CALL (project, row) {
        OPTIONAL MATCH (park:Park {id: row.parkId})
        OPTIONAL MATCH (region:Region {id: row.regionId})
        WITH coalesce(park, region) AS place
        WHERE place IS NOT NULL
        MERGE (project)-[:IN]->(place)
      }
      CALL (project, row) {
        MATCH (chainLink:ChainLink {id: row.linkId})
        MERGE (project)-[:TARGETS]->(chainLink)
      }`,
  },
};

/**
 * The national division layer (national-regions.ts), merged by code: a unit whose code a region already carries is
 * that region (its id, names and place in the tree stay); a new unit's id is its code. A unit is put under its
 * parent only when it is part of none yet, so loading again, before or after other imports, changes nothing.
 */
export const NATIONAL_REGION_STATEMENTS = {
  nodes: `
    UNWIND $rows AS row
    OPTIONAL MATCH (held:Region {code: row.code})
    WITH row, held WHERE held IS NULL
    MERGE (region:Region {id: row.code})
    ON CREATE SET region.name = row.name, region.nameZh = row.nameZh, region.level = row.level, region.source = 'reference'
    SET region.code = row.code
    RETURN count(region) AS added`,
  relationships: `
    UNWIND $rows AS row
    MATCH (region:Region {code: row.code}), (parent:Region {code: row.parentCode})
    WHERE NOT EXISTS { (region)-[:PART_OF]->(:Region) }
    MERGE (region)-[:PART_OF]->(parent)
    RETURN count(region) AS placed`,
};

/** A removal's target, as the validator asks about it: whether it is stored, and an enterprise's projects. */
export const REMOVAL_TARGETS = `
  UNWIND $rows AS row
  CALL (row) {
    OPTIONAL MATCH (byId:Enterprise {id: row.id}) WHERE row.kind = 'enterprise'
    OPTIONAL MATCH (byCode:Enterprise {creditCode: row.creditCode}) WHERE row.kind = 'enterprise'
    RETURN coalesce(byId, byCode) AS firm
  }
  RETURN row.index AS index,
    CASE row.kind
      WHEN 'enterprise' THEN firm IS NOT NULL
      WHEN 'project' THEN EXISTS { (:Project {id: row.id}) }
      WHEN 'supply' THEN EXISTS { (:Enterprise {id: row.supplierId})-[:SUPPLIES {linkId: row.linkId}]->(:Enterprise {id: row.customerId}) }
      WHEN 'priority' THEN EXISTS { (:Region {id: row.regionId})-[:PRIORITIZES]->(:Chain {id: row.chainId}) }
    END AS found,
    firm.id AS enterpriseId,
    CASE WHEN firm IS NULL THEN [] ELSE [(project:Project)-[:BY]->(firm) | project.id] END AS projects`;

/**
 * Marks the data as changed: run in every import transaction, so each committed batch gives the dataset a revision
 * it never had before. Processes that keep values derived from the data (the recruitment subgraph's caches) key
 * them by this revision, and so never serve what an import has since changed.
 */
export const BUMP_DATASET_REVISION = `
  MERGE (dataset:DatasetRevision {id: 'dataset'})
  SET dataset.revision = randomUUID(), dataset.changedAt = datetime()`;

/**
 * An import marks the dataset as being written before its first batch and clears the mark after its last, so an
 * import that was killed midway leaves the mark: readiness and the API then say the data is incomplete until the
 * import is run again (which completes it: every statement is idempotent).
 */
export const IMPORT_STARTED = `
  MERGE (dataset:DatasetRevision {id: 'dataset'})
  SET dataset.importStartedAt = datetime(), dataset.importFile = $file`;

export const IMPORT_FINISHED = `
  MATCH (dataset:DatasetRevision {id: 'dataset'})
  REMOVE dataset.importStartedAt, dataset.importFile`;

/** Labels can't be parameters, so each kind has its own fixed query. */
const EXISTING_IDS: Record<EntityKind, string> = {
  Region: 'UNWIND $ids AS id MATCH (n:Region {id: id}) RETURN n.id AS id',
  Park: 'UNWIND $ids AS id MATCH (n:Park {id: id}) RETURN n.id AS id',
  Carrier: 'UNWIND $ids AS id MATCH (n:Carrier {id: id}) RETURN n.id AS id',
  Industry: 'UNWIND $ids AS id MATCH (n:Industry {id: id}) RETURN n.id AS id',
  Chain: 'UNWIND $ids AS id MATCH (n:Chain {id: id}) RETURN n.id AS id',
  ChainLink: 'UNWIND $ids AS id MATCH (n:ChainLink {id: id}) RETURN n.id AS id',
  Enterprise: 'UNWIND $ids AS id MATCH (n:Enterprise {id: id}) RETURN n.id AS id',
};

const PARK_REGIONS = `
  UNWIND $ids AS id
  MATCH (park:Park {id: id})-[:IN]->(region:Region)
  RETURN park.id AS parkId, region.id AS regionId`;

const CREDIT_CODE_HOLDERS = `
  UNWIND $codes AS code
  MATCH (enterprise:Enterprise {creditCode: code})
  RETURN code, enterprise.id AS enterpriseId`;

const REGION_TREE = `
  MATCH (region:Region)
  OPTIONAL MATCH (region)-[:PART_OF]->(parent:Region)
  RETURN region.id AS id, region.level AS level, parent.id AS parentId`;

const REGION_CODES = `
  MATCH (region:Region) WHERE region.code IS NOT NULL
  RETURN region.code AS code, region.id AS id`;

/** What tables may name regions, parks and links by. */
const NAMED_REGIONS = `
  MATCH (region:Region) OPTIONAL MATCH (region)-[:PART_OF]->(parent:Region)
  RETURN region.id AS id, region.name AS name, region.nameZh AS nameZh, parent.id AS parentId`;
const NAMED_PARKS = 'MATCH (park:Park) RETURN park.id AS id, park.name AS name, park.nameZh AS nameZh';
const NAMED_LINKS = 'MATCH (link:ChainLink) RETURN link.id AS id, link.name AS name, link.nameZh AS nameZh';

export function existingRecordsIn(driver: Driver): ExistingRecords & PrepareLookups {
  return {
    async removalTargets(rows) {
      return readRows<RemovalTarget>(driver, REMOVAL_TARGETS, { rows });
    },
    async places() {
      const [regions, parks, links] = await Promise.all([
        readRows<NamedPlace>(driver, NAMED_REGIONS),
        readRows<NamedPlace>(driver, NAMED_PARKS),
        readRows<NamedPlace>(driver, NAMED_LINKS),
      ]);
      return { regions, parks, links };
    },
    async regionCodes() {
      const rows = await readRows<{ code: string; id: string }>(driver, REGION_CODES);
      return new Map(rows.map((row) => [row.code, row.id]));
    },
    async existingIds(kind, ids) {
      const rows = await readRows<{ id: string }>(driver, EXISTING_IDS[kind], { ids });
      return new Set(rows.map((row) => row.id));
    },
    async parkRegions(ids) {
      const rows = await readRows<{ parkId: string; regionId: string }>(driver, PARK_REGIONS, { ids });
      return new Map(rows.map((row) => [row.parkId, row.regionId]));
    },
    async creditCodeHolders(codes) {
      const rows = await readRows<{ code: string; enterpriseId: string }>(driver, CREDIT_CODE_HOLDERS, { codes });
      return new Map(rows.map((row) => [row.code, row.enterpriseId]));
    },
    async regionTree() {
      const rows = await readRows<{ id: string; level: string; parentId: string | null }>(driver, REGION_TREE);
      return new Map(rows.map(({ id, level, parentId }) => [id, { level, parentId }]));
    },
  };
}

/** Node labels and relationship types of the model, for counting; counts by label come from the count store. */
export const NODE_LABELS = ['Region', 'Park', 'Carrier', 'Industry', 'Chain', 'ChainLink', 'Enterprise', 'Project'] as const;
export const RELATIONSHIP_TYPES = [
  'PART_OF',
  'IN',
  'OF_INDUSTRY',
  'FEEDS',
  'LOCATED_IN',
  'OPERATES_IN',
  'SUPPLIES',
  'PRIORITIZES',
  'BY',
  'TARGETS',
] as const;

export interface GraphCounts {
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
}

const COUNT_NODES = 'MATCH (n) RETURN count(n) AS count';
const COUNT_RELATIONSHIPS = 'MATCH ()-[r]->() RETURN count(r) AS count';
const COUNT_BY_LABEL = NODE_LABELS.map((label) => `MATCH (n:${label}) RETURN '${label}' AS key, count(n) AS count`).join(' UNION ALL ');
const COUNT_BY_TYPE = RELATIONSHIP_TYPES.map((type) => `MATCH ()-[r:${type}]->() RETURN '${type}' AS key, count(r) AS count`).join(
  ' UNION ALL ',
);

export async function graphCounts(driver: Driver): Promise<GraphCounts> {
  const [[nodes], [relationships], byLabel, byType] = await Promise.all([
    readRows<{ count: number }>(driver, COUNT_NODES),
    readRows<{ count: number }>(driver, COUNT_RELATIONSHIPS),
    readRows<{ key: string; count: number }>(driver, COUNT_BY_LABEL),
    readRows<{ key: string; count: number }>(driver, COUNT_BY_TYPE),
  ]);
  return {
    nodes: nodes!.count,
    relationships: relationships!.count,
    byLabel: Object.fromEntries(byLabel.map((row) => [row.key, row.count])),
    byType: Object.fromEntries(byType.map((row) => [row.key, row.count])),
  };
}

/**
 * What a dry run compares each record with (dry-run.ts): the stored node's properties, its place and the related ids
 * a record of its section carries. Labels can't be parameters, so each section has its own query.
 */
export const STORED_STATE: Partial<Record<SectionName, string>> = {
  regions: `
    UNWIND $ids AS id MATCH (n:Region {id: id})
    RETURN n.id AS id, properties(n) AS properties, [(n)-[:PART_OF]->(parent:Region) | parent.id][0] AS placeId, [] AS related`,
  parks: `
    UNWIND $ids AS id MATCH (n:Park {id: id})
    RETURN n.id AS id, properties(n) AS properties, [(n)-[:IN]->(region:Region) | region.id][0] AS placeId, [] AS related`,
  carriers: `
    UNWIND $ids AS id MATCH (n:Carrier {id: id})
    RETURN n.id AS id, properties(n) AS properties, [(n)-[:IN]->(park:Park) | park.id][0] AS placeId, [] AS related`,
  industries: `
    UNWIND $ids AS id MATCH (n:Industry {id: id})
    RETURN n.id AS id, properties(n) AS properties, null AS placeId, [] AS related`,
  chains: `
    UNWIND $ids AS id MATCH (n:Chain {id: id})
    RETURN n.id AS id, properties(n) AS properties, null AS placeId,
           [(link:ChainLink)-[:PART_OF]->(n) | link.id] +
           COLLECT { MATCH (from:ChainLink)-[:PART_OF]->(n), (from)-[:FEEDS]->(to:ChainLink) RETURN from.id + '>' + to.id } AS related`,
  enterprises: `
    UNWIND $ids AS id MATCH (n:Enterprise {id: id})
    RETURN n.id AS id, properties(n) AS properties, [(n)-[:LOCATED_IN]->(place) | place.id][0] AS placeId,
           [(n)-[o:OPERATES_IN]->(link:ChainLink) WHERE coalesce(o.basis, 'DECLARED') = 'DECLARED' | link.id] AS related`,
  projects: `
    UNWIND $ids AS id MATCH (n:Project {id: id})
    RETURN n.id AS id, properties(n) AS properties, [(n)-[:IN]->(place) | place.id][0] AS placeId, [] AS related`,
};

export const STORED_SUPPLIES = `
  UNWIND $rows AS row
  OPTIONAL MATCH (:Enterprise {id: row.supplierId})-[supply:SUPPLIES {linkId: row.linkId}]->(:Enterprise {id: row.customerId})
  RETURN row.index AS index, supply IS NOT NULL AS exists, supply.annualValue AS value`;

export const STORED_PRIORITIES = `
  UNWIND $rows AS row
  RETURN row.index AS index, EXISTS { (:Region {id: row.regionId})-[:PRIORITIZES]->(:Chain {id: row.chainId}) } AS exists, null AS value`;
