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
  it('keeps the most specific evidence: an industry code over keywords', () => {
    expect(assignLinks({ industryCode: 'C1952', mainProducts: '男士皮鞋', businessScope: '皮鞋、鞋底制造；产品检测' }, RULES)).toEqual([
      {
        linkId: 'footwear/shoe-assembly',
        basis: 'INDUSTRY_CODE',
        matched: 'C1952',
        matchedAgainst: 'C195*',
        evidence: 'industry code C1952 matches C195*',
      },
    ]);
  });

  it('ranks a 小类 code over a 中类 code over a keyword in main products over one in business scope', () => {
    const rules: LinkRule[] = [
      { linkId: 'class', industryCodes: ['C2919'], keywords: [] },
      { linkId: 'group', industryCodes: ['C291*'], keywords: [] },
      { linkId: 'products', industryCodes: [], keywords: ['鞋底'] },
      { linkId: 'scope', industryCodes: [], keywords: ['胶粘剂'] },
    ];
    const links = (firm: Parameters<typeof assignLinks>[0], of = rules) => assignLinks(firm, of).map((one) => one.linkId);
    const firm = { industryCode: 'C2919', mainProducts: 'EVA鞋底', businessScope: '胶粘剂销售' };
    expect(links(firm)).toEqual(['class']);
    expect(links(firm, rules.slice(1))).toEqual(['group']);
    expect(links(firm, rules.slice(2))).toEqual(['products']);
    expect(links(firm, rules.slice(3))).toEqual(['scope']);
    // Evidence of the same strength keeps every link it names.
    expect(links({ businessScope: '鞋底、胶粘剂' }, rules.slice(2))).toEqual(['products', 'scope']);
  });

  it('does not place a firm by a keyword where one of the link’s exclusion words occurs: a mould maker is no sole maker', () => {
    const rules: LinkRule[] = [
      { linkId: 'footwear/lasts-moulds', industryCodes: ['C3525'], keywords: ['鞋楦', '鞋模', '模具'] },
      { linkId: 'footwear/soles', industryCodes: [], keywords: ['鞋底', '大底'], excludedKeywords: ['模具', '鞋模'] },
    ];
    expect(assignLinks({ businessScope: '鞋模、鞋底模具' }, rules).map((one) => one.linkId)).toEqual(['footwear/lasts-moulds']);
    expect(assignLinks({ businessScope: '橡胶鞋底生产' }, rules).map((one) => one.linkId)).toEqual(['footwear/soles']);
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
