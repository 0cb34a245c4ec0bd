/**
 * `--dry-run`: what an import would change, read from the database and computed, with nothing written. Runs on the
 * prepared, validated file (import.ts): per section new / updated / unchanged / removed records, and the links each 挂链 rule
 * would give the firms that declare none.
 */
import type { Driver } from 'neo4j-driver';
import { assignLinks, type LinkRule, type RegisteredFirm } from '../domain/link-assignment.js';
import { readRows } from '../neo4j/driver.js';
import { recordChange, relationshipChange, type RecordChange, type StoredState } from './dry-run.js';
import { forEachRecord } from './read.js';
import { STORED_PRIORITIES, STORED_STATE, STORED_SUPPLIES } from './repository.js';
import { LINK_RULES } from './rule-assignment.js';
import { SECTIONS, type SectionName } from './types.js';

export type ChangeCounts = Record<RecordChange | 'removed', number>;

/** The section whose records a removal of each kind removes. */
const REMOVED_SECTION: Record<string, SectionName> = {
  enterprise: 'enterprises',
  project: 'projects',
  supply: 'supplies',
  priority: 'priorities',
};

export interface ImportPreview {
  changes: Partial<Record<SectionName, ChangeCounts>>;
  assignment: {
    /** Firms the rules would be run for (those that declare no links). */
    firms: number;
    byIndustryCode: number;
    byKeyword: number;
    /** Per link: how many firms each basis would put there. */
    byLink: Record<string, { INDUSTRY_CODE: number; KEYWORD: number }>;
    /** Firms no rule would put in any link: how many, and the first names. */
    unassigned: number;
    unassignedNames: string[];
  };
}

const BATCH = 5_000;
const MAX_NAMED = 20;
type Fields = Record<string, unknown>;

/** The rules of the links stored, overridden by those of the links the file brings. */
async function rulesAfterImport(driver: Driver, file: string): Promise<LinkRule[]> {
  const rules = new Map((await readRows<LinkRule>(driver, LINK_RULES)).map((rule) => [rule.linkId, rule]));
  await forEachRecord(file, ['chains'], ({ value }) => {
    for (const link of ((value as Fields).links as Fields[]) ?? []) {
      const stored = rules.get(link.id as string);
      rules.set(link.id as string, {
        linkId: link.id as string,
        industryCodes: (link.industryCodes as string[] | undefined) ?? stored?.industryCodes ?? [],
        keywords: (link.keywords as string[] | undefined) ?? stored?.keywords ?? [],
        excludedKeywords: (link.excludedKeywords as string[] | undefined) ?? stored?.excludedKeywords ?? [],
      });
    }
  });
  return [...rules.values()].filter((rule) => rule.industryCodes.length > 0 || rule.keywords.length > 0);
}

export async function previewImport(driver: Driver, file: string): Promise<ImportPreview> {
  const rules = await rulesAfterImport(driver, file);
  const preview: ImportPreview = {
    changes: {},
    assignment: { firms: 0, byIndustryCode: 0, byKeyword: 0, byLink: {}, unassigned: 0, unassignedNames: [] },
  };
  const count = (section: SectionName, change: RecordChange | 'removed') => {
    const counts = (preview.changes[section] ??= { new: 0, updated: 0, unchanged: 0, removed: 0 });
    counts[change] += 1;
  };
  const previewAssignment = (firm: Fields, stored: StoredState | undefined) => {
    if (firm.linkIds !== undefined || (stored?.related?.length ?? 0) > 0) return; // declared links: no rule runs
    const merged: RegisteredFirm = { ...(stored?.properties as RegisteredFirm | undefined), ...(firm as RegisteredFirm) };
    const assignments = assignLinks(merged, rules);
    const tally = preview.assignment;
    tally.firms += 1;
    if (assignments.length === 0) {
      tally.unassigned += 1;
      if (tally.unassignedNames.length < MAX_NAMED)
        tally.unassignedNames.push(String(firm.nameZh ?? firm.name ?? stored?.properties.name ?? firm.id));
    }
    for (const { linkId, basis } of assignments) {
      const link = (tally.byLink[linkId] ??= { INDUSTRY_CODE: 0, KEYWORD: 0 });
      link[basis] += 1;
      if (basis === 'INDUSTRY_CODE') tally.byIndustryCode += 1;
      else tally.byKeyword += 1;
    }
  };

  for (const section of SECTIONS) {
    let batch: Fields[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const records = batch;
      batch = [];
      // Validation has made sure each removal names something stored.
      if (section === 'remove') return records.forEach((removal) => count(REMOVED_SECTION[removal.kind as string]!, 'removed'));
      if (section === 'supplies' || section === 'priorities') {
        const rows = records.map((record, index) => ({ ...record, index }));
        const stored = await readRows<{ index: number; exists: boolean; value: unknown }>(
          driver,
          section === 'supplies' ? STORED_SUPPLIES : STORED_PRIORITIES,
          { rows },
        );
        for (const row of stored) count(section, relationshipChange(row.value, row.exists, records[row.index]!.annualValue ?? null));
        return;
      }
      const stored = await readRows<StoredState & { id: string }>(driver, STORED_STATE[section]!, { ids: records.map((r) => r.id) });
      const byId = new Map(stored.map((state) => [state.id, state]));
      for (const record of records) {
        const state = byId.get(record.id as string);
        count(section, recordChange(section, record, state));
        if (section === 'enterprises') previewAssignment(record, state);
      }
    };
    await forEachRecord(file, [section], async ({ value }) => {
      batch.push(value as Fields);
      if (batch.length >= BATCH) await flush();
    });
    await flush();
  }
  return preview;
}
