import type { Language } from './session';

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Yuan as planners read them: 亿 (10^8) and 万 (10^4) in Chinese; millions in English. */
export function yuan(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '—';
  if (language === 'zh') {
    if (value >= 1e8) return `${trim(value / 1e8)} 亿元`;
    if (value >= 1e4) return `${trim(value / 1e4)} 万元`;
    return `${Math.round(value)} 元`;
  }
  if (value >= 1e9) return `¥${trim(value / 1e9)}B`;
  if (value >= 1e6) return `¥${trim(value / 1e6)}M`;
  if (value >= 1e3) return `¥${trim(value / 1e3)}K`;
  return `¥${Math.round(value)}`;
}

function trim(value: number): string {
  return value >= 100 ? Math.round(value).toString() : Number(value.toFixed(1)).toString();
}
