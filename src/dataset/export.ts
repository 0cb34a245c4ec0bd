/**
 * `npm run export`: the graph (or one region's part of it) written back as a dataset file that imports to the same
 * graph. Declared chain links are written as `linkIds`; links placed by rule are not, as the import places them again
 * from the firm's data and the chains' rules, which the file carries. Streamed: each section is read and written a
 * record at a time.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Driver } from 'neo4j-driver';
import { firmAtOrUnder, projectAtOrUnder, regionAtOrUnder } from '../neo4j/cypher-fragments.js';
import { readRows, streamRows } from '../neo4j/driver.js';
import { toJsonValue } from '../neo4j/values.js';
import type { SectionName } from './types.js';

/** For a region's export: its region, what lies under it, and the firms located there or recruited by its projects. */
const REGION_SCOPE = `
  MATCH (root:Region {id: $regionId})
  CALL (root) {
    MATCH (region:Region) WHERE EXISTS { ${regionAtOrUnder('region', 'root')} }
    RETURN collect(region.id) AS subtree
  }
  CALL (root) {
    MATCH (firm:Enterprise) WHERE EXISTS { ${firmAtOrUnder('firm', 'root')} }
    RETURN collect(firm.id) AS localFirms
  }
  CALL (root) {
    MATCH (project:Project)-[:BY]->(firm:Enterprise) WHERE EXISTS { ${projectAtOrUnder('project', 'root')} }
    RETURN collect(project.id) AS projects, collect(DISTINCT firm.id) AS recruitedFirms
  }
  RETURN subtree, localFirms + [id IN recruitedFirms WHERE NOT id IN localFirms] AS firms, projects`;

/** The regions the exported firms are located in, and every region above any exported region (so parents resolve). */
const REGIONS_AROUND = `
  CALL () {
    UNWIND $firms AS firmId
    MATCH (:Enterprise {id: firmId})-[:LOCATED_IN]->(place)
    OPTIONAL MATCH (place)-[:IN]->(parkRegion:Region)
    RETURN collect(DISTINCT coalesce(parkRegion.id, place.id)) AS placed
  }
  UNWIND $regions + placed AS regionId
  MATCH (:Region {id: regionId})-[:PART_OF]->{0,3}(above:Region)
  RETURN collect(DISTINCT above.id) AS regions`;

/** Each section's records; `$regions`, `$firms`, `$projects` are null for the whole graph. */
const SECTION_QUERIES: Record<Exclude<SectionName, 'remove'>, string> = {
  regions: `
    MATCH (region:Region) WHERE $regions IS NULL OR region.id IN $regions
    OPTIONAL MATCH (region)-[:PART_OF]->(parent:Region)
    RETURN region { .id, .name, .nameZh, .level, .code, .source, parentId: parent.id } AS record ORDER BY region.id`,
  parks: `
    MATCH (park:Park)-[:IN]->(region:Region) WHERE $regions IS NULL OR region.id IN $regions
    RETURN park { .id, .name, .nameZh, .kind, .source, regionId: region.id } AS record ORDER BY park.id`,
  carriers: `
    MATCH (carrier:Carrier)-[:IN]->(park:Park)-[:IN]->(region:Region) WHERE $regions IS NULL OR region.id IN $regions
    RETURN carrier { .id, .name, .nameZh, .kind, .areaM2, availableFrom: toString(carrier.availableFrom), .status, .powerKva,
                     .floorLoadKgPerM2, .rentYuanPerM2Month, .source, parkId: park.id } AS record ORDER BY carrier.id`,
  industries: `
    MATCH (industry:Industry) RETURN industry { .id, .name, .nameZh, .code, .source } AS record ORDER BY industry.id`,
  chains: `
    MATCH (chain:Chain)-[:OF_INDUSTRY]->(industry:Industry)
    RETURN chain {
      .id, .name, .nameZh, .source, industryId: industry.id,
      links: COLLECT {
        MATCH (link:ChainLink)-[:PART_OF]->(chain)
        RETURN link { .id, .name, .nameZh, .stage, .source, .industryCodes, .keywords, .excludedKeywords } ORDER BY link.id
      },
      feeds: COLLECT {
        MATCH (from:ChainLink)-[:PART_OF]->(chain), (from)-[:FEEDS]->(to:ChainLink)
        RETURN {from: from.id, to: to.id} ORDER BY from.id, to.id
      }
    } AS record ORDER BY chain.id`,
  enterprises: `
    MATCH (enterprise:Enterprise) WHERE $firms IS NULL OR enterprise.id IN $firms
    OPTIONAL MATCH (enterprise)-[:LOCATED_IN]->(place)
    RETURN enterprise {
      .*,
      parkId: CASE WHEN place:Park THEN place.id END,
      regionId: CASE WHEN place:Region THEN place.id END,
      linkIds: [(enterprise)-[operates:OPERATES_IN]->(link:ChainLink)
                WHERE coalesce(operates.basis, 'DECLARED') = 'DECLARED' | link.id]
    } AS record ORDER BY enterprise.id`,
  supplies: `
    MATCH (supplier:Enterprise)-[supply:SUPPLIES]->(customer:Enterprise)
    WHERE $firms IS NULL OR (supplier.id IN $firms AND customer.id IN $firms)
    RETURN {supplierId: supplier.id, customerId: customer.id, linkId: supply.linkId, annualValue: supply.annualValue} AS record
    ORDER BY supplier.id, customer.id, supply.linkId`,
  priorities: `
    MATCH (region:Region)-[:PRIORITIZES]->(chain:Chain) WHERE $regions IS NULL OR region.id IN $regions
    RETURN {regionId: region.id, chainId: chain.id} AS record ORDER BY region.id, chain.id`,
  projects: `
    MATCH (project:Project)-[:BY]->(enterprise:Enterprise) WHERE $projects IS NULL OR project.id IN $projects
    OPTIONAL MATCH (project)-[:IN]->(place)
    OPTIONAL MATCH (project)-[:TARGETS]->(link:ChainLink)
    RETURN project {
      .id, .name, .investment, .status, enterpriseId: enterprise.id, linkId: link.id,
      parkId: CASE WHEN place:Park THEN place.id END,
      regionId: CASE WHEN place:Region THEN place.id END
    } AS record ORDER BY project.id`,
};

