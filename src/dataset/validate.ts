import { creditCodeProblem } from '../domain/credit-code.js';
import type { RegistrationStatus } from '../domain/registration-status.js';
import { industryClass, industryCodeRuleProblem } from '../industry-classification/index.js';
import { findCycle } from './cycles.js';
import { HashedKeySet } from './hashed-key-set.js';
import { DatasetFormatError, forEachRecord, readDatasetItems, type DatasetItem, type DatasetRecord } from './read.js';
import { RecordSchemaChecker, isSectionName, type DatasetProblem } from './schema-check.js';
import { SECTIONS, type SectionName } from './types.js';

export type { DatasetProblem } from './schema-check.js';

export type EntityKind = 'Region' | 'Park' | 'Carrier' | 'Industry' | 'Chain' | 'ChainLink' | 'Enterprise';

/** What a file may refer to without defining it: the records already in the database. */
export interface ExistingRecords {
  /** For each removal (by its index), whether its target is stored, and a removed enterprise's id and projects. */
  removalTargets(rows: (RemovalRow & { index: number })[]): Promise<RemovalTarget[]>;
  /** The ids among `ids` that exist in the database as `kind`. */
  existingIds(kind: EntityKind, ids: string[]): Promise<Set<string>>;
  /** The region of each of these parks that exists in the database. */
  parkRegions(parkIds: string[]): Promise<Map<string, string>>;
  /** For each of these codes held by an enterprise in the database, that enterprise's id. */
  creditCodeHolders(codes: string[]): Promise<Map<string, string>>;
  /** Every region in the database with its level and parent: the tree a file's regions join. */
  regionTree(): Promise<Map<string, RegionPlace>>;
}

export type RemovalRow = Record<string, unknown> & { kind: string };

export interface RemovalTarget {
  index: number;
  found: boolean;
  enterpriseId: string | null;
  projects: string[];
}

export interface RegionPlace {
  level: string;
  parentId: string | null;
}

export const NO_EXISTING_RECORDS: ExistingRecords = {
  removalTargets: async (rows) => rows.map(({ index }) => ({ index, found: false, enterpriseId: null, projects: [] })),
  existingIds: async () => new Set(),
  parkRegions: async () => new Map(),
  creditCodeHolders: async () => new Map(),
  regionTree: async () => new Map(),
};

export interface ValidationReport {
  valid: boolean;
  /** The first problems found, in file order within each check; `problemCount` counts them all. */
  problems: DatasetProblem[];
  problemCount: number;
  /** Records per section. */
  counts: Record<SectionName, number>;
  /** Enterprise records per registration status they carry; `unstated` for those that carry none. */
  registrationStatuses: Partial<Record<RegistrationStatus | 'unstated', number>>;
}

const MAX_REPORTED_PROBLEMS = 200;
/** A problem quotes the file (ids, field names); a quote is cut here, so a 50 MB key is not echoed back. */
const MAX_PROBLEM_TEXT = 300;
const shortened = (text: string) =>
  text.length <= MAX_PROBLEM_TEXT ? text : `${text.slice(0, MAX_PROBLEM_TEXT)}… (${text.length - MAX_PROBLEM_TEXT} more characters)`;
const SECTION_KIND: Partial<Record<SectionName, EntityKind>> = {
  regions: 'Region',
  parks: 'Park',
  carriers: 'Carrier',
  industries: 'Industry',
  chains: 'Chain',
  enterprises: 'Enterprise',
};

type Fields = Record<string, unknown>;
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The sections whose records refer to others: what the second pass reads. */
const REFERRING_SECTIONS = ['regions', 'parks', 'carriers', 'chains', 'enterprises', 'supplies', 'priorities', 'projects'] as const;

/**
 * Checks a dataset file against the schema and every rule of docs/dataset.md without writing anything.
 * Reads the file twice as a stream — sections may come in any order, so every id it defines is known only after a
 * first pass — then resolves every reference, asking `existing` only about the ids the file does not define (and
 * reads the supplies a third time only to confirm edges that seem to repeat).
 */
