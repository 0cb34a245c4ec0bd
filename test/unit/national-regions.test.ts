import { describe, expect, it } from 'vitest';
import { divisionsFrom, englishDivisionName, nationalDivisions, placePinyin } from '../../src/dataset/national-regions.js';

describe('English names of divisions', () => {
  it.each([
    ['上蔡县', 'Shangcai County'],
    ['驻马店市', 'Zhumadian'],
    ['卫辉市', 'Weihui'],
    ['掇刀区', 'Duodao District'],
    ['河南省', 'Henan'],
    ['陕西省', 'Shaanxi'],
    ['广西壮族自治区', 'Guangxi'],
    ['西安市', "Xi'an"],
    ['吕梁市', 'Lüliang'],
    ['锡林郭勒盟', 'Xilinguole League'],
    ['恩施土家族苗族自治州', 'Enshi Tujia and Miao Autonomous Prefecture'],
    ['阿克塞哈萨克族自治县', 'Akesai Hasake Autonomous County'],
    ['神农架林区', 'Shennongjia Forestry District'],
    ['香港特别行政区', 'Hong Kong'],
    ['东洪镇', 'Donghong Town'],
    ['杨屯乡', 'Yangtun Township'],
    ['东华门街道', 'Donghuamen Subdistrict'],
  ])('%s → %s', (chinese, english) => {
    expect(englishDivisionName(chinese)).toBe(english);
  });

  it('mark a syllable that starts with a vowel after another', () => {
    expect(placePinyin('六安')).toBe("Lu'an");
    expect(placePinyin('民权')).toBe('Minquan');
  });
});

describe('the division tree', () => {
  const provinces = [
    { code: '110000', name: '北京市' },
    { code: '410000', name: '河南省' },
  ];
  const prefectures = [
    { code: '411700', name: '驻马店市' },
    { code: '419000', name: '省直辖县级行政区划' },
  ];
  const counties = [
    { code: '110101', name: '东城区' },
    { code: '411722', name: '上蔡县' },
    { code: '411771', name: '驻马店经济开发区' },
    { code: '419001', name: '济源市' },
  ];

  it('puts counties under their prefecture, else their province, and leaves out statistical zones and groupings', () => {
    expect(divisionsFrom(provinces, prefectures, counties)).toEqual([
      { code: '110000', nameZh: '北京市', name: 'Beijing', level: 'PROVINCE' },
      { code: '410000', nameZh: '河南省', name: 'Henan', level: 'PROVINCE' },
      { code: '411700', nameZh: '驻马店市', name: 'Zhumadian', level: 'CITY', parentCode: '410000' },
      { code: '110101', nameZh: '东城区', name: 'Dongcheng District', level: 'DISTRICT', parentCode: '110000' },
      { code: '411722', nameZh: '上蔡县', name: 'Shangcai County', level: 'COUNTY', parentCode: '411700' },
      { code: '419001', nameZh: '济源市', name: 'Jiyuan', level: 'COUNTY', parentCode: '410000' },
    ]);
  });

  it('of the package has every province, prefecture and county once, each under a unit of the layer', () => {
    const divisions = nationalDivisions();
    const codes = new Set(divisions.map((d) => d.code));
    expect(codes.size).toBe(divisions.length);
    expect(divisions.filter((d) => d.level === 'PROVINCE')).toHaveLength(34);
    expect(divisions.filter((d) => d.level !== 'TOWNSHIP').length).toBeGreaterThan(3_000);
    // The township level (乡, 镇, 街道), each under a county or district of the layer, with its nine-digit code.
    const townships = divisions.filter((d) => d.level === 'TOWNSHIP');
    expect(townships.length).toBeGreaterThan(40_000);
    const levels = new Map(divisions.map((d) => [d.code, d.level]));
    expect(townships.filter((t) => !/^\d{9}$/.test(t.code) || !['COUNTY', 'DISTRICT'].includes(levels.get(t.parentCode!)!))).toEqual([]);
    expect(divisions.find((d) => d.nameZh === '东洪镇')).toEqual({
      code: '411722108',
      nameZh: '东洪镇',
      name: 'Donghong Town',
      level: 'TOWNSHIP',
      parentCode: '411722',
    });
    expect(divisions.filter((d) => d.parentCode !== undefined && !codes.has(d.parentCode))).toEqual([]);
  });
});
