import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GAP_OPTIONS,
  findChainGaps,
  linkStateOf,
  localSupplyShareOf,
  presenceReasons,
  type ChainFacts,
  type ChainLinkFacts,
} from '../../src/domain/chain-gaps.js';
import { reasonText, type Reason } from '../../src/domain/reasons.js';

const inEnglish = (reasons: readonly Reason[]) => reasons.map((reason) => reasonText(reason, 'en'));

function link(id: string, localEnterpriseCount = 0, extra: Partial<ChainLinkFacts> = {}): ChainLinkFacts {
  return { id, name: id, localEnterpriseCount, localLeadingCount: 0, localDemand: 0, externalSupply: 0, ...extra };
}

const feeds = (spec: string) => spec.split(' ').map((pair) => ({ from: pair[0]!, to: pair[2]! }));

describe('findChainGaps on the worked example of DOMAIN.md', () => {
  // Links A→B→D, C→D, E→C, F→D, D→G. Local firms in A (1 firm) and D (5 firms, one leading).
  const chain: ChainFacts = {
    links: [link('A', 1), link('B'), link('C'), link('D', 5, { localLeadingCount: 1 }), link('E'), link('F'), link('G')],
    feeds: feeds('A>B B>D C>D E>C F>D D>G'),
  };
  const analysis = findChainGaps(chain);
  const kinds = Object.fromEntries(analysis.gaps.map((gap) => [gap.linkId, [gap.kind, gap.direction]]));

  it('finds FILL B, EXTEND C, F upstream and G downstream, STRENGTHEN A, and nothing for E', () => {
    expect(kinds).toEqual({
      A: ['STRENGTHEN', null],
      B: ['FILL', null],
      C: ['EXTEND', 'UPSTREAM'],
      F: ['EXTEND', 'UPSTREAM'],
      G: ['EXTEND', 'DOWNSTREAM'],
    });
  });

  it('computes completeness 2/7', () => {
    expect(analysis.completeness).toBeCloseTo(2 / 7);
  });

  it('reports E at distance 2 when maxExtendDistance is 2', () => {
    const wider = findChainGaps(chain, { minEnterprises: 3, maxExternalDependency: 0.5, maxExtendDistance: 2, requireLeading: true });
    expect(wider.gaps.find((gap) => gap.linkId === 'E')).toMatchObject({ kind: 'EXTEND', direction: 'UPSTREAM' });
  });

  it('explains STRENGTHEN A with both weaknesses', () => {
    const gap = analysis.gaps.find((g) => g.linkId === 'A')!;
    expect(inEnglish(gap.reasons)).toEqual(['only 1 local firm in A (fewer than 3)', 'no local leading firm in A']);
  });
});

