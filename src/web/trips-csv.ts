import { csvDocument } from '../format/csv.js';
import type { Language } from '../domain/readable-numbers.js';

/** One firm to visit on a recruitment trip, as exported for the team planning the travel. */
export interface TripRow {
  trip: number;
  destination: string;
  name: string;
  nameZh: string | null;
  link: string;
  score: number;
  /** In the page's language, as the API wrote them. */
  reasons: readonly string[];
}

const HEADER: Record<Language, readonly string[]> = {
  en: ['trip', 'destination', 'name', 'name_zh', 'for_link', 'score', 'reasons'],
  zh: ['路线', '目的地', '英文名称', '企业名称', '对应环节', '得分', '推荐理由'],
};
const REASON_SEPARATOR: Record<Language, string> = { en: '; ', zh: '；' };

export function tripsCsv(rows: readonly TripRow[], language: Language): string {
  return csvDocument(
    HEADER[language],
    rows.map((row) => [
      row.trip,
      row.destination,
      row.name,
      row.nameZh ?? '',
      row.link,
      row.score.toFixed(3),
      row.reasons.join(REASON_SEPARATOR[language]),
    ]),
  );
}
