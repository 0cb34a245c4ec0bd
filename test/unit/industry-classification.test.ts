import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  INDUSTRY_CLASSES,
  childrenOf,
  comparableName,
  industryClass,
  industryCodeRuleProblem,
  normaliseIndustryCode,
  parentOf,
  readIndustry,
  searchIndustryClasses,
} from '../../src/industry-classification/index.js';

const count = (level: string) => INDUSTRY_CLASSES.filter((entry) => entry.level === level).length;

describe('GB/T 4754-2017 as data', () => {
  it('has every section, division, group and class the listings agree on, each once', () => {
    // The README says why 1,381 and not the amendment's 1,382.
    expect([count('SECTION'), count('DIVISION'), count('GROUP'), count('CLASS')]).toEqual([20, 97, 473, 1381]);
    expect(new Set(INDUSTRY_CLASSES.map((entry) => entry.code)).size).toBe(INDUSTRY_CLASSES.length);
  });

  it('gives every entry a Chinese and an English name, each naming one activity', () => {
    for (const entry of INDUSTRY_CLASSES) {
      expect(entry.nameZh).toMatch(/\p{Script=Han}/u);
      expect(entry.name).toMatch(/^[A-Z0-9'(]/);
      expect(entry.name).not.toMatch(/\p{Script=Han}/u);
    }
    // A name shared by two entries is a group and its only class (制糖业), never two activities.
    for (const key of ['nameZh', 'name'] as const) {
      const byName = new Map<string, string[]>();
      for (const entry of INDUSTRY_CLASSES)
        byName.set(comparableName(entry[key]), [...(byName.get(comparableName(entry[key])) ?? []), entry.code]);
      for (const codes of byName.values()) expect(codes.every((code) => code.startsWith(codes[0]!))).toBe(true);
    }
  });

  it('nests each entry under an entry of the level above, the section letter first', () => {
    for (const entry of INDUSTRY_CLASSES) {
      const parent = parentOf(entry);
      if (entry.level === 'SECTION') expect(parent).toBeUndefined();
      else expect(entry.code.startsWith(parent!.code)).toBe(true);
    }
    expect(industryClass('C1952')).toEqual({
      code: 'C1952',
      nameZh: '皮鞋制造',
      name: 'Leather footwear',
      level: 'CLASS',
      parentCode: 'C195',
    });
    expect(childrenOf('C195').map((entry) => entry.code)).toEqual(['C1951', 'C1952', 'C1953', 'C1954', 'C1959']);
    expect(parentOf(industryClass('C19')!)!.nameZh).toBe('制造业');
  });

  it('holds the facts where the independent listings disagreed', () => {
    expect(industryClass('C3741')?.nameZh).toBe('飞机制造');
    expect(industryClass('C374')?.nameZh).toBe('航空、航天器及设备制造');
    expect(industryClass('C339')?.nameZh).toBe('铸造及其他金属制品制造');
    expect(industryClass('F5267')?.nameZh).toBe('机动车充电销售');
    expect(industryClass('C1922')?.nameZh).toBe('皮箱、包（袋）制造');
  });

  it('reads codes as registries write them', () => {
    expect(normaliseIndustryCode(' c1952 ')).toBe('C1952');
    expect(normaliseIndustryCode('1952')).toBe('C1952');
    expect(normaliseIndustryCode('0111')).toBe('A0111');
    expect(normaliseIndustryCode('C1958')).toBeUndefined();
    expect(normaliseIndustryCode('Z19')).toBeUndefined();
    expect(industryClass('C9')).toBeUndefined();
  });

  it('checks a chain link rule: a code of the standard, or one followed by * for all under it', () => {
    expect(industryCodeRuleProblem('C1952')).toBeUndefined();
    expect(industryCodeRuleProblem('C195*')).toBeUndefined();
    expect(industryCodeRuleProblem('C*')).toBeUndefined();
    expect(industryCodeRuleProblem('C1958')).toMatch(/not a GB\/T 4754-2017 code/);
    expect(industryCodeRuleProblem('C1*')).toMatch(/not a GB\/T 4754-2017 code/);
  });

  it('searches by code start or by a Chinese or English name, exact names first', () => {
    expect(searchIndustryClasses({ search: 'C195' }).map((entry) => entry.code)).toEqual([
      'C195',
      'C1951',
      'C1952',
      'C1953',
      'C1954',
      'C1959',
    ]);
    expect(searchIndustryClasses({ search: '195', level: 'CLASS', first: 2 }).map((entry) => entry.code)).toEqual(['C1951', 'C1952']);
    expect(searchIndustryClasses({ search: '制鞋业' })[0]!.code).toBe('C195');
    expect(searchIndustryClasses({ search: 'footwear', level: 'CLASS' }).map((entry) => entry.code)).toEqual([
      'C1951',
      'C1952',
      'C1953',
      'C1954',
      'C1959',
      'F5133',
      'F5233',
      'O8192',
    ]);
    expect(searchIndustryClasses({ search: '鞋', level: 'DIVISION' }).map((entry) => entry.code)).toEqual(['C19']);
    expect(searchIndustryClasses({ level: 'SECTION', first: 100 })).toHaveLength(20);
    expect(searchIndustryClasses({ search: '99' })).toEqual([]);
  });
});

describe('reading a registry 国标行业 cell', () => {
  it('reads a name at any level as its code', () => {
    expect(readIndustry('皮鞋制造')).toEqual({ code: 'C1952' });
    expect(readIndustry('制鞋业')).toEqual({ code: 'C195' });
    expect(readIndustry('皮革、毛皮、羽毛及其制品和制鞋业')).toEqual({ code: 'C19' });
    expect(readIndustry('制造业')).toEqual({ code: 'C' });
    expect(readIndustry('Leather footwear')).toEqual({ code: 'C1952' });
    expect(readIndustry('皮箱、包(袋)制造')).toEqual({ code: 'C1922' });
    // A group and its only class share the name: the class.
    expect(readIndustry('制糖业')).toEqual({ code: 'C1340' });
  });

  it('reads a path by its last name, checked against the earlier ones', () => {
    expect(readIndustry('制造业>皮革、毛皮、羽毛及其制品和制鞋业>制鞋业')).toEqual({ code: 'C195' });
    expect(readIndustry('制造业 / 皮革、毛皮、羽毛及其制品和制鞋业 / 制鞋业 / 皮鞋制造')).toEqual({ code: 'C1952' });
    expect(readIndustry('制造业>橡胶和塑料制品业')).toEqual({ code: 'C29' });
    const wrong = readIndustry('批发和零售业>制鞋业');
    expect(wrong).toEqual({ problem: "'制鞋业' (C195) is not under '批发和零售业' (F) in GB/T 4754-2017" });
    expect(readIndustry('制造业>鞋业')).toMatchObject({ problem: expect.stringContaining("'鞋业' is not a GB/T 4754-2017 industry") });
  });

  it('reads a code, alone or beside its name', () => {
    expect(readIndustry('C1952')).toEqual({ code: 'C1952' });
    expect(readIndustry('皮鞋制造(C1952)')).toEqual({ code: 'C1952' });
    expect(readIndustry('1952 皮鞋制造')).toEqual({ code: 'C1952' });
  });

  it('reads a 2011-edition name as the 2017 class of the same activity, and says so', () => {
    expect(readIndustry('塑料零件制造')).toEqual({
      code: 'C2929',
      note: "'塑料零件制造' is the GB/T 4754-2011 name of C2929 塑料零件及其他塑料制品制造",
    });
    expect(readIndustry('制造业>橡胶和塑料制品业>塑料制品业>塑料零件制造')).toMatchObject({ code: 'C2929' });
    expect(readIndustry('轴承制造')).toMatchObject({ code: 'C345' });
    expect(readIndustry('非专业视听设备制造')).toMatchObject({ code: 'C395', note: expect.stringContaining('another wording') });
  });

  it('keeps its other names apart from the 2017 names and pointing at codes the standard has', () => {
    const [, ...lines] = readFileSync(new URL('../../src/industry-classification/other-names.tsv', import.meta.url), 'utf8')
      .trim()
      .split('\n');
    const names = new Set(INDUSTRY_CLASSES.map((entry) => comparableName(entry.nameZh)));
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) {
      const [name, code, source] = line.split('\t');
      expect(names.has(comparableName(name!))).toBe(false);
      expect(industryClass(code!)).toBeDefined();
      expect(['2011', 'variant']).toContain(source);
    }
  });
});
