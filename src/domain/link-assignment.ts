/**
 * 挂链: which chain links a firm that declares none belongs to, by the rules of docs/dataset.md — a link whose
 * industry codes match the firm's GB/T 4754 code, or one of whose keywords occurs in its main products or business
 * scope (unless one of the link's exclusion words occurs there too); of those, the most specific evidence wins.
 * Pure: plain data in, assignments with their basis and evidence out.
 */
import type { Language } from './readable-numbers.js';

export type AssignmentBasis = 'DECLARED' | 'INDUSTRY_CODE' | 'KEYWORD';

export interface LinkRule {
  linkId: string;
  /** Exact codes (C1952) or prefixes ending in * (C195*). */
  industryCodes: readonly string[];
  keywords: readonly string[];
  /** 排除词: a text that holds one of these does not put a firm in the link by keyword (鞋底 but 模具: a mould maker). */
  excludedKeywords?: readonly string[];
}

export interface RegisteredFirm {
  industryCode?: string | null;
  businessScope?: string | null;
  mainProducts?: string | null;
}

/** Where a keyword was found. */
export type KeywordPlace = 'MAIN_PRODUCTS' | 'BUSINESS_SCOPE';

export interface LinkAssignment {
  linkId: string;
  basis: Exclude<AssignmentBasis, 'DECLARED'>;
  /** What matched: the firm's industry code, or the keyword. */
  matched: string;
  /** What it matched: the link's code rule (C195*), or where the keyword was found. */
  matchedAgainst: string;
  /** The same in an English phrase, as stored for analysts' Cypher. */
  evidence: string;
}

/** The evidence of a rule's assignment as a planner reads it. */
export function evidenceText(basis: LinkAssignment['basis'], matched: string, matchedAgainst: string, language: Language): string {
  if (basis === 'INDUSTRY_CODE') {
    return language === 'zh' ? `行业代码${matched}属于本环节的${matchedAgainst}` : `industry code ${matched} matches ${matchedAgainst}`;
  }
  const inScope = matchedAgainst === 'BUSINESS_SCOPE';
  return language === 'zh'
    ? `${inScope ? '经营范围' : '主营产品'}里有关键词“${matched}”`
    : `keyword “${matched}” in ${inScope ? 'business scope' : 'main products'}`;
}

function assignment(linkId: string, basis: LinkAssignment['basis'], matched: string, matchedAgainst: string): LinkAssignment {
  return { linkId, basis, matched, matchedAgainst, evidence: evidenceText(basis, matched, matchedAgainst, 'en') };
}

/** Whether an industry code matches a rule's code: equal, or starting with a prefix given as `C195*`. */
export function industryCodeMatches(code: string, rule: string): boolean {
  const normalisedCode = code.trim().toUpperCase();
  const normalisedRule = rule.trim().toUpperCase();
  return normalisedRule.endsWith('*') ? normalisedCode.startsWith(normalisedRule.slice(0, -1)) : normalisedCode === normalisedRule;
}

/**
 * How specific a piece of evidence is, most specific highest: a code rule as long as a 小类 (C1952), a 中类 (C195*),
 * a 大类 or 门类 (C19*, C*); then a keyword in the main products; then one in the business scope, which lists
 * everything a firm may do rather than what it makes.
 */
function specificity(basis: LinkAssignment['basis'], matchedAgainst: string): number {
  if (basis === 'KEYWORD') return matchedAgainst === 'MAIN_PRODUCTS' ? 2 : 1;
  const digits = matchedAgainst.replace(/[^0-9]/g, '').length;
  return digits >= 4 ? 5 : digits === 3 ? 4 : 3;
}

/**
 * The links a firm is assigned, one assignment per link: by its industry code when a code rule matches, else by the
 * first keyword found — in its main products before its business scope. Of the links found, only those with the
 * most specific evidence are kept: a mould maker whose scope reads 鞋模、鞋底模具 is a mould maker, not a sole maker.
 */
export function assignLinks(firm: RegisteredFirm, rules: readonly LinkRule[]): LinkAssignment[] {
  const found: LinkAssignment[] = [];
  const code = firm.industryCode?.trim();
  for (const rule of rules) {
    const codeRule = code ? rule.industryCodes.find((candidate) => industryCodeMatches(code, candidate)) : undefined;
    if (codeRule !== undefined) {
      found.push(assignment(rule.linkId, 'INDUSTRY_CODE', code!.toUpperCase(), codeRule));
      continue;
    }
    const keyword = keywordFound(firm, rule.keywords, rule.excludedKeywords ?? []);
    if (keyword) found.push(assignment(rule.linkId, 'KEYWORD', keyword.keyword, keyword.where));
  }
  const best = Math.max(0, ...found.map((one) => specificity(one.basis, one.matchedAgainst)));
  return found.filter((one) => specificity(one.basis, one.matchedAgainst) === best);
}

function keywordFound(
  firm: RegisteredFirm,
  keywords: readonly string[],
  excluded: readonly string[],
): { keyword: string; where: KeywordPlace } | undefined {
  const places: [KeywordPlace, string | null | undefined][] = [
    ['MAIN_PRODUCTS', firm.mainProducts],
    ['BUSINESS_SCOPE', firm.businessScope],
  ];
  const occursIn = (lower: string) => (word: string) => word.trim() !== '' && lower.includes(word.trim().toLowerCase());
  for (const [where, text] of places) {
    if (!text) continue;
    const lower = text.toLowerCase();
    if (excluded.some(occursIn(lower))) continue;
    const keyword = keywords.find(occursIn(lower));
    if (keyword !== undefined) return { keyword: keyword.trim(), where };
  }
  return undefined;
}