export async function validateDataset(file: string, existing: ExistingRecords = NO_EXISTING_RECORDS): Promise<ValidationReport> {
  const state = new ValidationState();
  try {
    await collectDefinitions(readDatasetItems(file), state);
    await forEachRecord(file, REFERRING_SECTIONS, (record) => checkReferences(record, state));
    if (state.repeatedSupplies.length > 0) await confirmRepeatedSupplies(file, state);
    await resolveAgainstDatabase(state, existing);
  } catch (error) {
    if (!(error instanceof DatasetFormatError)) throw error;
    state.report('$', error.message);
  }
  return {
    valid: state.problemCount === 0,
    problems: state.problems,
    problemCount: state.problemCount,
    counts: state.counts,
    registrationStatuses: state.registrationStatuses,
  };
}

class ValidationState {
  problems: DatasetProblem[] = [];
  problemCount = 0;
  counts = Object.fromEntries(SECTIONS.map((s) => [s, 0])) as Record<SectionName, number>;
  registrationStatuses: Partial<Record<RegistrationStatus | 'unstated', number>> = {};
  /** Per kind: id → index of the record that defines it. */
  ids = new Map<EntityKind, Map<string, number>>(
    (['Region', 'Park', 'Carrier', 'Industry', 'Chain', 'ChainLink', 'Enterprise'] as const).map((k) => [k, new Map()]),
  );
  linkPaths = new Map<string, string>();
  /** The regions the file defines, with their level and parent as the file gives them. */
  regions = new Map<string, RegionPlace & { index: number }>();
  parkRegions = new Map<string, string>();
  creditCodes = new Map<string, number>();
  /** Each supply edge (supplier, customer, link) seen, by hash; a repeat seen is confirmed by `confirmRepeatedSupplies`. */
  supplyKeys = new HashedKeySet();
  repeatedSupplies: { index: number; earlierIndex: number }[] = [];
  /** References the file does not define: kind → id → the paths that use it (a few, for the message). */
  unresolved = new Map<EntityKind, Map<string, string[]>>();
  /** Region code → index of the region that carries it. */
  regionCodes = new Map<string, number>();
  /** Enterprises that do not carry everything a new one needs: fine only for one already in the database. */
  partialEnterprises = new Map<string, { index: number; missing: string[] }>();
  /** The file's removals, by index. */
  removals = new Map<number, RemovalRow>();
  /** Records naming both a park and a region whose park is not in the file. */
  parkRegionChecks: { path: string; parkId: string; regionId: string }[] = [];

  report(path: string, message: string): void {
    this.problemCount += 1;
    if (this.problems.length < MAX_REPORTED_PROBLEMS) this.problems.push({ path: shortened(path), message: shortened(message) });
  }

  defines(kind: EntityKind, id: string): boolean {
    return this.ids.get(kind)!.has(id);
  }

  /** Notes a reference; it resolves now if the file defines the target, otherwise against the database later. */
  reference(kind: EntityKind, id: unknown, path: string): void {
    if (typeof id !== 'string' || this.defines(kind, id)) return;
    let byId = this.unresolved.get(kind);
    if (!byId) this.unresolved.set(kind, (byId = new Map()));
    const paths = byId.get(id);
    if (!paths) byId.set(id, [path]);
    else if (paths.length < 3) paths.push(path);
  }
}

