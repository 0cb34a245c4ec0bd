/**
 * The relatedness rules of docs/domain.md on a small country computed by hand. Province P has cities C1 (counties
 * A and B) and C2 (county D); links s, t, u. Firms: A s=2 t=2; B s=1 u=3; D t=1 u=1; one s firm sits in C1 itself
 * (in C1's subtree, not in any place).
 *   X_s = 3, X_t = 3, X_u = 4, X = 10.   Specialised (RCA ≥ 1): A {s, t} (5/3, 5/3); B {u} (1.875; s 0.8333);
 *   D {t, u} (5/3, 1.25).   Ubiquity: s 1, t 2, u 2.   φ_st = 1/2, φ_tu = 1/2, φ_su = 0.
 *   C1 subtree s=4 t=2 u=3 (X = 9): RCA s 4/9/0.3 = 1.4815, t 0.7407, u 0.8333 → {s}; C2 {t, u}.
 */
import { describe, expect, it } from 'vitest';
import {
  chainOpportunities,
  chainRelatedness,
  chainSpecialisation,
  growthOpportunities,
  peers,
  proximityOf,
  rca,
  recruitmentTrips,
  relatednessDensity,
  relatednessSpace,
  sourceRegions,
  specialisedAmong,
  tripDestination,
  type RegionInTree,
} from '../../src/domain/relatedness.js';

const regions: RegionInTree[] = [
  { id: 'P', level: 'PROVINCE', parentId: null },
  { id: 'C1', level: 'CITY', parentId: 'P' },
  { id: 'C2', level: 'CITY', parentId: 'P' },
  { id: 'A', level: 'COUNTY', parentId: 'C1' },
  { id: 'B', level: 'COUNTY', parentId: 'C1' },
  { id: 'D', level: 'DISTRICT', parentId: 'C2' },
  { id: 'E', level: 'COUNTY', parentId: 'P' },
];
const located = [
  { regionId: 'A', linkId: 's', firms: 2 },
  { regionId: 'A', linkId: 't', firms: 2 },
  { regionId: 'B', linkId: 's', firms: 1 },
  { regionId: 'B', linkId: 'u', firms: 3 },
  { regionId: 'D', linkId: 't', firms: 1 },
  { regionId: 'D', linkId: 'u', firms: 1 },
  { regionId: 'C1', linkId: 's', firms: 1 },
];
const space = relatednessSpace(regions, located, ['s', 't', 'u']);

describe('relatedness with townships', () => {
  it("counts a township's firms for its county, as a place, the same as firms located in the county itself", () => {
    const withTownships = relatednessSpace(
      [...regions, { id: 'A1', level: 'TOWNSHIP', parentId: 'A' }, { id: 'B1', level: 'TOWNSHIP', parentId: 'B' }],
      located.map((count) =>
        count.regionId === 'A'
          ? { ...count, regionId: 'A1' }
          : count.regionId === 'B' && count.linkId === 'u'
            ? { ...count, regionId: 'B1' }
            : count,
      ),
      ['s', 't', 'u'],
    );
    expect([...withTownships.placeIds].sort()).toEqual([...space.placeIds].sort());
    expect(withTownships.total).toBe(space.total);
    for (const place of ['A', 'B', 'D'])
      expect([...withTownships.specialisations.get(place)!].sort()).toEqual([...space.specialisations.get(place)!].sort());
    expect(rca(withTownships, 'B', 'u')).toBeCloseTo(1.875, 10);
  });
});

