/**
 * An admin edits a chain (editChain): in one transaction that holds the chain, the version is checked, the changes are
 * applied and checked (src/domain/chain-editing.ts), the chain is written with a new version and an event saying who
 * changed what; then 挂链 runs again for every firm placed by rule (declared links stay), and the completeness of
 * every region leading the chain is recorded where it changed. Each write gives the dataset a new revision, so the
 * analyses kept by the services are fresh at once.
 */
import type { Driver } from 'neo4j-driver';
import { applyChainChanges, type ChainChange, type ChainChanges, type EditableChain } from '../domain/chain-editing.js';
import { industryCodeRuleProblem } from '../industry-classification/index.js';
import { recordCompleteness } from '../history/completeness-history.js';
import { cypherInteger, inWriteTransaction, type RunQuery } from '../neo4j/driver.js';
import { assignEveryFirmByRule, type AssignmentTally } from './rule-assignment.js';
import { BUMP_DATASET_REVISION } from './repository.js';

/** Holds the chain for the rest of the transaction (a write takes its lock) and reads it as it stands. */
export const HOLD_CHAIN = `
  MATCH (chain:Chain {id: $chainId})
  SET chain.version = coalesce(chain.version, 1)
  RETURN chain.version AS version,
         COLLECT {
           MATCH (link:ChainLink)-[:PART_OF]->(chain)
           RETURN link { .id, .name, .nameZh, .stage, industryCodes: coalesce(link.industryCodes, []),
                         keywords: coalesce(link.keywords, []), excludedKeywords: coalesce(link.excludedKeywords, []) }
           ORDER BY link.id
         } AS links,
         COLLECT {
           MATCH (from:ChainLink)-[:PART_OF]->(chain), (from)-[:FEEDS]->(to:ChainLink)
           RETURN {from: from.id, to: to.id} ORDER BY from.id, to.id
         } AS feeds`;

/** What stands in the way of the edit in the rest of the graph: new link ids taken elsewhere, removed links in use. */
export const EDIT_OBSTACLES = `
  RETURN COLLECT { MATCH (link:ChainLink) WHERE link.id IN $addedLinkIds RETURN link.id } AS takenLinkIds,
         COLLECT {
           UNWIND $removedLinkIds AS linkId
           WITH linkId, COUNT { (:Project)-[:TARGETS]->(:ChainLink {id: linkId}) } AS projects,
                COUNT { ()-[supply:SUPPLIES]->() WHERE supply.linkId = linkId } AS supplies
           WHERE projects > 0 OR supplies > 0
           RETURN {linkId: linkId, projects: projects, supplies: supplies}
         } AS linksInUse`;

export const WRITE_CHAIN = `
  MATCH (chain:Chain {id: $chainId})
  SET chain.version = $version
  WITH chain
  CALL (chain) {
    MATCH (link:ChainLink)-[:PART_OF]->(chain) WHERE link.id IN $removedLinkIds
    DETACH DELETE link
  }
  CALL (chain) {
    UNWIND $links AS row
    MERGE (link:ChainLink {id: row.id})
    ON CREATE SET link.source = 'user'
    SET link.name = row.name, link.nameZh = row.nameZh, link.stage = row.stage, link.industryCodes = row.industryCodes,
        link.keywords = row.keywords, link.excludedKeywords = row.excludedKeywords
    MERGE (link)-[:PART_OF]->(chain)
  }
  CALL (chain) {
    MATCH (from:ChainLink)-[:PART_OF]->(chain), (from)-[feed:FEEDS]->(to:ChainLink)
    WHERE NOT {from: from.id, to: to.id} IN $feeds
    DELETE feed
  }
  CALL (chain) {
    UNWIND $feeds AS row
    MATCH (from:ChainLink {id: row.from}), (to:ChainLink {id: row.to})
    MERGE (from)-[:FEEDS]->(to)
  }
  CREATE (chain)-[:HAS_EVENT]->(:ChainEvent {
    version: $version, at: datetime(), by: $by, kind: 'EDITED', note: null, changes: $changes
  })
  RETURN [(region:Region)-[:PRIORITIZES]->(chain) | region.id] AS leadingRegionIds`;

export interface ChainEdit {
  chainId: string;
  expectedVersion: number;
  changes: ChainChanges;
  /** Who edits, as the chain's history names them. */
  by: string;
}

export type ChainEditOutcome =
  | { kind: 'edited'; version: number; changes: ChainChange[]; assignment: AssignmentTally }
  | { kind: 'missing' }
  | { kind: 'conflict'; currentVersion: number }
  | { kind: 'refused'; problems: string[] };

type Written = { kind: 'written'; version: number; changes: ChainChange[]; leadingRegionIds: string[] };

export async function editChain(driver: Driver, edit: ChainEdit): Promise<ChainEditOutcome> {
  const outcome = await inWriteTransaction(driver, (run) => writeEdit(run, edit), { metadata: { task: 'edit-chain' } });
  if (outcome.kind !== 'written') return outcome;
  const assignment = await assignEveryFirmByRule(driver);
  if (outcome.leadingRegionIds.length > 0) {
    await inWriteTransaction(driver, (run) =>
      recordCompleteness(run, outcome.leadingRegionIds, `chain:${edit.chainId}@${outcome.version}`),
    );
  }
  return { kind: 'edited', version: outcome.version, changes: outcome.changes, assignment };
}

async function writeEdit(
  run: RunQuery,
  { chainId, expectedVersion, changes, by }: ChainEdit,
): Promise<Written | Exclude<ChainEditOutcome, { kind: 'edited' }>> {
  const [stored] = await run<{ version: number } & Omit<EditableChain, 'id'>>(HOLD_CHAIN, { chainId });
  if (!stored) return { kind: 'missing' };
  if (stored.version !== expectedVersion) return { kind: 'conflict', currentVersion: stored.version };
  const result = applyChainChanges({ id: chainId, links: stored.links, feeds: stored.feeds }, changes, industryCodeRuleProblem);
  if (result.kind === 'refused') return result;
  const kept = new Set(result.chain.links.map((link) => link.id));
  const removedLinkIds = stored.links.map((link) => link.id).filter((id) => !kept.has(id));
  const addedLinkIds = (changes.addLinks ?? []).map((link) => link.id);
  const [obstacles] = await run<{ takenLinkIds: string[]; linksInUse: { linkId: string; projects: number; supplies: number }[] }>(
    EDIT_OBSTACLES,
    { addedLinkIds, removedLinkIds },
  );
  const problems = [
    ...obstacles!.takenLinkIds.map((id) => `addLinks: '${id}' is the id of a link of another chain; choose another id`),
    ...obstacles!.linksInUse.map(
      ({ linkId, projects, supplies }) =>
        `removeLinkIds: link '${linkId}' is named by ${projects} project(s) and ${supplies} supply record(s); move or remove them first`,
    ),
  ];
  if (problems.length > 0) return { kind: 'refused', problems };
  const version = stored.version + 1;
  const [written] = await run<{ leadingRegionIds: string[] }>(WRITE_CHAIN, {
    chainId,
    version: cypherInteger(version),
    removedLinkIds,
    links: result.chain.links,
    feeds: result.chain.feeds,
    by,
    changes: JSON.stringify(result.changes),
  });
  await run(BUMP_DATASET_REVISION);
  return { kind: 'written', version, changes: result.changes, leadingRegionIds: written!.leadingRegionIds };
}
