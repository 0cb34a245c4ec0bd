import { describe, expect, it } from 'vitest';
import { reason, reasonParams, reasonText, type Reason, type ReasonCode } from '../../src/domain/reasons.js';
import { languageOf, percent, yuan } from '../../src/domain/readable-numbers.js';

const soles = { name: 'Soles', nameZh: '鞋底' };
const uppers = { name: 'Uppers', nameZh: '鞋面' };
const assembly = { name: 'Assembly', nameZh: '成鞋制造' };

/** One reason of every code, with the sentence each language says for it. */
const EXAMPLES: [Reason, string, string][] = [
  [
    reason('NO_LINK_OF_CHAIN_YET', { link: soles }),
    'no local firm in Soles, and the region has no link of this chain yet',
    '本地还没有鞋底企业，这条链的环节也都尚未落地',
  ],
  [
    reason('MISSING_BETWEEN_PRESENT', { link: soles, upstream: [uppers], downstream: [assembly, { name: 'Retail' }] }),
    'no local firm in Soles; the chain around it is present (upstream via Uppers, downstream via Assembly, Retail)',
    '本地缺鞋底这一环：上游鞋面、下游成鞋制造、Retail都有本地企业，中间断了链',
  ],
  [
    reason('MISSING_NEXT_TO_PRESENT', { link: soles, direction: 'UPSTREAM', neighbours: [assembly] }),
    'no local firm in Soles, directly upstream of Assembly, which the region has',
    '本地缺鞋底这一环，它紧挨着本地已有的成鞋制造（在其上游），可以顺势延链',
  ],
  [
    reason('MISSING_NEAR_PRESENT', { link: soles, distance: 2 }),
    'no local firm in Soles, 2 links from the nearest link the region has',
    '本地缺鞋底这一环，离本地最近的已有环节还隔着2个环节',
  ],
  [
    reason('FEW_LOCAL_FIRMS', { link: soles, firms: 1, minimum: 3 }),
    'only 1 local firm in Soles (fewer than 3)',
    '鞋底环节本地只有1家企业（不到3家）',
  ],
  [reason('NO_LOCAL_LEADING_FIRM', { link: soles }), 'no local leading firm in Soles', '鞋底环节本地还没有龙头企业'],
  [
    reason('BOUGHT_FROM_OUTSIDE', { link: soles, share: 0.42857142857142855, maximum: 0.5 }),
    'local firms buy 43% of their Soles from outside the region (more than 50%)',
    '本地企业用的鞋底有43%从外地采购（超过50%）',
  ],
  [
    reason('PRESENT_THROUGH_PROJECTS', { link: soles, firms: 3, projects: [{ name: '鞋底厂', operatingSince: '2026-06-03' }] }),
    "1 of 3 firms in Soles through project '鞋底厂', operating since 2026-06-03",
    '鞋底环节的3家企业中，有1家是招商项目「鞋底厂」（2026-06-03投产）引进的',
  ],
  [
    reason('SELLS_TO_LOCAL_FIRMS', { annualValue: 94_000_000_000, customers: 1 }),
    'already sells 94 billion yuan a year to 1 local firm (以商招商)',
    '已给本地1家企业供货，每年940亿元（以商招商）',
  ],
  [
    reason('LEADING_ENTERPRISE', {}),
    'a leading enterprise (龙头企业): its suppliers tend to follow it (雁阵效应)',
    '龙头企业，引进后能带动配套企业跟着落地（雁阵效应）',
  ],
  [reason('LISTED_COMPANY', {}), 'a listed company', '上市公司'],
  [reason('REVENUE', { revenue: 25_000_000 }), 'revenue of 25 million yuan a year', '年营业收入2500万元'],
  [
    reason('LINKS_ALREADY_PRESENT', { present: 1, links: 2 }),
    '1 of its 2 chain links is already present in the region',
    '它涉及的2个产业链环节中，本地已有1个',
  ],
  [
    reason('FOLLOW_UP_OVERDUE', { dueOn: '2026-12-01', days: 1 }),
    'follow-up was due on 2026-12-01, 1 day ago',
    '原定2026-12-01跟进，已过期1天',
  ],
  [
    reason('BLOCKED', { kind: 'ENVIRONMENT', since: '2026-11-22', text: '环评未批' }),
    'blocked (environment) since 2026-11-22: 环评未批',
    '2026-11-22起卡在环评上：环评未批',
  ],
  [
    reason('NOTHING_DONE', { days: 30, lastChangeOn: '2026-11-02' }),
    'nothing done for 30 days (last change on 2026-11-02)',
    '已经30天没有进展（上次变动在2026-11-02）',
  ],
  [
    reason('RELATED_SPECIALISATION', { link: { name: 'Uppers', nameZh: '鞋面鞋帮' }, proximity: 0.5 }),
    'the region specialises in Uppers, which counties across the country often specialise in together with this link (proximity 50%)',
    '本地在鞋面鞋帮上有专长，而全国的县区常常同时在这两个环节上有专长（关联度50%）',
  ],
  [
    reason('NO_RELATED_SPECIALISATION', {}),
    'nothing the region specialises in is related to it: it would be built from scratch',
    '本地还没有与它相关的专长环节，培育起来要从头做起',
  ],
];

describe('reasons in two languages', () => {
  it('has an example of every code', () => {
    const codes = new Set<ReasonCode>(EXAMPLES.map(([example]) => example.code));
    expect(codes.size).toBe(EXAMPLES.length);
    expect(codes.size).toBe(18);
  });

  it.each(EXAMPLES)('%j reads as a planner says it', (example, english, chinese) => {
    expect(reasonText(example, 'en')).toBe(english);
    expect(reasonText(example, 'zh')).toBe(chinese);
  });

  it('gives its parameters with names in the language and numbers as numbers', () => {
    const [between] = EXAMPLES[1]!;
    expect(reasonParams(between, 'zh')).toEqual([
      { name: 'link', value: '鞋底' },
      { name: 'upstream', value: '鞋面' },
      { name: 'downstream', value: '成鞋制造、Retail' },
    ]);
    expect(reasonParams(EXAMPLES[6]![0], 'en')).toEqual([
      { name: 'link', value: 'Soles' },
      { name: 'share', value: '0.42857142857142855' },
      { name: 'maximum', value: '0.5' },
    ]);
  });
});

describe('readable numbers', () => {
  it('writes money in 万 and 亿元 in Chinese, in yuan in English', () => {
    expect([150_000_000, 25_000_000, 12_345, 600].map((value) => yuan(value, 'zh'))).toEqual(['1.5亿元', '2500万元', '1.23万元', '600元']);
    expect([1.5e9, 25_000_000, 12_345, 600].map((value) => yuan(value, 'en'))).toEqual([
      '1.5 billion yuan',
      '25 million yuan',
      '12,345 yuan',
      '600 yuan',
    ]);
    expect(yuan(null, 'zh')).toBe('—');
  });

  it('writes shares as whole percentages', () => {
    expect(percent(0.42857142857142855)).toBe('43%');
    expect(percent(null)).toBe('—');
  });

  it('reads the language of a request from Accept-Language', () => {
    expect(['zh-CN,zh;q=0.9', 'zh', 'ZH-tw', 'en-US,zh;q=0.8', '', undefined].map(languageOf)).toEqual([
      'zh',
      'zh',
      'zh',
      'en',
      'en',
      'en',
    ]);
  });
});
