/**
 * GB/T 4754-2017 《国民经济行业分类》 (Industrial classification for national economic activities) as data: every
 * section (门类), division (大类), group (中类) and class (小类) with its code, Chinese and English name and parent,
 * found by code or name. Self-contained (Node's fs and the two data files beside it), so it can be published on its
 * own; README.md says where the table comes from and how it was checked.
 */
import { readFileSync } from 'node:fs';

export type IndustryLevel = 'SECTION' | 'DIVISION' | 'GROUP' | 'CLASS';

export interface IndustryClass {
  /** The section letter, then the digits: C, C19, C195, C1952. */
  code: string;
  /** English name. */
  name: string;
  /** Chinese name, as the standard writes it. */
  nameZh: string;
  level: IndustryLevel;
  /** The code of the class this one is part of; null for a section. */
  parentCode: string | null;
}

/** A name or path read as a class: its code, and a note when the name is not the 2017 edition's own. */
export type IndustryReading = { code: string; note?: string } | { problem: string };

const LEVEL_BY_LENGTH: Record<number, IndustryLevel> = { 1: 'SECTION', 3: 'DIVISION', 4: 'GROUP', 5: 'CLASS' };
const CODE = /^[A-T](\d{2}(\d{1,2})?)?$/;

function rows(file: string): string[][] {
  const [, ...lines] = readFileSync(new URL(file, import.meta.url), 'utf8')
    .trim()
    .split('\n');
  return lines.map((line) => line.split('\t'));
}

const CLASSES: readonly IndustryClass[] = rows('./gbt-4754-2017.tsv').map(([code, nameZh, name]) => ({
  code: code!,
  nameZh: nameZh!,
  name: name!,
  level: LEVEL_BY_LENGTH[code!.length]!,
  // A division's parent is its section; below that, the code without its last digit.
  parentCode: code!.length === 1 ? null : code!.length === 3 ? code!.slice(0, 1) : code!.slice(0, -1),
}));

const BY_CODE = new Map(CLASSES.map((entry) => [entry.code, entry]));
const CHILDREN = new Map<string, IndustryClass[]>();
for (const entry of CLASSES) if (entry.parentCode) CHILDREN.set(entry.parentCode, [...(CHILDREN.get(entry.parentCode) ?? []), entry]);
/** A division's two digits → its section: digits alone name a class (1952 is C1952). */
const SECTION_OF_DIVISION = new Map(CLASSES.filter((e) => e.level === 'DIVISION').map((e) => [e.code.slice(1), e.code[0]!]));

/** How names compare: full-width and half-width brackets, spaces and letter case do not matter. */
export function comparableName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** Name → code, the most specific where a group and its only class share a name (制糖业 is C1340, not C134). */
const BY_NAME = new Map<string, string>();
for (const entry of CLASSES) {
  for (const name of [entry.nameZh, entry.name]) BY_NAME.set(comparableName(name), entry.code);
}

/** Names other than the 2017 edition's: the 2011 edition's where the 2017 class is the same activity, other spellings. */
const OTHER_NAMES = new Map(
  rows('./other-names.tsv').map(([nameZh, code, source]) => [comparableName(nameZh!), { nameZh: nameZh!, code: code!, source: source! }]),
);

export const INDUSTRY_CLASSES: readonly IndustryClass[] = CLASSES;

/** The class a code names — C1952, c1952, or the digits alone (1952) — or undefined. */
export function industryClass(code: string): IndustryClass | undefined {
  const normalised = normaliseIndustryCode(code);
  return normalised === undefined ? undefined : BY_CODE.get(normalised);
}

/** A code written as the standard writes it (C1952) from C1952, c1952 or 1952; undefined when it is not one. */
export function normaliseIndustryCode(code: string): string | undefined {
  const trimmed = code.trim().toUpperCase();
  const withSection = /^\d{2,4}$/.test(trimmed) ? `${SECTION_OF_DIVISION.get(trimmed.slice(0, 2)) ?? ''}${trimmed}` : trimmed;
  return CODE.test(withSection) && BY_CODE.has(withSection) ? withSection : undefined;
}

export function childrenOf(code: string): readonly IndustryClass[] {
  return CHILDREN.get(code) ?? [];
}

export function parentOf(entry: IndustryClass): IndustryClass | undefined {
  return entry.parentCode ? BY_CODE.get(entry.parentCode) : undefined;
}

/** Whether `code` is `ancestor` or lies under it. */
export function isWithin(code: string, ancestor: string): boolean {
  return code.startsWith(ancestor);
}

