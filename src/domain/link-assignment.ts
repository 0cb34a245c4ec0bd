/**
 * 挂链: which chain links a firm that declares none belongs to, by the rules of docs/dataset.md — a link whose
 * industry codes match the firm's GB/T 4754 code, or one of whose keywords occurs in its main products or business
 * scope. Pure: plain data in, assignments with their basis and evidence out.
 */

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

export interface LinkAssignment {
  linkId: string;
  basis: Exclude<AssignmentBasis, 'DECLARED'>;
  /** What matched, in a phrase: the code and the rule, or the keyword and where it was found. */
  evidence: string;
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
      assignments.push({
        linkId: rule.linkId,
        basis: 'INDUSTRY_CODE',
        evidence: `industry code ${code!.toUpperCase()} matches ${codeRule}`,
      });
      continue;
    }
    const found = keywordFound(firm, rule.keywords);
    if (found) assignments.push({ linkId: rule.linkId, basis: 'KEYWORD', evidence: `keyword “${found.keyword}” in ${found.where}` });
  }
  return assignments;
}

function keywordFound(firm: RegisteredFirm, keywords: readonly string[]): { keyword: string; where: string } | undefined {
  const places: [string, string | null | undefined][] = [
    ['main products', firm.mainProducts],
    ['business scope', firm.businessScope],
  ];
  for (const [where, text] of places) {
    if (!text) continue;
    const lower = text.toLowerCase();
    const keyword = keywords.find((candidate) => candidate.trim() !== '' && lower.includes(candidate.trim().toLowerCase()));
    if (keyword !== undefined) return { keyword: keyword.trim(), where };
  }
  return undefined;
}