async function collectDefinitions(items: AsyncIterable<DatasetItem>, state: ValidationState): Promise<void> {
  const schema = new RecordSchemaChecker();
  for await (const item of items) {
    if (item.kind === 'section') {
      if (!isSectionName(item.section)) {
        if (item.section !== '$schema') {
          state.report(item.section, `is not a section of a dataset (expected one of ${SECTIONS.join(', ')})`);
        }
      } else if (!item.isArray) {
        state.report(item.section, 'must be an array');
      }
      continue;
    }
    if (!isSectionName(item.section)) continue;
    const { section, index, value } = item;
    state.counts[section] += 1;
    for (const problem of schema.problems(section, index, value)) state.report(problem.path, problem.message);
    if (typeof value !== 'object' || value === null) continue;
    const record = value as Fields;
    const path = `${section}[${index}]`;
    const kind = SECTION_KIND[section];
    const id = str(record.id);
    if (kind && id !== undefined) define(state, kind, id, index, path, section);

    if (section === 'regions' && id !== undefined && str(record.level) !== undefined) {
      state.regions.set(id, { level: record.level as string, parentId: str(record.parentId) ?? null, index });
      collectRegionCode(state, record.code, index, path);
    } else if (section === 'parks' && id !== undefined && str(record.regionId) !== undefined) {
      state.parkRegions.set(id, record.regionId as string);
    } else if (section === 'chains') {
      collectChain(state, record, path);
    } else if (section === 'remove' && typeof record.kind === 'string') {
      state.removals.set(index, record as RemovalRow);
    } else if (section === 'enterprises') {
      const status = (str(record.registrationStatus) as RegistrationStatus | undefined) ?? 'unstated';
      state.registrationStatuses[status] = (state.registrationStatuses[status] ?? 0) + 1;
      collectCreditCode(state, record.creditCode, index, path);
      collectIndustryCode(state, record.industryCode, path);
      const missing = NEW_ENTERPRISE_NEEDS.filter(([, given]) => !given(record)).map(([what]) => what);
      if (id !== undefined && missing.length > 0) state.partialEnterprises.set(id, { index, missing });
    }
  }
}

function collectIndustryCode(state: ValidationState, code: unknown, path: string): void {
  if (typeof code !== 'string' || industryClass(code)?.code === code) return;
  state.report(`${path}.industryCode`, `'${code}' is not a code of GB/T 4754-2017: give one the standard has (C1952 is leather footwear)`);
}

function define(state: ValidationState, kind: EntityKind, id: string, index: number, path: string, section: string) {
  const ids = state.ids.get(kind)!;
  const first = ids.get(id);
  if (first !== undefined) state.report(`${path}.id`, `'${id}' is already used by ${section}[${first}]`);
  else ids.set(id, index);
}

function collectChain(state: ValidationState, chain: Fields, path: string): void {
  const links = Array.isArray(chain.links) ? (chain.links as Fields[]) : [];
  const own = new Set<string>();
  links.forEach((link, i) => {
    const linkId = str(link?.id);
    if (linkId === undefined) return;
    const linkPath = `${path}.links[${i}]`;
    const first = state.linkPaths.get(linkId);
    if (first !== undefined) {
      state.report(`${linkPath}.id`, `link id '${linkId}' is already used by ${first} (link ids are unique across chains)`);
      return;
    }
    state.linkPaths.set(linkId, linkPath);
    const rules = Array.isArray(link.industryCodes) ? link.industryCodes : [];
    rules.forEach((rule, r) => {
      const problem = typeof rule === 'string' ? industryCodeRuleProblem(rule) : undefined;
      if (problem) state.report(`${linkPath}.industryCodes[${r}]`, problem);
    });
    state.ids.get('ChainLink')!.set(linkId, i);
    own.add(linkId);
  });
  const feeds = Array.isArray(chain.feeds) ? (chain.feeds as Fields[]) : [];
  const edges: [string, string][] = [];
  feeds.forEach((feed, i) => {
    const from = str(feed?.from);
    const to = str(feed?.to);
    if (from === undefined || to === undefined) return;
    for (const [end, id] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!own.has(id)) state.report(`${path}.feeds[${i}].${end}`, `'${id}' is not a link of this chain`);
    }
    if (from === to) state.report(`${path}.feeds[${i}]`, `link '${from}' cannot feed itself`);
    else edges.push([from, to]);
  });
  const cycle = findCycle(edges);
  if (cycle) state.report(`${path}.feeds`, `form a cycle: ${cycle.join(' → ')} (a chain must be acyclic)`);
}

/** What a record must carry to create an enterprise (one already stored changes by the fields given). */
const NEW_ENTERPRISE_NEEDS: [string, (record: Fields) => boolean][] = [
  ['name', (record) => record.name !== undefined],
  ['creditCode', (record) => record.creditCode !== undefined],
  ['regionId or parkId', (record) => record.regionId !== undefined || record.parkId !== undefined || record.regionCode !== undefined],
];

