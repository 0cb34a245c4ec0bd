import { csvDocument } from '../format/csv.js';
import type { Language } from '../domain/readable-numbers.js';

/** One ranked candidate of a gap, as exported for the recruitment team's spreadsheet. */
export interface CandidateRow {
  rank: number;
  name: string;
  nameZh: string | null;
  creditCode: string;
  region: string;
  score: number;
  annualValueToLocalFirms: number;
  revenue: number | null;
  leading: boolean;
  listed: boolean;
  /** In the page's language, as the API wrote them. */
  reasons: readonly string[];
}

/** Column headings in the page's language; amounts stay whole yuan so the spreadsheet can sum them. */
const HEADER: Record<Language, readonly string[]> = {
  en: [
    'rank',
    'name',
    'name_zh',
    'credit_code',
    'region',
    'score',
    'annual_value_to_local_firms_yuan',
    'revenue_yuan',
    'leading',
    'listed',
    'reasons',
  ],
  zh: [
    '排名',
    '英文名称',
    '企业名称',
    '统一社会信用代码',
    '所在地区',
    '得分',
    '年向本地企业供货额（元）',
    '年营业收入（元）',
    '龙头企业',
    '上市公司',
    '推荐理由',
  ],
};
const YES_NO: Record<Language, [string, string]> = { en: ['true', 'false'], zh: ['是', '否'] };
const REASON_SEPARATOR: Record<Language, string> = { en: '; ', zh: '；' };

export function candidatesCsv(rows: readonly CandidateRow[], language: Language): string {
  const [yes, no] = YES_NO[language];
  return csvDocument(
    HEADER[language],
    rows.map((row) => [
      row.rank,
      row.name,
      row.nameZh ?? '',
      row.creditCode,
      row.region,
      row.score.toFixed(3),
      row.annualValueToLocalFirms,
      row.revenue,
      row.leading ? yes : no,
      row.listed ? yes : no,
      row.reasons.join(REASON_SEPARATOR[language]),
    ]),
  );
}