describe('relatedness', () => {
  it('counts X over places only, and RCA per region over its whole subtree', () => {
    expect(space.total).toBe(10);
    expect(Object.fromEntries(space.linkTotals)).toEqual({ s: 3, t: 3, u: 4 });
    expect(rca(space, 'A', 's')).toBeCloseTo(5 / 3, 10);
    expect(rca(space, 'B', 's')).toBeCloseTo(0.25 / 0.3, 10);
    expect(rca(space, 'B', 'u')).toBeCloseTo(1.875, 10);
    expect(rca(space, 'C1', 's')).toBeCloseTo(4 / 9 / 0.3, 10);
    expect(rca(space, 'C1', 'u')).toBeCloseTo(3 / 9 / 0.4, 10);
    expect(rca(space, 'E', 's')).toBe(0);
    expect([...space.specialisations.get('C1')!]).toEqual(['s']);
    expect([...space.specialisations.get('D')!].sort()).toEqual(['t', 'u']);
  });

  it('measures proximity by the places specialised in both, over the larger ubiquity', () => {
    expect(proximityOf(space, 's', 't')).toBe(0.5);
    expect(proximityOf(space, 't', 's')).toBe(0.5);
    expect(proximityOf(space, 't', 'u')).toBe(0.5);
    expect(proximityOf(space, 's', 'u')).toBe(0);
  });

  it('gives the density of what a region has around a link, in [0, 1]', () => {
    expect(relatednessDensity(space, 'B', 's')).toBe(0);
    expect(relatednessDensity(space, 'B', 't')).toBe(0.5);
    expect(relatednessDensity(space, 'A', 'u')).toBe(1);
    expect(relatednessDensity(space, 'D', 's')).toBe(1);
    expect(relatednessDensity(space, 'E', 't')).toBe(0);
  });

  it('ranks growth opportunities: unspecialised links, most related first, with the related specialisations', () => {
    expect(growthOpportunities(space, 'B')).toEqual([
      { linkId: 't', relatedness: 0.5, rca: 0, firms: 0, relatedLinks: [{ linkId: 'u', proximity: 0.5 }] },
      { linkId: 's', relatedness: 0, rca: 0.25 / 0.3, firms: 1, relatedLinks: [] },
    ]);
    expect(growthOpportunities(space, 'B', ['s']).map((opportunity) => opportunity.linkId)).toEqual(['s']);
    expect(chainRelatedness(space, 'B', ['s', 't', 'u'])).toBeCloseTo(0.5 / 3, 10);
    const chains = new Map([
      ['first', ['s', 't', 'u']],
      ['second', ['w']],
    ]);
    expect(chainOpportunities(space, 'B', chains, [])).toEqual([
      { chainId: 'first', relatedness: expect.closeTo(0.5 / 3, 10), specialisedLinkIds: ['u'] },
      { chainId: 'second', relatedness: 0, specialisedLinkIds: [] },
    ]);
    expect(chainOpportunities(space, 'B', chains, ['first']).map((chain) => chain.chainId)).toEqual(['second']);
  });

  it("measures a region's specialisation in a chain as the share of its links it is specialised in", () => {
    expect(chainSpecialisation(space, 'D', ['s', 't', 'u'])).toBeCloseTo(2 / 3, 10);
    expect(specialisedAmong(space, 'D', ['u', 's', 't'])).toEqual(['u', 't']);
    expect(chainSpecialisation(space, 'C1', ['s', 't', 'u'])).toBeCloseTo(1 / 3, 10);
    expect(chainSpecialisation(space, 'E', ['s', 't', 'u'])).toBe(0);
    expect(chainSpecialisation(space, 'A', [])).toBe(0);
  });

  it('finds peers of the same level by Jaccard similarity of specialisations', () => {
    expect(peers(space, 'A')).toEqual([]); // B shares nothing; D is a district
    expect(peers(space, 'B')).toEqual([]);
    expect(peers(space, 'C1')).toEqual([]);
    expect(peers(space, 'C2')).toEqual([]);
    const county = relatednessSpace(
      regions.map((region) => (region.id === 'D' ? { ...region, level: 'COUNTY' as const } : region)),
      located,
      ['s', 't', 'u'],
    );
    expect(peers(county, 'D')).toEqual([
      { regionId: 'B', similarity: 0.5, sharedLinkIds: ['u'] },
      { regionId: 'A', similarity: 1 / 3, sharedLinkIds: ['t'] },
    ]);
  });

  it('lists source regions outside the region, most firms first', () => {
    expect(sourceRegions(space, 'A', 'u')).toEqual([
      { regionId: 'B', firms: 3, rca: 1.875 },
      { regionId: 'D', firms: 1, rca: 1.25 },
    ]);
    expect(sourceRegions(space, 'C1', 'u').map((source) => source.regionId)).toEqual(['D']);
  });

  it('sends a trip to the nearest city, else the province, and ranks trips by their summed scores', () => {
    expect(tripDestination(space.regions, 'A')).toBe('C1');
    expect(tripDestination(space.regions, 'C2')).toBe('C2');
    expect(tripDestination(space.regions, 'E')).toBe('P');
    expect(tripDestination(space.regions, 'unknown')).toBe('unknown');
    const trips = recruitmentTrips([
      { destinationId: 'C2', linkId: 's', enterpriseId: 'x', score: 0.9, candidate: 'x for s' },
      { destinationId: 'C1', linkId: 's', enterpriseId: 'y', score: 0.5, candidate: 'y for s' },
      { destinationId: 'C1', linkId: 'u', enterpriseId: 'z', score: 0.6, candidate: 'z for u' },
    ]);
    expect(trips.map((trip) => [trip.destinationId, trip.totalScore, trip.linkIds])).toEqual([
      ['C1', 1.1, ['u', 's']],
      ['C2', 0.9, ['s']],
    ]);
    expect(trips[0]!.stops.map((stop) => stop.candidate)).toEqual(['z for u', 'y for s']);
  });
});
