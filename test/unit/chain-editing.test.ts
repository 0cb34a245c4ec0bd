import { describe, expect, it } from 'vitest';
import {
  applyChainChanges as applyWithCodes,
  describeChainChange,
  type ChainChanges,
  type EditableChain,
} from '../../src/domain/chain-editing.js';
import { industryCodeRuleProblem } from '../../src/industry-classification/index.js';

const applyChainChanges = (chain: EditableChain, changes: ChainChanges) => applyWithCodes(chain, changes, industryCodeRuleProblem);

const link = (id: string, extra: Partial<EditableChain['links'][number]> = {}) => ({
  id,
  name: id.toUpperCase(),
  nameZh: `环节${id}`,
  stage: 'MIDSTREAM' as const,
  industryCodes: [],
  keywords: [],
  excludedKeywords: [],
  ...extra,
});
const chain: EditableChain = {
  id: 'c',
  links: [link('a'), link('b'), link('c')],
  feeds: [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
  ],
};

describe('applyChainChanges', () => {
  it('applies removals before additions: a link removed takes its feeds, and a new one joins by its own', () => {
    const result = applyChainChanges(chain, {
      removeLinkIds: ['c'],
      addLinks: [link('d', { keywords: [' 制盖 ', '制盖', ''] })],
      addFeeds: [{ from: 'b', to: 'd' }],
    });
    expect(result.kind).toBe('edited');
    if (result.kind !== 'edited') return;
    expect(result.chain.links.map((l) => l.id)).toEqual(['a', 'b', 'd']);
    expect(result.chain.feeds).toEqual([
      { from: 'a', to: 'b' },
      { from: 'b', to: 'd' },
    ]);
    // Words are trimmed and kept once.
    expect(result.chain.links[2]!.keywords).toEqual(['制盖']);
    expect(result.changes.map((change) => change.kind)).toEqual(['LINK_REMOVED', 'LINK_ADDED', 'FEED_ADDED']);
  });

  it('refuses, naming every problem, a result that is not a connected DAG or has an unknown code', () => {
    const result = applyChainChanges(chain, {
      addFeeds: [{ from: 'c', to: 'a' }],
      linkRules: [{ linkId: 'a', industryCodes: ['C9999'], keywords: ['鞋'], excludedKeywords: ['鞋'] }],
    });
    expect(result).toEqual({
      kind: 'refused',
      problems: [
        "link 'a': 'C9999' is not a GB/T 4754-2017 code (a section letter and 2, 3 or 4 digits the standard has, e.g. C1952, or C195* for all under C195)",
        "link 'a': 鞋 is both a keyword and an exclusion word",
        'the feeds go round in a circle: a > b > c > a; a chain flows one way',
      ],
    });
    expect(applyChainChanges(chain, { removeFeeds: [{ from: 'b', to: 'c' }] })).toEqual({
      kind: 'refused',
      problems: ['links c are fed by nothing of the chain and feed nothing of it: connect them'],
    });
  });

  it('refuses what names nothing of the chain, an id it has, an empty edit, a cleared name and a name that is not Chinese', () => {
    const refused = (changes: ChainChanges) => {
      const result = applyChainChanges(chain, changes);
      return result.kind === 'refused' ? result.problems : [];
    };
    expect(refused({ removeLinkIds: ['x'] })).toContain("removeLinkIds: the chain has no link 'x'");
    expect(refused({ addLinks: [link('a')] })).toContain("addLinks: the chain has a link 'a' already");
    expect(refused({ removeFeeds: [{ from: 'a', to: 'c' }] })).toContain("removeFeeds: there is no feed 'a>c' in the chain");
    expect(refused({ addFeeds: [{ from: 'a', to: 'b' }] })).toContain("addFeeds: 'a>b' is a feed of the chain already");
    expect(refused({})).toEqual(['changes: nothing to change; give at least one change']);
    expect(refused({ renameLinks: [{ linkId: 'a', name: null }] })).toContain("renameLinks: the name of link 'a' cannot be cleared");
    expect(refused({ renameLinks: [{ linkId: 'a', nameZh: 'Shoes' }] })).toContain("link 'a': nameZh 'Shoes' must be Chinese");
  });

  it('keeps rule lists not given, and replaces those given', () => {
    const ruled: EditableChain = { ...chain, links: [link('a', { industryCodes: ['C1952'], keywords: ['鞋'] }), link('b'), link('c')] };
    const result = applyChainChanges(ruled, { linkRules: [{ linkId: 'a', keywords: [] }] });
    expect(result.kind === 'edited' && result.chain.links[0]).toMatchObject({ industryCodes: ['C1952'], keywords: [] });
  });
});

describe('describeChainChange', () => {
  const names: Record<string, string> = { a: 'Soles', b: 'Shoes' };
  it('says each change as a planner would, in English and in Chinese', () => {
    const renamed = {
      kind: 'LINK_RENAMED',
      linkId: 'a',
      name: 'Outsoles',
      nameZh: '大底',
      formerName: 'Soles',
      formerNameZh: '鞋底',
    } as const;
    expect(describeChainChange(renamed, 'en', (id) => names[id]!)).toBe('Renamed the link “Soles” to “Outsoles”');
    expect(describeChainChange(renamed, 'zh', (id) => names[id]!)).toBe('环节“鞋底”改名为“大底”');
    const english = { ...renamed, nameZh: '鞋底' };
    expect(describeChainChange(english, 'zh', (id) => names[id]!)).toBe('环节“鞋底”的英文名改为“Outsoles”');
    const chinese = { ...renamed, name: 'Soles' };
    expect(describeChainChange(chinese, 'en', (id) => names[id]!)).toBe('Renamed the link “Soles” in Chinese to “大底”');
    const feed = { kind: 'FEED_REMOVED', from: 'a', to: 'b' } as const;
    expect(describeChainChange(feed, 'en', (id) => names[id]!)).toBe('“Soles” no longer feeds “Shoes”');
    expect(describeChainChange(feed, 'zh', (id) => names[id]!)).toBe('“Soles”不再供给“Shoes”');
  });
});