/** Each section streams in one query; a national graph's firms take minutes to write, not the 15 s of a request. */
const EXPORT_TIMEOUT_MS = 10 * 60_000;

/** Properties the graph keeps for itself: the import sets them. */
const INTERNAL_PROPERTIES = new Set(['version', 'createdAt', 'updatedAt']);

/** A record as the dataset format writes it: no nulls (a field is given or left out), no internal properties. */
function datasetRecord(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).filter(([key, field]) => field !== null && field !== undefined && !INTERNAL_PROPERTIES.has(key)),
  );
}

/** The registered capital a node keeps as two properties, as the dataset format gives it: one field. */
function nestCapital(record: Record<string, unknown>): void {
  const { registeredCapitalAmount: amount, registeredCapitalCurrency: currency } = record;
  delete record.registeredCapitalAmount;
  delete record.registeredCapitalCurrency;
  if (amount !== undefined) record.registeredCapital = { amount, currency };
}

export interface ExportResult {
  counts: Partial<Record<SectionName, number>>;
  elapsedMs: number;
}

export class UnknownRegionError extends Error {}

/** Writes the dataset file `out`: every record, or `regionId`'s subtree with its firms, supplies and projects. */
export async function exportDataset(driver: Driver, out: string, regionId?: string): Promise<ExportResult> {
  const started = Date.now();
  let scope: { regions: string[] | null; firms: string[] | null; projects: string[] | null } = {
    regions: null,
    firms: null,
    projects: null,
  };
  if (regionId !== undefined) {
    const [found] = await readRows<{ subtree: string[]; firms: string[]; projects: string[] }>(driver, REGION_SCOPE, { regionId });
    if (!found)
      throw new UnknownRegionError(
        `There is no region '${regionId}'; give a region id (npm run seed -- --regions national loads them all).`,
      );
    const [around] = await readRows<{ regions: string[] }>(driver, REGIONS_AROUND, { regions: found.subtree, firms: found.firms });
    scope = { regions: around!.regions, firms: found.firms, projects: found.projects };
  }

  const file = createWriteStream(out);
  const write = async (text: string) => {
    if (!file.write(text)) await once(file, 'drain');
  };
  const counts: ExportResult['counts'] = {};
  try {
    await write('{');
    for (const [i, [section, query]] of Object.entries(SECTION_QUERIES).entries()) {
      await write(`${i === 0 ? '' : ','}\n${JSON.stringify(section)}: [`);
      let n = 0;
      for await (const row of streamRows<{ record: unknown }>(driver, query, scope, {
        timeoutMs: EXPORT_TIMEOUT_MS,
        metadata: { task: 'export', query: section },
      })) {
        const record = datasetRecord(toJsonValue(row.record) as Record<string, unknown>);
        if (section === 'chains') record.links = (record.links as Record<string, unknown>[]).map(datasetRecord);
        if (section === 'enterprises') nestCapital(record);
        await write(`${n === 0 ? '' : ','}\n  ${JSON.stringify(record)}`);
        n += 1;
      }
      counts[section as SectionName] = n;
      await write('\n]');
    }
    await write('\n}\n');
  } finally {
    file.end();
    await once(file, 'close');
  }
  return { counts, elapsedMs: Date.now() - started };
}