describe('findChainGaps edge cases', () => {
  it('with no link present, every link is an EXTEND gap with no direction', () => {
    const analysis = findChainGaps({ links: [link('A'), link('B')], feeds: feeds('A>B') });
    expect(analysis.completeness).toBe(0);
    expect(analysis.gaps.map((g) => [g.linkId, g.kind, g.direction])).toEqual([
      ['A', 'EXTEND', null],
      ['B', 'EXTEND', null],
    ]);
  });

  it('with every link present and strong, there are no gaps', () => {
    const strong = { localLeadingCount: 1 };
    const analysis = findChainGaps({ links: [link('A', 3, strong), link('B', 4, strong)], feeds: feeds('A>B') });
    expect(analysis).toEqual({ completeness: 1, gaps: [] });
  });

  it('flags a link bought mostly from outside, with its dependency and demand', () => {
    const analysis = findChainGaps({
      links: [link('A', 3, { localLeadingCount: 1, localDemand: 100, externalSupply: 80 })],
      feeds: [],
    });
    expect(analysis.gaps).toEqual([
      {
        kind: 'STRENGTHEN',
        linkId: 'A',
        direction: null,
        localEnterpriseCount: 3,
        externalDependency: 0.8,
        localDemand: 100,
        reasons: [{ code: 'BOUGHT_FROM_OUTSIDE', params: { link: { name: 'A', nameZh: null }, share: 0.8, maximum: 0.5 } }],
      },
    ]);
  });

  it('treats both sides of a diamond as FILL', () => {
    // A→B→D, A→C→D with A and D present
    const strong = { localLeadingCount: 1 };
    const analysis = findChainGaps({
      links: [link('A', 3, strong), link('B'), link('C'), link('D', 3, strong)],
      feeds: feeds('A>B A>C B>D C>D'),
    });
    expect(analysis.gaps.map((g) => [g.linkId, g.kind])).toEqual([
      ['B', 'FILL'],
      ['C', 'FILL'],
    ]);
  });

  it('measures the EXTEND distance along FEEDS in either direction', () => {
    // P→G←H: H feeds G, which P (present) feeds. H does not reach P and P does not reach H; they are 2 steps apart.
    const strong = { localLeadingCount: 1 };
    const chain = { links: [link('P', 3, strong), link('G'), link('H')], feeds: feeds('P>G H>G') };
    expect(findChainGaps(chain).gaps.map((g) => [g.linkId, g.kind, g.direction])).toEqual([['G', 'EXTEND', 'DOWNSTREAM']]);
    const wider = findChainGaps(chain, { ...DEFAULT_GAP_OPTIONS, maxExtendDistance: 2 });
    const far = wider.gaps.find((g) => g.linkId === 'H')!;
    expect(far).toMatchObject({ kind: 'EXTEND', direction: 'DOWNSTREAM' });
    expect(inEnglish(far.reasons)).toEqual(['no local firm in H, 2 links from the nearest link the region has']);
  });

  it('without supply data, reports no external dependency and zero local demand', () => {
    const analysis = findChainGaps({ links: [link('A', 1)], feeds: [] });
    expect(analysis.gaps[0]).toMatchObject({ externalDependency: null, localDemand: 0 });
  });

  it('marks links PRESENT, WEAK or MISSING for the investment map', () => {
    const chain = { links: [link('A', 1), link('B'), link('D', 5, { localLeadingCount: 1 })], feeds: feeds('A>B B>D') };
    const gaps = new Map(findChainGaps(chain).gaps.map((g) => [g.linkId, g]));
    expect(chain.links.map((l) => linkStateOf(l, gaps.get(l.id)))).toEqual(['WEAK', 'MISSING', 'PRESENT']);
  });
});

describe('links present through recruited firms', () => {
  it('names the project (and when it started operating) in the STRENGTHEN reasons and the presence reasons', () => {
    const recruited = link('B', 1, {
      localLeadingCount: 0,
      recruitedThrough: [{ id: 'p1', name: 'B plant', operatingSince: '2026-06-03' }],
    });
    const { gaps } = findChainGaps({ links: [link('A', 3, { localLeadingCount: 1 }), recruited], feeds: feeds('A>B') });
    expect(gaps).toEqual([expect.objectContaining({ kind: 'STRENGTHEN', linkId: 'B' })]);
    expect(inEnglish(gaps[0]!.reasons).at(-1)).toBe("1 of 1 firm in B through project 'B plant', operating since 2026-06-03");
  });

  it('counts several projects in one sentence, and says nothing without one', () => {
    const two = link('B', 3, {
      recruitedThrough: [
        { id: 'p1', name: 'One', operatingSince: '2026-06-03' },
        { id: 'p2', name: 'Two', operatingSince: null },
      ],
    });
    expect(inEnglish(presenceReasons(two))).toEqual(["2 of 3 firms in B through projects 'One', operating since 2026-06-03; 'Two'"]);
    expect(presenceReasons(link('B', 3))).toEqual([]);
  });
});

describe('the local supply rate (本地配套率)', () => {
  it('is the share of local demand bought from local firms: per link, and over a chain weighted by demand', () => {
    const b = link('B', 0, { localDemand: 600, externalSupply: 600 });
    const d = link('D', 5, { localDemand: 200, externalSupply: 100 });
    const a = link('A', 1);
    expect(localSupplyShareOf([b])).toBe(0);
    expect(localSupplyShareOf([d])).toBe(0.5);
    // (800 − 700) / 800, not the mean of 0 and 0.5.
    expect(localSupplyShareOf([a, b, d])).toBe(0.125);
  });

  it('is null where local firms buy nothing', () => {
    expect(localSupplyShareOf([link('A', 1)])).toBeNull();
    expect(localSupplyShareOf([])).toBeNull();
  });
});
