/**
 * 挂链 by rule, written to the graph: the link rules as stored, and the firms without declared links assigned by them
 * (src/domain/link-assignment.ts), a batch of firms per transaction. An import runs it for its firms, or for every
 * firm when it brought chains; an edit of a chain for every firm.
 */
import type { Driver } from 'neo4j-driver';
import { assignLinks, type LinkRule, type RegisteredFirm } from '../domain/link-assignment.js';
import { cypherInteger, inWriteTransaction, readRows } from '../neo4j/driver.js';
import { BUMP_DATASET_REVISION } from './repository.js';

export interface AssignmentTally {
  firms: number;
  byIndustryCode: number;
  byKeyword: number;
  unassigned: number;
}

/** Firms per batch, as the import's writes. */
export const ASSIGNMENT_BATCH_SIZE = 5_000;
const BATCH_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * 挂链 by rule (src/domain/link-assignment.ts), after the nodes and relationships of an import: the rules of every
 * link, then, per batch of firms, what the rules need of each firm and whether it declares links of its own.
 */
export const LINK_RULES = `
  MATCH (link:ChainLink)
  WHERE size(coalesce(link.industryCodes, [])) > 0 OR size(coalesce(link.keywords, [])) > 0
  RETURN link.id AS linkId, coalesce(link.industryCodes, []) AS industryCodes, coalesce(link.keywords, []) AS keywords,
         coalesce(link.excludedKeywords, []) AS excludedKeywords
  ORDER BY link.id`;

export const FIRMS_TO_ASSIGN = `
  UNWIND $ids AS id
  MATCH (enterprise:Enterprise {id: id})
  WHERE NOT EXISTS { (enterprise)-[:OPERATES_IN {basis: 'DECLARED'}]->() }
    AND NOT EXISTS { (enterprise)-[operates:OPERATES_IN]->() WHERE operates.basis IS NULL }
  RETURN enterprise.id AS id, enterprise.industryCode AS industryCode, enterprise.businessScope AS businessScope,
         enterprise.mainProducts AS mainProducts`;

/** Every firm's id, a page at a time: when an import changes the link rules, every firm is assigned again. */
export const ENTERPRISE_IDS_PAGE = `
  MATCH (enterprise:Enterprise) WHERE $after IS NULL OR enterprise.id > $after
  RETURN enterprise.id AS id ORDER BY enterprise.id LIMIT $first`;

/** Replaces a firm's rule-based links with those the rules give now; declared links are never touched. */
export const WRITE_RULE_ASSIGNMENTS = `
  UNWIND $rows AS row
  MATCH (enterprise:Enterprise {id: row.id})
  CALL (enterprise) {
    MATCH (enterprise)-[old:OPERATES_IN]->()
    WHERE old.basis IN ['INDUSTRY_CODE', 'KEYWORD']
    DELETE old
  }
  CALL (enterprise, row) {
    UNWIND row.assignments AS assignment
    MATCH (chainLink:ChainLink {id: assignment.linkId})
    MERGE (enterprise)-[operates:OPERATES_IN]->(chainLink)
    SET operates.basis = assignment.basis, operates.evidence = assignment.evidence,
        operates.matched = assignment.matched, operates.matchedAgainst = assignment.matchedAgainst
  }`;

/** 挂链 again for every firm that declares no links, a page of firms at a time: the link rules have changed. */
export async function assignEveryFirmByRule(driver: Driver): Promise<AssignmentTally> {
  const { assign, tally } = await ruleAssigner(driver);
  for (let after: string | null = null; ;) {
    const page: { id: string }[] = await readRows<{ id: string }>(driver, ENTERPRISE_IDS_PAGE, {
      after,
      first: cypherInteger(ASSIGNMENT_BATCH_SIZE),
    });
    if (page.length === 0) return tally;
    await assign(page.map((row) => row.id));
    after = page.at(-1)!.id;
  }
}

/** Assigns batches of firms by the link rules as they are stored now, one transaction per batch, counting as it goes. */
export async function ruleAssigner(driver: Driver) {
  const rules = await readRows<LinkRule>(driver, LINK_RULES);
  const tally: AssignmentTally = { firms: 0, byIndustryCode: 0, byKeyword: 0, unassigned: 0 };
  const config = { timeoutMs: BATCH_TIMEOUT_MS, metadata: { task: 'import-link-rules' } };
  const assign = async (ids: string[]) => {
    const firms = await readRows<{ id: string } & RegisteredFirm>(driver, FIRMS_TO_ASSIGN, { ids });
    const rows = firms.map((firm) => ({ id: firm.id, assignments: assignLinks(firm, rules) }));
    for (const { assignments } of rows) {
      tally.firms += 1;
      if (assignments.length === 0) tally.unassigned += 1;
      for (const { basis } of assignments) {
        if (basis === 'INDUSTRY_CODE') tally.byIndustryCode += 1;
        else tally.byKeyword += 1;
      }
    }
    if (rows.length === 0) return;
    await inWriteTransaction(
      driver,
      async (run) => {
        await run(WRITE_RULE_ASSIGNMENTS, { rows });
        await run(BUMP_DATASET_REVISION);
      },
      config,
    );
  };
  return { assign, tally };
}