/**
 * What is wrong with a chain link's code rule — a code of the standard (C1952) or one followed by * for everything
 * under it (C195*) — or undefined when it is right.
 */
export function industryCodeRuleProblem(rule: string): string | undefined {
  const code = rule.trim().toUpperCase().replace(/\*$/, '');
  if (BY_CODE.has(code)) return undefined;
  return `'${rule}' is not a GB/T 4754-2017 code (a section letter and 2, 3 or 4 digits the standard has, e.g. C1952, or C195* for all under C195)`;
}

export interface IndustrySearch {
  /** A code or its start (C19, 195), or words of a Chinese or English name. */
  search?: string | null;
  level?: IndustryLevel | null;
  first?: number;
}

/**
 * Classes matching a search, in the standard's order: by code prefix when the search is a code's start (C19, 195),
 * else those whose Chinese or English name contains it — exact names first, then names starting with it.
 */
export function searchIndustryClasses({ search, level, first = 20 }: IndustrySearch): IndustryClass[] {
  const text = (search ?? '').trim();
  const ofLevel = (entry: IndustryClass) => !level || entry.level === level;
  const prefix = /^[A-Ta-t]?\d{0,4}$/.test(text) && text !== '' ? codePrefix(text) : undefined;
  if (prefix !== undefined) return CLASSES.filter((e) => e.code.startsWith(prefix) && ofLevel(e)).slice(0, first);
  const wanted = comparableName(text);
  const rank = (entry: IndustryClass) => {
    const names = [entry.nameZh, entry.name].map(comparableName);
    if (names.includes(wanted)) return 0;
    if (names.some((name) => name.startsWith(wanted))) return 1;
    return names.some((name) => name.includes(wanted)) ? 2 : 3;
  };
  return CLASSES.map((entry) => ({ entry, rank: rank(entry) }))
    .filter(({ entry, rank }) => rank < 3 && ofLevel(entry))
    .sort((a, b) => a.rank - b.rank)
    .slice(0, first)
    .map(({ entry }) => entry);
}

/** The code start a search names: letters upper-cased; digits alone gain their division's section. */
function codePrefix(text: string): string {
  const upper = text.toUpperCase();
  if (!/^\d/.test(upper)) return upper;
  // Digits that start no division match nothing: every code starts with its section letter.
  const section = SECTION_OF_DIVISION.get(upper.slice(0, 2));
  return section ? `${section}${upper}` : upper;
}

/**
 * A registry's 国标行业 read as a class: a code (C1952, 1952), a name at any level (皮鞋制造, 制鞋业, Leather footwear),
 * or a path from the section down, split by > or / (制造业>皮革、毛皮、羽毛及其制品和制鞋业>制鞋业), read by its last
 * name and checked against the earlier ones. A 2011-edition name reads as the 2017 class of the same activity, with
 * a note saying so.
 */
export function readIndustry(text: string): IndustryReading {
  const trimmed = text.trim();
  const code = normaliseIndustryCode(trimmed) ?? codeBeside(trimmed);
  if (code) return { code };
  const names = trimmed
    .split(/\s*[>/＞／→]\s*/)
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 0) return { problem: 'is empty' };
  const readings = names.map(readName);
  const last = readings[readings.length - 1]!;
  if ('problem' in last) return last;
  for (const [i, earlier] of readings.slice(0, -1).entries()) {
    if ('problem' in earlier) return earlier;
    if (!isWithin(last.code, earlier.code)) {
      return { problem: `'${names[names.length - 1]}' (${last.code}) is not under '${names[i]}' (${earlier.code}) in GB/T 4754-2017` };
    }
  }
  return last;
}

/** A code written beside its name: C1952 皮鞋制造, 皮鞋制造(C1952), [1952]皮鞋制造. */
function codeBeside(text: string): string | undefined {
  const match = /(?:^|[\s(（[【])([A-Ta-t]?\d{2,4})(?:$|[\s)）\]】])/.exec(text);
  return match ? normaliseIndustryCode(match[1]!) : undefined;
}

function readName(name: string): IndustryReading {
  const comparable = comparableName(name);
  const code = BY_NAME.get(comparable);
  if (code) return { code };
  const other = OTHER_NAMES.get(comparable);
  if (other) {
    const entry = BY_CODE.get(other.code)!;
    const edition = other.source === '2011' ? 'the GB/T 4754-2011 name' : 'another wording';
    return { code: other.code, note: `'${other.nameZh}' is ${edition} of ${entry.code} ${entry.nameZh}` };
  }
  return { problem: `'${name}' is not a GB/T 4754-2017 industry: give its code (C1952) or its name as the standard writes it (皮鞋制造)` };
}
