import { describe, expect, it } from 'vitest';
import { assignLinks, evidenceText, industryCodeMatches, type LinkRule } from '../../src/domain/link-assignment.js';

const RULES: LinkRule[] = [
  { linkId: 'footwear/shoe-assembly', industryCodes: ['C195*'], keywords: ['成鞋', '皮鞋'] },
  { linkId: 'footwear/soles', industryCodes: [], keywords: ['鞋底', '大底'] },
  { linkId: 'footwear/packaging', industryCodes: ['C2231'], keywords: ['鞋盒'] },
  { linkId: 'footwear/testing', industryCodes: ['M7452'], keywords: ['检测'] },
];

describe('industry codes', () => {
  it('match exactly, or by a prefix ending in *', () => {
    expect(industryCodeMatches('C1952', 'C1952')).toBe(true);
    expect(industryCodeMatches('c1952', 'C195*')).toBe(true);
    expect(industryCodeMatches('C1952', 'C195')).toBe(false);
    expect(industryCodeMatches('C2231', 'C195*')).toBe(false);
  });
});

describe('挂链 by rule', () => {
  it('assigns by industry code first, and by a keyword of main products before business scope', () => {
    expect(assignLinks({ industryCode: 'C1952', mainProducts: '男士皮鞋', businessScope: '皮鞋、鞋底制造；产品检测' }, RULES)).toEqual([
      {
        linkId: 'footwear/shoe-assembly',
        basis: 'INDUSTRY_CODE',
        matched: 'C1952',
        matchedAgainst: 'C195*',
        evidence: 'industry code C1952 matches C195*',
      },
      {
        linkId: 'footwear/soles',
        basis: 'KEYWORD',
        matched: '鞋底',
        matchedAgainst: 'BUSINESS_SCOPE',
        evidence: 'keyword “鞋底” in business scope',
      },
      {
        linkId: 'footwear/testing',
        basis: 'KEYWORD',
        matched: '检测',
        matchedAgainst: 'BUSINESS_SCOPE',
        evidence: 'keyword “检测” in business scope',
      },
    ]);
  });

  it('finds a keyword in main products, English case-insensitively', () => {
    const rules: LinkRule[] = [{ linkId: 'x/eva', industryCodes: [], keywords: ['EVA'] }];
    expect(assignLinks({ mainProducts: 'eva鞋底' }, rules)).toEqual([
      { linkId: 'x/eva', basis: 'KEYWORD', matched: 'EVA', matchedAgainst: 'MAIN_PRODUCTS', evidence: 'keyword “EVA” in main products' },
    ]);
  });

  it('says what matched in Chinese as a planner would', () => {
    expect(evidenceText('INDUSTRY_CODE', 'C1952', 'C195*', 'zh')).toBe('行业代码C1952属于本环节的C195*');
    expect(evidenceText('KEYWORD', '鞋底', 'MAIN_PRODUCTS', 'zh')).toBe('主营产品里有关键词“鞋底”');
    expect(evidenceText('KEYWORD', '检测', 'BUSINESS_SCOPE', 'zh')).toBe('经营范围里有关键词“检测”');
  });

  it('leaves a firm that no rule matches in no link', () => {
    expect(assignLinks({ industryCode: 'A0111', mainProducts: '小麦', businessScope: '谷物种植' }, RULES)).toEqual([]);
    expect(assignLinks({}, RULES)).toEqual([]);
  });
});
