/**
 * 挂链: which chain links a firm that declares none belongs to, by the rules of docs/dataset.md — a link whose
 * industry codes match the firm's GB/T 4754 code, or one of whose keywords occurs in its main products or business
 * scope. Pure: plain data in, assignments with their basis and evidence out.
 */
import type { Language } from './readable-numbers.js';

export type AssignmentBasis = 'DECLARED' | 'INDUSTRY_CODE' | 'KEYWORD';

export interface LinkRule {
  linkId: string;
  /** Exact codes (C1952) or prefixes ending in * (C195*). */
  industryCodes: readonly string[];
  keywords: readonly string[];
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
 * The links a firm is assigned, one assignment per link: by its industry code when a code rule matches (the
 * stronger evidence), else by the first keyword found — in its main products before its business scope, which lists
 * everything a firm may do rather than what it makes.
 */
export function assignLinks(firm: RegisteredFirm, rules: readonly LinkRule[]): LinkAssignment[] {
  const assignments: LinkAssignment[] = [];
  const code = firm.industryCode?.trim();
  for (const rule of rules) {
    const codeRule = code ? rule.industryCodes.find((candidate) => industryCodeMatches(code, candidate)) : undefined;
    if (codeRule !== undefined) {
      assignments.push(assignment(rule.linkId, 'INDUSTRY_CODE', code!.toUpperCase(), codeRule));
      continue;
    }
    const found = keywordFound(firm, rule.keywords);
    if (found) assignments.push(assignment(rule.linkId, 'KEYWORD', found.keyword, found.where));
  }
  return assignments;
}

function keywordFound(firm: RegisteredFirm, keywords: readonly string[]): { keyword: string; where: KeywordPlace } | undefined {
  const places: [KeywordPlace, string | null | undefined][] = [
    ['MAIN_PRODUCTS', firm.mainProducts],
    ['BUSINESS_SCOPE', firm.businessScope],
  ];
  for (const [where, text] of places) {
    if (!text) continue;
    const lower = text.toLowerCase();
    const keyword = keywords.find((candidate) => candidate.trim() !== '' && lower.includes(candidate.trim().toLowerCase()));
    if (keyword !== undefined) return { keyword: keyword.trim(), where };
  }
  return undefined;
}