function collectRegionCode(state: ValidationState, code: unknown, index: number, path: string): void {
  if (typeof code !== 'string') return;
  const first = state.regionCodes.get(code);
  if (first !== undefined) state.report(`${path}.code`, `'${code}' is already the code of regions[${first}]; one region per code`);
  else state.regionCodes.set(code, index);
}

function collectCreditCode(state: ValidationState, code: unknown, index: number, path: string): void {
  if (typeof code !== 'string' || !/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return; // the schema reports it
  const problem = creditCodeProblem(code);
  if (problem) state.report(`${path}.creditCode`, problem);
  const first = state.creditCodes.get(code);
  if (first !== undefined) state.report(`${path}.creditCode`, `'${code}' is already used by enterprises[${first}]`);
  else state.creditCodes.set(code, index);
}

function checkReferences(item: DatasetRecord, state: ValidationState): void {
  if (typeof item.value !== 'object' || item.value === null) return;
  const record = item.value as Fields;
  const path = `${item.section}[${item.index}]`;
  switch (item.section) {
    case 'regions':
      state.reference('Region', record.parentId, `${path}.parentId`);
      break;
    case 'parks':
      state.reference('Region', record.regionId, `${path}.regionId`);
      break;
    case 'carriers':
      state.reference('Park', record.parkId, `${path}.parkId`);
      break;
    case 'chains':
      state.reference('Industry', record.industryId, `${path}.industryId`);
      break;
    case 'enterprises':
      checkLocation(state, record, path);
      if (Array.isArray(record.linkIds)) {
        record.linkIds.forEach((linkId, i) => state.reference('ChainLink', linkId, `${path}.linkIds[${i}]`));
      }
      break;
    case 'supplies':
      checkSupply(state, record, item.index);
      break;
    case 'priorities':
      state.reference('Region', record.regionId, `${path}.regionId`);
      state.reference('Chain', record.chainId, `${path}.chainId`);
      break;
    case 'projects':
      state.reference('Enterprise', record.enterpriseId, `${path}.enterpriseId`);
      state.reference('ChainLink', record.linkId, `${path}.linkId`);
      checkLocation(state, record, path);
      break;
    case 'industries':
      break;
  }
}

/** A record located by `regionId` or `parkId`; when it names both, the park must lie in that region. */
function checkLocation(state: ValidationState, record: Fields, path: string): void {
  state.reference('Region', record.regionId, `${path}.regionId`);
  state.reference('Park', record.parkId, `${path}.parkId`);
  const parkId = str(record.parkId);
  const regionId = str(record.regionId);
  if (parkId === undefined || regionId === undefined) return;
  const parkRegion = state.parkRegions.get(parkId);
  if (parkRegion === undefined) state.parkRegionChecks.push({ path, parkId, regionId });
  else if (parkRegion !== regionId) {
    state.report(
      `${path}.regionId`,
      `'${regionId}' differs from the region of park '${parkId}' ('${parkRegion}'); give one or make them agree`,
    );
  }
}

function checkSupply(state: ValidationState, supply: Fields, index: number): void {
  const path = `supplies[${index}]`;
  state.reference('Enterprise', supply.supplierId, `${path}.supplierId`);
  state.reference('Enterprise', supply.customerId, `${path}.customerId`);
  state.reference('ChainLink', supply.linkId, `${path}.linkId`);
  const key = supplyKey(supply);
  if (key === undefined) return;
  if (supply.supplierId === supply.customerId) state.report(`${path}.customerId`, 'an enterprise cannot supply itself');
  const earlierIndex = state.supplyKeys.addOrFind(key, index);
  if (earlierIndex >= 0) state.repeatedSupplies.push({ index, earlierIndex });
}

function supplyKey({ supplierId, customerId, linkId }: Fields): string | undefined {
  if (typeof supplierId !== 'string' || typeof customerId !== 'string' || typeof linkId !== 'string') return undefined;
  return JSON.stringify([supplierId, customerId, linkId]);
}

/**
 * Reports each supply edge that repeats an earlier one, after reading again the edges whose hashes matched: a hash
 * may be shared by different edges, so each group of edges with one hash is compared key by key, in file order.
 */
async function confirmRepeatedSupplies(file: string, state: ValidationState): Promise<void> {
  const wanted = new Set(state.repeatedSupplies.flatMap(({ index, earlierIndex }) => [index, earlierIndex]));
  const keys = new Map<number, string>();
  await forEachRecord(file, ['supplies'], (item) => {
    if (wanted.has(item.index)) keys.set(item.index, supplyKey(item.value as Fields)!);
  });
  const groups = new Map<number, number[]>();
  for (const { index, earlierIndex } of state.repeatedSupplies) {
    const group = groups.get(earlierIndex);
    if (group) group.push(index);
    else groups.set(earlierIndex, [index]);
  }
  for (const [earlierIndex, indexes] of groups) {
    const seen = new Set([keys.get(earlierIndex)!]);
    for (const index of indexes) {
      const key = keys.get(index)!;
      if (seen.has(key)) {
        const [supplierId, customerId, linkId] = JSON.parse(key) as string[];
        state.report(
          `supplies[${index}]`,
          `'${supplierId}' already supplies '${customerId}' in '${linkId}' earlier in the file; give one annualValue`,
        );
      }
      seen.add(key);
    }
  }
}

const LOOKUP_BATCH = 10_000;

/**
 * A removal must name something stored, not something the file also gives; an enterprise goes only with its
 * projects (removed in the same file), which would otherwise be left without a firm.
 */
async function checkRemovals(state: ValidationState, existing: ExistingRecords): Promise<void> {
  const entries = [...state.removals];
  const removedProjects = new Set(entries.filter(([, r]) => r.kind === 'project').map(([, r]) => r.id));
  const what = (removal: RemovalRow) =>
    removal.kind === 'supply'
      ? `supply of '${String(removal.supplierId)}' to '${String(removal.customerId)}' in '${String(removal.linkId)}'`
      : removal.kind === 'priority'
        ? `priority of '${String(removal.regionId)}' for '${String(removal.chainId)}'`
        : `${removal.kind} '${String(removal.id ?? removal.creditCode)}'`;
  for (let i = 0; i < entries.length; i += LOOKUP_BATCH) {
    const batch: (RemovalRow & { index: number })[] = entries.slice(i, i + LOOKUP_BATCH).map(([index, removal]) => ({ ...removal, index }));
    const targets = await existing.removalTargets(
      batch.filter((r) => r.kind !== 'enterprise' || r.id !== undefined || r.creditCode !== undefined),
    );
    const byIndex = new Map(targets.map((target) => [target.index, target]));
    for (const removal of batch) {
      const path = `remove[${removal.index}]`;
      if (removal.kind === 'enterprise' && removal.id === undefined && removal.creditCode === undefined) {
        state.report(path, 'an enterprise is removed by its id or its creditCode');
        continue;
      }
      const target = byIndex.get(removal.index);
      if (!target?.found) {
        state.report(path, `there is no ${what(removal)} in the database to remove`);
        continue;
      }
      if (removal.kind === 'enterprise' && target.enterpriseId !== null && state.defines('Enterprise', target.enterpriseId)) {
        state.report(path, `${what(removal)} is given by this file too; give it or remove it`);
      }
      const kept = target.projects.filter((project) => !removedProjects.has(project));
      if (kept.length > 0) {
        state.report(path, `${what(removal)} has the projects ${kept.join(', ')}: remove them too, or give them another firm first`);
      }
    }
  }
}

/** A region may only be part of a region of a higher level, so the tree can hold no cycle. */
const LEVEL_RANK: Record<string, number> = { PROVINCE: 3, CITY: 2, COUNTY: 1, DISTRICT: 1, TOWNSHIP: 0 };

/**
 * Checks the tree the file's regions make together with the database's: a cycle closed through the database (a
 * province made part of one of its own counties) would put every region of the cycle inside every other, so that a
 * planner's region scope covered them all. Every parent must also be of a higher level than its child; only edges
 * that touch a region of the file are judged, so a file is never blamed for what the database held before.
 */
function checkHierarchy(state: ValidationState, stored: Map<string, RegionPlace>): void {
  const tree = new Map(stored);
  for (const [id, region] of state.regions) tree.set(id, region);
  const cycle = findCycle([...tree].flatMap(([id, { parentId }]) => (parentId === null ? [] : [[id, parentId] as const])));
  if (cycle) {
    const id = cycle.find((member) => state.regions.has(member));
    if (id === undefined) {
      state.report('regions', `the region hierarchy in the database already forms a cycle: ${cycle.join(' → ')}; repair it first`);
      return;
    }
    const through = cycle.some((member) => !state.regions.has(member)) ? ' (through regions already in the database)' : '';
    state.report(`regions[${state.regions.get(id)!.index}].parentId`, `the region hierarchy forms a cycle${through}: ${cycle.join(' → ')}`);
    return;
  }
  for (const [id, { level, parentId }] of tree) {
    const parent = parentId === null ? undefined : tree.get(parentId);
    if (!parent || !(state.regions.has(id) || state.regions.has(parentId!))) continue;
    const [childRank, parentRank] = [LEVEL_RANK[level], LEVEL_RANK[parent.level]];
    if (childRank === undefined || parentRank === undefined || childRank < parentRank) continue; // a bad level: the schema says so
    const child = state.regions.get(id);
    if (child) {
      state.report(
        `regions[${child.index}].parentId`,
        `a ${level} cannot be part of '${parentId}', a ${parent.level}: a region is part of a region of a higher level`,
      );
    } else {
      state.report(
        `regions[${state.regions.get(parentId!)!.index}].level`,
        `'${id}', a ${level} in the database, is part of this region, which a ${parent.level} cannot hold: a region is part of a region of a higher level`,
      );
    }
  }
}

async function resolveAgainstDatabase(state: ValidationState, existing: ExistingRecords): Promise<void> {
  if (state.regions.size > 0) checkHierarchy(state, await existing.regionTree());
  if (state.removals.size > 0) await checkRemovals(state, existing);
  const partialIds = [...state.partialEnterprises.keys()];
  for (let i = 0; i < partialIds.length; i += LOOKUP_BATCH) {
    const stored = await existing.existingIds('Enterprise', partialIds.slice(i, i + LOOKUP_BATCH));
    for (const id of partialIds.slice(i, i + LOOKUP_BATCH)) {
      if (stored.has(id)) continue;
      const { index, missing } = state.partialEnterprises.get(id)!;
      state.report(`enterprises[${index}]`, `'${id}' is a new enterprise and needs ${missing.join(', ')}`);
    }
  }
  for (const [kind, byId] of state.unresolved) {
    const ids = [...byId.keys()];
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += LOOKUP_BATCH) {
      for (const id of await existing.existingIds(kind, ids.slice(i, i + LOOKUP_BATCH))) found.add(id);
    }
    for (const [id, paths] of byId) {
      if (found.has(id)) continue;
      for (const path of paths) state.report(path, `no ${kind} '${id}' in this file or in the database`);
    }
  }

  if (state.parkRegionChecks.length > 0) {
    const regions = await existing.parkRegions([...new Set(state.parkRegionChecks.map((c) => c.parkId))]);
    for (const { path, parkId, regionId } of state.parkRegionChecks) {
      const parkRegion = regions.get(parkId);
      if (parkRegion !== undefined && parkRegion !== regionId) {
        state.report(
          `${path}.regionId`,
          `'${regionId}' differs from the region of park '${parkId}' ('${parkRegion}'); give one or make them agree`,
        );
      }
    }
  }

  const codes = [...state.creditCodes.keys()];
  for (let i = 0; i < codes.length; i += LOOKUP_BATCH) {
    const holders = await existing.creditCodeHolders(codes.slice(i, i + LOOKUP_BATCH));
    for (const [code, holderId] of holders) {
      const index = state.creditCodes.get(code)!;
      // Re-importing an enterprise with its own code is fine; taking another enterprise's code is not.
      if (state.ids.get('Enterprise')!.get(holderId) !== index) {
        state.report(`enterprises[${index}].creditCode`, `'${code}' is held by enterprise '${holderId}' in the database`);
      }
    }
  }
}
