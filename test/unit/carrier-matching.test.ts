import { describe, expect, it } from 'vitest';
import { matchingCarriers, matchReasons, type CarrierFacts } from '../../src/domain/carrier-matching.js';

const carrier = (id: string, areaM2: number, extra: Partial<CarrierFacts> = {}): CarrierFacts => ({
  id,
  kind: 'STANDARD_FACTORY',
  status: 'AVAILABLE',
  areaM2,
  availableFrom: null,
  powerKva: 800,
  floorLoadKgPerM2: 1000,
  ...extra,
});

describe('matchingCarriers', () => {
  const carriers = [
    carrier('c-big', 9000),
    carrier('b-later', 5200, { availableFrom: '2027-03-01' }),
    carrier('a-later', 5200, { availableFrom: '2027-03-01' }),
    carrier('d-now', 5200),
    carrier('small', 4000),
    carrier('taken', 5000, { status: 'RESERVED' }),
    carrier('land', 6000, { kind: 'LAND' }),
    carrier('weak', 6000, { powerKva: 400 }),
    carrier('unknown-power', 6000, { powerKva: null }),
  ];

  it('keeps the free carriers of the kind that meet every figure: smallest area, then earliest, then id', () => {
    const need = { kind: 'STANDARD_FACTORY' as const, minAreaM2: 5000, powerKva: 630 };
    expect(matchingCarriers(need, carriers, 10).map((c) => c.id)).toEqual(['d-now', 'a-later', 'b-later', 'c-big']);
    expect(matchingCarriers(need, carriers, 2).map((c) => c.id)).toEqual(['d-now', 'a-later']);
  });

  it('leaves out what a need does not state, and a figure a carrier does not record when the need states it', () => {
    const need = { kind: 'STANDARD_FACTORY' as const, minAreaM2: 5500 };
    expect(matchingCarriers(need, carriers, 10).map((c) => c.id)).toEqual(['unknown-power', 'weak', 'c-big']);
    expect(matchingCarriers({ ...need, floorLoadKgPerM2: 1200 }, carriers, 10)).toEqual([]);
  });
});

describe('matchReasons', () => {
  it('says why a carrier meets the need, figure by figure, in English and in Chinese', () => {
    const need = { kind: 'STANDARD_FACTORY' as const, minAreaM2: 5000, powerKva: 630 };
    expect(matchReasons(need, carrier('x', 5200, { availableFrom: '2027-03-01' }), 'en')).toEqual([
      '5,200 m² for the 5,000 m² needed',
      '800 kVA of power for the 630 needed',
      'available from 2027-03-01',
    ]);
    expect(matchReasons(need, carrier('x', 5200), 'zh')).toEqual([
      '面积5,200平方米（需要5,000）',
      '电力800 kVA（需要630）',
      '现在即可入驻',
    ]);
  });
});
