/**
 * Numbers as a planner reads them, in either language of the product: money in 万/亿元 in Chinese and in yuan (with
 * thousand, million, billion) in English, shares as whole percentages, counts with the right plural. Shared by the
 * API's reasons, the report CLI and the map, so a figure reads the same wherever it appears.
 */
export type Language = 'zh' | 'en';

/** `zh…` (any Chinese variant) → Chinese; anything else, or nothing, → English. */
export function languageOf(acceptLanguage: string | null | undefined): Language {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('zh') ? 'zh' : 'en';
}

/** Yuan: "1.5亿元", "2500万元", "600元"; "150 million yuan", "12,345 yuan". Null or unknown → "—". */
export function yuan(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const sign = value < 0 ? '-' : '';
  const size = Math.abs(value);
  if (language === 'zh') {
    if (size >= 1e8) return `${sign}${significant(size / 1e8)}亿元`;
    if (size >= 1e4) return `${sign}${significant(size / 1e4)}万元`;
    return `${sign}${Math.round(size)}元`;
  }
  if (size >= 1e9) return `${sign}${significant(size / 1e9)} billion yuan`;
  if (size >= 1e6) return `${sign}${significant(size / 1e6)} million yuan`;
  return `${sign}${Math.round(size).toLocaleString('en-US')} yuan`;
}

/** A share in [0, 1] as a whole percentage: 0.42857 → "43%". Null → "—". */
export function percent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return `${Math.round(share * 100)}%`;
}

/** "1 firm", "3 firms"; Chinese counts take a measure word and no plural: "3家". */
export function count(n: number, english: { one: string; other: string }, measureWordZh: string, language: Language): string {
  if (language === 'zh') return `${n}${measureWordZh}`;
  return `${n} ${n === 1 ? english.one : english.other}`;
}

/** Days: "1 day", "30 days", "30天". */
export function days(n: number, language: Language): string {
  return count(n, { one: 'day', other: 'days' }, '天', language);
}

/** Firms: "1 firm", "3 firms", "3家企业". */
export function firms(n: number, language: Language): string {
  return count(n, { one: 'firm', other: 'firms' }, '家企业', language);
}

/** Three significant digits at most, no trailing zeros: 1.5, 12.3, 250. */
function significant(value: number): string {
  return value >= 100 ? Math.round(value).toString() : Number(value.toPrecision(3)).toString();
}
