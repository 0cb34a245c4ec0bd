import { csvDocument } from '../format/csv.js';

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
  reasons: readonly string[];
}

const HEADER = [
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
];

export function candidatesCsv(rows: readonly CandidateRow[]): string {
  return csvDocument(
    HEADER,
    rows.map((row) => [
      String(row.rank),
      row.name,
      row.nameZh ?? '',
      row.creditCode,
      row.region,
      row.score.toFixed(3),
      String(row.annualValueToLocalFirms),
      row.revenue === null ? '' : String(row.revenue),
      String(row.leading),
      String(row.listed),
      row.reasons.join('; '),
    ]),
  );
}
