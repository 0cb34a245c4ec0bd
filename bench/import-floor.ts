import type { Driver } from 'neo4j-driver';
import { readDatasetItems } from '../src/dataset/read.js';

/**
 * The floor of an import: the same rows, in the same batches, sent by the plainest Cypher — CREATE instead of MERGE,
 * no validation, no removal of stale relationships, one pass over the file (sections come in dependency order in a
 * generated file). What our import costs on top of this is the price of its guarantees.
 */
const FLOOR_STATEMENTS: Record<string, string[]> = {
  regions: [
    `UNWIND $rows AS row CREATE (:Region {id: row.id, name: row.name, nameZh: row.nameZh, level: row.level, source: row.source})`,
    `UNWIND $rows AS row MATCH (region:Region {id: row.id}), (parent:Region {id: row.parentId}) CREATE (region)-[:PART_OF]->(parent)`,
  ],
  parks: [
    `UNWIND $rows AS row MATCH (region:Region {id: row.regionId})
     CREATE (:Park {id: row.id, name: row.name, nameZh: row.nameZh, kind: row.kind, source: row.source})-[:IN]->(region)`,
  ],
  industries: [`UNWIND $rows AS row CREATE (:Industry {id: row.id, name: row.name, nameZh: row.nameZh, code: row.code})`],
  chains: [
    `UNWIND $rows AS row MATCH (industry:Industry {id: row.industryId})
     CREATE (chain:Chain {id: row.id, name: row.name, nameZh: row.nameZh})-[:OF_INDUSTRY]->(industry)
     WITH chain, row UNWIND row.links AS link
     CREATE (:ChainLink {id: link.id, name: link.name, nameZh: link.nameZh, stage: link.stage})-[:PART_OF]->(chain)`,
    `UNWIND $rows AS row UNWIND row.feeds AS feed
     MATCH (from:ChainLink {id: feed.from}), (to:ChainLink {id: feed.to}) CREATE (from)-[:FEEDS]->(to)`,
  ],
  enterprises: [
    `UNWIND $rows AS row
     OPTIONAL MATCH (park:Park {id: row.parkId})
     OPTIONAL MATCH (region:Region {id: row.regionId})
     WITH row, coalesce(park, region) AS place
     CREATE (firm:Enterprise {id: row.id, name: row.name, nameZh: row.nameZh, creditCode: row.creditCode, revenue: row.revenue,
       employees: row.employees, leading: row.leading, listed: row.listed, source: row.source})-[:LOCATED_IN]->(place)
     WITH firm, row UNWIND row.linkIds AS linkId
     MATCH (link:ChainLink {id: linkId}) CREATE (firm)-[:OPERATES_IN]->(link)`,
  ],
  supplies: [
    `UNWIND $rows AS row MATCH (supplier:Enterprise {id: row.supplierId}), (customer:Enterprise {id: row.customerId})
     CREATE (supplier)-[:SUPPLIES {linkId: row.linkId, annualValue: row.annualValue}]->(customer)`,
  ],
  priorities: [
    `UNWIND $rows AS row MATCH (region:Region {id: row.regionId}), (chain:Chain {id: row.chainId}) CREATE (region)-[:PRIORITIZES]->(chain)`,
  ],
};

export async function importFloor(driver: Driver, file: string, batchSize: number): Promise<void> {
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  let section = '';
  let rows: unknown[] = [];
  const flush = async () => {
    for (const statement of FLOOR_STATEMENTS[section] ?? []) await session.executeWrite((tx) => tx.run(statement, { rows }));
    rows = [];
  };
  try {
    for await (const item of readDatasetItems(file)) {
      if (item.kind === 'section') {
        if (rows.length > 0) await flush();
        section = item.section;
        continue;
      }
      rows.push(item.value);
      if (rows.length >= batchSize) await flush();
    }
    if (rows.length > 0) await flush();
  } finally {
    await session.close();
  }
}
