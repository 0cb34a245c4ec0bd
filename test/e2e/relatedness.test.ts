/**
 * Relatedness through the gateway against Neo4j, on test/fixtures/relatedness.json, computed here by hand.
 *
 * Province rl-p: city rl-c1 (counties rl-a, rl-b; rl-b has a park), city rl-c2 (county rl-d). Chain rl-chain
 * S → T → U (rl-a leads it); chain rl-second has one link W and no firm. Firms, one link each:
 *   rl-a: S 2, T 2 · rl-b: S 1, U 3 (one in its park) · rl-d: T 1, U 1 · rl-c1 itself: S 1 (in no county).
 * Counted over counties: X_S = 3, X_T = 3, X_U = 4, X_W = 0, X = 10; county totals rl-a 4, rl-b 4, rl-d 2.
 *   RCA rl-a: S (2/4)/(3/10) = 5/3, T 5/3 → specialised in {S, T}
 *   RCA rl-b: S (1/4)/(3/10) = 0.8333, U (3/4)/(4/10) = 1.875 → {U}
 *   RCA rl-d: T (1/2)/(3/10) = 5/3, U (1/2)/(4/10) = 1.25 → {T, U}
 * Ubiquity S 1, T 2, U 2. Proximity φ_ST = 1/max(1,2) = 0.5 (rl-a), φ_TU = 1/2 = 0.5 (rl-d), φ_SU = 0.
 * Density of rl-b: T = φ_TU / (φ_TS + φ_TU) = 0.5; S = 0 (its only neighbour T is not rl-b's); U = 0; W = 0.
 * Peers (Jaccard of specialisations): rl-d~rl-b = |{U}|/|{T,U}| = 0.5, rl-d~rl-a = |{T}|/|{S,T,U}| = 1/3, rl-a~rl-b 0.
 * Cities: rl-c1 subtree S 4, T 2, U 3 (X = 9): RCA S 1.4815 → {S}; rl-c2 {T, U}: no peer for either.
 * Province rl-p subtree S 4, T 3, U 4 (11 firms): RCA S (4/11)/(3/10) = 1.21, T 0.909, U 0.909 → {S}.
 * Specialisation in rl-chain (share of S, T, U specialised in): rl-a 2/3, rl-b 1/3, rl-c1 1/3, rl-p 1/3.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testToken, useStack } from '../support/stack.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/relatedness.json', import.meta.url));
const stack = useStack(FIXTURE);
const planner = stack.as('planner', 'rl-b');

interface Opportunity {
  link: { id: string };
  relatedness: number;
  rca: number;
  firms: number;
  reasons: string[];
  relatedLinks: { link: { id: string }; proximity: number }[];
}

describe('relatedness', () => {
  it('ranks a county’s growth opportunities by relatedness density, with the related links it specialises in', async () => {
    const { data, errors } = await planner<{ region: { growthOpportunities: Opportunity[]; inChain: Opportunity[] } }>(`{
      region(id: "rl-b") {
        growthOpportunities { link { id } relatedness rca firms reasons relatedLinks { link { id } proximity } }
        inChain: growthOpportunities(chainId: "rl-chain", first: 1) { link { id } relatedness rca firms reasons relatedLinks { link { id } proximity } }
      }
    }`);
    expect(errors).toBeUndefined();
    const opportunities = data!.region.growthOpportunities;
    expect(opportunities.map((opportunity) => opportunity.link.id)).toEqual(['rl/t', 'rl/s', 'rl2/w']);
    expect(opportunities[0]).toEqual({
      link: { id: 'rl/t' },
      relatedness: 0.5,
      rca: 0,
      firms: 0,
      reasons: [
        'the region specialises in Link U, which counties across the country often specialise in together with this link (proximity 50%)',
      ],
      relatedLinks: [{ link: { id: 'rl/u' }, proximity: 0.5 }],
    });
    expect(opportunities[1]!.rca).toBeCloseTo(0.25 / 0.3, 10);
    expect(opportunities[1]!.firms).toBe(1);
    expect(opportunities[1]!.reasons).toEqual(['nothing the region specialises in is related to it: it would be built from scratch']);
    expect(data!.region.inChain).toEqual([opportunities[0]]);
  });

  it('says the reasons in Chinese for a Chinese request', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': 'zh-CN',
        authorization: `Bearer ${await testToken('planner', 'rl-b')}`,
      },
      body: JSON.stringify({ query: '{ region(id: "rl-b") { growthOpportunities(first: 1) { reasons } } }' }),
    });
    const { data } = (await response.json()) as { data: { region: { growthOpportunities: { reasons: string[] }[] } } };
    expect(data.region.growthOpportunities[0]!.reasons).toEqual([
      '本地在环节U上有专长，而全国的县区常常同时在这两个环节上有专长（关联度50%）',
    ]);
  });

  it('ranks the chains a region does not lead by the mean relatedness of their links', async () => {
    const { data } = await planner<{
      b: { chainOpportunities: { chain: { id: string }; relatedness: number; specialisedLinks: { id: string }[] }[] };
      a: { chainOpportunities: { chain: { id: string } }[] };
    }>(`{
      b: region(id: "rl-b") { chainOpportunities { chain { id } relatedness specialisedLinks { id } } }
      a: region(id: "rl-a") { chainOpportunities { chain { id } } }
    }`);
    expect(data!.b.chainOpportunities).toEqual([
      { chain: { id: 'rl-chain' }, relatedness: expect.closeTo(0.5 / 3, 10), specialisedLinks: [{ id: 'rl/u' }] },
      { chain: { id: 'rl-second' }, relatedness: 0, specialisedLinks: [] },
    ]);
    // rl-a leads rl-chain already.
    expect(data!.a.chainOpportunities).toEqual([{ chain: { id: 'rl-second' } }]);
  });

  it('finds peers of the same level by the similarity of their specialisations', async () => {
    const { data } = await planner<
      Record<string, { peers: { region: { id: string; name: string }; similarity: number; sharedLinks: { id: string }[] }[] }>
    >(`{
      d: region(id: "rl-d") { peers { region { id name } similarity sharedLinks { id } } }
      b: region(id: "rl-b") { peers { region { id name } similarity sharedLinks { id } } }
      c1: region(id: "rl-c1") { peers { region { id name } similarity sharedLinks { id } } }
    }`);
    expect(data!.d!.peers).toEqual([
      { region: { id: 'rl-b', name: 'County B' }, similarity: 0.5, sharedLinks: [{ id: 'rl/u' }] },
      { region: { id: 'rl-a', name: 'County A' }, similarity: expect.closeTo(1 / 3, 10), sharedLinks: [{ id: 'rl/t' }] },
    ]);
    expect(data!.b!.peers.map((peer) => peer.region.id)).toEqual(['rl-d']);
    expect(data!.c1!.peers).toEqual([]);
  });

  it('gives each gap its relatedness and the counties to recruit it from', async () => {
    const { data, errors } = await planner<{
      chainGaps: {
        gaps: { link: { id: string }; relatedness: number; sourceRegions: { region: { id: string }; firms: number; rca: number }[] }[];
      };
    }>(
      '{ chainGaps(regionId: "rl-b", chainId: "rl-chain") { gaps { link { id } relatedness sourceRegions { region { id } firms rca } } } }',
    );
    expect(errors).toBeUndefined();
    const missingT = data!.chainGaps.gaps.find((gap) => gap.link.id === 'rl/t')!;
    expect(missingT.relatedness).toBe(0.5);
    expect(missingT.sourceRegions).toEqual([
      { region: { id: 'rl-a' }, firms: 2, rca: expect.closeTo(5 / 3, 10) },
      { region: { id: 'rl-d' }, firms: 1, rca: expect.closeTo(5 / 3, 10) },
    ]);
  });

  it('plans recruitment trips: each gap’s candidates grouped by their city, ranked by the sum of their scores', async () => {
    type Candidate = { score: number; enterprise: { id: string } };
    const { data, errors } = await planner<{
      chainGaps: { gaps: { link: { id: string }; candidates: Candidate[] }[] };
      recruitmentTrips: {
        destination: { id: string };
        totalScore: number;
        gaps: { id: string }[];
        candidates: (Candidate & { link: { id: string } })[];
      }[];
    }>(`{
      chainGaps(regionId: "rl-b", chainId: "rl-chain") { gaps { link { id } candidates { score enterprise { id } } } }
      recruitmentTrips(regionId: "rl-b", chainId: "rl-chain") {
        destination { id } totalScore gaps { id } candidates { score enterprise { id } link { id } }
      }
    }`);
    expect(errors).toBeUndefined();
    // Where each candidate firm is: rl-a and rl-c1 itself are in City One; rl-d is in City Two.
    const cityOf = (enterpriseId: string) => (enterpriseId.startsWith('rl-d-') ? 'rl-c2' : 'rl-c1');
    const expected = new Map<string, { total: number; stops: string[] }>();
    for (const gap of data!.chainGaps.gaps) {
      for (const candidate of gap.candidates) {
        const trip = expected.get(cityOf(candidate.enterprise.id)) ?? { total: 0, stops: [] };
        trip.total += candidate.score;
        trip.stops.push(`${candidate.enterprise.id} for ${gap.link.id}`);
        expected.set(cityOf(candidate.enterprise.id), trip);
      }
    }
    const trips = data!.recruitmentTrips;
    expect(trips.map((trip) => trip.destination.id).sort()).toEqual([...expected.keys()].sort());
    expect(trips[0]!.totalScore).toBeGreaterThanOrEqual(trips[1]!.totalScore);
    for (const trip of trips) {
      const wanted = expected.get(trip.destination.id)!;
      expect(trip.totalScore).toBeCloseTo(wanted.total, 10);
      expect(trip.candidates.map((candidate) => `${candidate.enterprise.id} for ${candidate.link.id}`).sort()).toEqual(wanted.stops.sort());
      const scores = trip.candidates.map((candidate) => candidate.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    expect(trips.find((trip) => trip.destination.id === 'rl-c2')!.gaps.map((gap) => gap.id)).toContain('rl/t');
  });

  it('is for planners, like the gaps', async () => {
    const { errors } = await stack.query('{ region(id: "rl-b") { growthOpportunities { link { id } } } }');
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const trips = await stack.query('{ recruitmentTrips(regionId: "rl-b", chainId: "rl-chain") { totalScore } }');
    expect(trips.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown chain and a page size out of range, saying which', async () => {
    const unknown = await planner('{ region(id: "rl-b") { growthOpportunities(chainId: "no-such-chain") { link { id } } } }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const tooMany = await planner('{ region(id: "rl-b") { peers(first: 1000) { similarity } } }');
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });

  it('answers the same in the analysts’ reports growth-opportunities and peers', async () => {
    const analyst = stack.as('analyst');
    const growth = await analyst<{ runReport: { rows: Record<string, unknown>[] } }>(
      '{ runReport(name: "growth-opportunities", params: { regionId: "rl-b" }) { rows } }',
    );
    expect(growth.errors).toBeUndefined();
    expect(growth.data!.runReport.rows).toEqual([
      expect.objectContaining({ linkId: 'rl/t', relatedness: 0.5, rca: 0, firms: 0, relatedLinkIds: ['rl/u'], chainId: 'rl-chain' }),
      expect.objectContaining({ linkId: 'rl/s', relatedness: 0, rca: expect.closeTo(0.25 / 0.3, 10), firms: 1, relatedLinkIds: [] }),
      expect.objectContaining({ linkId: 'rl2/w', relatedness: 0, rca: 0, firms: 0, relatedLinkIds: [] }),
    ]);
    const peers = await analyst<{ runReport: { rows: Record<string, unknown>[] } }>(
      '{ runReport(name: "peers", params: { regionId: "rl-d" }) { rows } }',
    );
    expect(peers.errors).toBeUndefined();
    expect(peers.data!.runReport.rows).toEqual([
      { regionId: 'rl-b', region: 'County B', regionZh: '乙县', similarity: 0.5, sharedLinkIds: ['rl/u'] },
      { regionId: 'rl-a', region: 'County A', regionZh: '甲县', similarity: expect.closeTo(1 / 3, 10), sharedLinkIds: ['rl/t'] },
    ]);
  });

  it('shows a chain across the counties of a city, most complete first, the city rolled up, and the provinces nationally', async () => {
    type Summary = {
      region: { id: string };
      completeness: number;
      presentLinkCount: number;
      fillCount: number;
      extendCount: number;
      leadingRegionCount: number;
      specialisation: number;
      specialisedLinks: { id: string }[];
    };
    const fields =
      'region { id } completeness presentLinkCount fillCount extendCount leadingRegionCount specialisation specialisedLinks { id }';
    const { data, errors } = await planner<{
      region: { subregionOverview: { chain: { id: string }; region: Summary; subregions: Summary[] } };
      nationalOverview: { region: Summary | null; subregions: Summary[] };
    }>(`{
      region(id: "rl-c1") { subregionOverview(chainId: "rl-chain") { chain { id } region { ${fields} } subregions { ${fields} } } }
      nationalOverview(chainId: "rl-chain") { region { ${fields} } subregions { ${fields} } }
    }`);
    expect(errors).toBeUndefined();
    const overview = data!.region.subregionOverview;
    // rl-a has S and T (U missing next to T: EXTEND); rl-b has S and U (T missing between them: FILL); 2 of 3 each.
    const counts = { presentLinkCount: 2, leadingRegionCount: 1 };
    expect(overview.subregions).toEqual([
      {
        region: { id: 'rl-a' },
        completeness: 2 / 3,
        ...counts,
        fillCount: 0,
        extendCount: 1,
        specialisation: 2 / 3,
        specialisedLinks: [{ id: 'rl/s' }, { id: 'rl/t' }],
      },
      {
        region: { id: 'rl-b' },
        completeness: 2 / 3,
        ...counts,
        leadingRegionCount: 0,
        fillCount: 1,
        extendCount: 0,
        specialisation: 1 / 3,
        specialisedLinks: [{ id: 'rl/u' }],
      },
    ]);
    // The city as a whole has every link (its own S firm too), though it leads no chain itself.
    expect(overview.region).toMatchObject({
      region: { id: 'rl-c1' },
      completeness: 1,
      presentLinkCount: 3,
      leadingRegionCount: 1,
      specialisation: 1 / 3,
      specialisedLinks: [{ id: 'rl/s' }],
    });
    expect(data!.nationalOverview.region).toBeNull();
    expect(data!.nationalOverview.subregions).toEqual([
      expect.objectContaining({ region: { id: 'rl-p' }, completeness: 1, leadingRegionCount: 1, specialisation: 1 / 3 }),
    ]);
  });

  it('lists the chains led within a region, by how many regions under it lead them', async () => {
    const { data, errors } = await planner<{ [alias: string]: { chainsLedWithin: { id: string }[] } }>(`{
      city: region(id: "rl-c1") { chainsLedWithin { id } }
      province: region(id: "rl-p") { chainsLedWithin { id } }
      county: region(id: "rl-b") { chainsLedWithin { id } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.city!.chainsLedWithin).toEqual([{ id: 'rl-chain' }]);
    expect(data!.province!.chainsLedWithin).toEqual([{ id: 'rl-chain' }]);
    expect(data!.county!.chainsLedWithin).toEqual([]);
  });
});
