/**
 * Where the geographic view finds its base map: files under /map/boundaries/ (the gateway serves them from the
 * project's own copy of ECharts' map data, or from a deployment's approved base map; docs/map-boundaries.md). Their
 * layout is ECharts': `china.json` (the provinces, each feature's `id` its GB/T 2260 code) and one file per province
 * (its prefectures, by Chinese name) named as below.
 */
export const BOUNDARIES_URL = '/map/boundaries';

const PROVINCE_FILES: Record<string, string> = {
  '110000': 'beijing',
  '120000': 'tianjin',
  '130000': 'hebei',
  '140000': 'shanxi',
  '150000': 'neimenggu',
  '210000': 'liaoning',
  '220000': 'jilin',
  '230000': 'heilongjiang',
  '310000': 'shanghai',
  '320000': 'jiangsu',
  '330000': 'zhejiang',
  '340000': 'anhui',
  '350000': 'fujian',
  '360000': 'jiangxi',
  '370000': 'shandong',
  '410000': 'henan',
  '420000': 'hubei',
  '430000': 'hunan',
  '440000': 'guangdong',
  '450000': 'guangxi',
  '460000': 'hainan',
  '500000': 'chongqing',
  '510000': 'sichuan',
  '520000': 'guizhou',
  '530000': 'yunnan',
  '540000': 'xizang',
  '610000': 'shanxi1',
  '620000': 'gansu',
  '630000': 'qinghai',
  '640000': 'ningxia',
  '650000': 'xinjiang',
  '710000': 'taiwan',
  '810000': 'xianggang',
  '820000': 'aomen',
};

export const CHINA_MAP = 'china.json';

/** The base-map file of a province's prefectures, from its code; null where there is none. */
export function provinceMapFile(code: string | null | undefined): string | null {
  const file = code ? PROVINCE_FILES[code] : undefined;
  return file ? `province/${file}.json` : null;
}
