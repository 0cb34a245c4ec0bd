import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_WEIGHTS, rankCandidates, type CandidateFacts } from '../../src/domain/candidate-ranking.js';
import { reasonText, type Reason } from '../../src/domain/reasons.js';

const inEnglish = (reasons: readonly Reason[]) => reasons.map((reason) => reasonText(reason, 'en'));

function firm(enterpriseId: string, facts: Partial<CandidateFacts> = {}): CandidateFacts {
  return {
    enterpriseId,
    revenue: 1e8,
    leading: false,
    listed: false,
    annualValueToLocalFirms: 0,
    localCustomerCount: 0,
    linkCount: 1,
    presentLinkCount: 0,
    ...facts,
  };
}

describe('rankCandidates', () => {
  it('scores 0.4·ties + 0.25·scale + 0.2·stature + 0.15·fit with the components normalised over the candidates', () => {
    const [a, b] = rankCandidates([
      firm('a', { annualValueToLocalFirms: 50, localCustomerCount: 1, revenue: 1e6, listed: true, linkCount: 4, presentLinkCount: 1 }),
      firm('b', { annualValueToLocalFirms: 200, localCustomerCount: 2, revenue: 1e8, leading: true, linkCount: 2, presentLinkCount: 2 }),
    ]);
    expect(b!.enterpriseId).toBe('a');
    expect(a!.enterpriseId).toBe('b');
    expect(a!.components).toEqual({ ties: 1, scale: 1, stature: 1, fit: 1 });
    expect(a!.score).toBeCloseTo(1, 12);
    const scale = Math.log1p(1e6) / Math.log1p(1e8);
    expect(b!.components).toEqual({ ties: 0.25, scale, stature: 0.5, fit: 0.25 });
    expect(b!.score).toBeCloseTo(0.4 * 0.25 + 0.25 * scale + 0.2 * 0.5 + 0.15 * 0.25, 12);
  });

  it('puts a firm that already sells to local firms above an otherwise identical one', () => {
    const ranked = rankCandidates([firm('a'), firm('z', { annualValueToLocalFirms: 1, localCustomerCount: 1 })]);
    expect(ranked.map((candidate) => candidate.enterpriseId)).toEqual(['z', 'a']);
    expect(inEnglish(ranked[0]!.reasons)[0]).toBe('already sells 1 yuan a year to 1 local firm (以商招商)');
  });

  it('orders equal scores by id', () => {
    expect(rankCandidates([firm('c'), firm('a'), firm('b')]).map((candidate) => candidate.enterpriseId)).toEqual(['a', 'b', 'c']);
  });

  it('gives 0 for ties and scale when no candidate supplies or reports revenue', () => {
    const [only] = rankCandidates([firm('a', { revenue: null })]);
    expect(only!.components).toEqual({ ties: 0, scale: 0, stature: 0, fit: 0 });
    expect(only!.score).toBe(0);
    expect(only!.reasons).toEqual([]);
  });

  it('counts fit over every link of a firm in several links', () => {
    const [candidate] = rankCandidates([firm('a', { linkCount: 3, presentLinkCount: 2 })]);
    expect(candidate!.components.fit).toBeCloseTo(2 / 3, 12);
    expect(inEnglish(candidate!.reasons)).toContain('2 of its 3 chain links are already present in the region');
  });

  it('follows the weights: all weight on stature puts the leading firm first', () => {
    const candidates = [firm('supplier', { annualValueToLocalFirms: 100, localCustomerCount: 1 }), firm('leader', { leading: true })];
    expect(rankCandidates(candidates).map((candidate) => candidate.enterpriseId)).toEqual(['supplier', 'leader']);
    const stature = { ties: 0, scale: 0, stature: 1, fit: 0 };
    const ranked = rankCandidates(candidates, stature);
    expect(ranked.map((candidate) => candidate.enterpriseId)).toEqual(['leader', 'supplier']);
    expect(ranked[0]!.score).toBe(1);
  });

  it('keeps scores in [0, 1] for any weights: the score is their weighted mean', () => {
    const [best] = rankCandidates([firm('a', { annualValueToLocalFirms: 1, localCustomerCount: 1, leading: true, presentLinkCount: 1 })], {
      ties: 1,
      scale: 1,
      stature: 1,
      fit: 1,
    });
    expect(best!.score).toBe(1);
    expect(Object.values(DEFAULT_CANDIDATE_WEIGHTS).reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 12);
  });
});

describe('rankCandidates at national scale', () => {
  it('ranks more candidates than a function call may take arguments, and writes reasons only for those returned', () => {
    const many = Array.from({ length: 200_000 }, (_, index) =>
      firm(`f${String(index).padStart(6, '0')}`, { revenue: index, annualValueToLocalFirms: index % 1000, localCustomerCount: 1 }),
    );
    const best = rankCandidates(many, DEFAULT_CANDIDATE_WEIGHTS, 3);
    expect(best.map((candidate) => candidate.enterpriseId)).toEqual(['f199999', 'f198999', 'f197999']);
    expect(inEnglish(best[0]!.reasons)[0]).toMatch(/^already sells 999 yuan a year to 1 local firm/);
  });
});

describe('rankCandidates keeping only the best', () => {
  it('returns exactly the head of the full ranking, ties by id, for any page size', () => {
    const candidates = Array.from({ length: 500 }, (_, index) =>
      firm(`f${(index * 7919) % 500}`, {
        revenue: (index % 13) * 1e6,
        annualValueToLocalFirms: index % 5,
        localCustomerCount: 1,
        leading: index % 11 === 0,
      }),
    );
    const full = rankCandidates(candidates);
    for (const first of [1, 5, 10, 62, 63, 499, 500, 1000]) {
      expect(rankCandidates(candidates, DEFAULT_CANDIDATE_WEIGHTS, first)).toEqual(full.slice(0, first));
    }
  });
});
