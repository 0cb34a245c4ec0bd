import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../src/dataset/import.js';
import { readRows } from '../../src/neo4j/driver.js';
import { testToken, useStack } from '../support/stack.js';

/**
 * DOMAIN.md's worked example as a dataset (test/fixtures/worked-example.json): links A→B→D, C→D, E→C, F→D, D→G;
 * local firms in A (1, in a park of the county) and D (5, one leading). Supply edges: outside B1 sells 600 of B
 * to D1; D1 buys 100 of D from local D2 and 100 from outside D1. Every expected value below is worked out by hand.
 */
const WORKED_EXAMPLE = fileURLToPath(new URL('../fixtures/worked-example.json', import.meta.url));

const stack = useStack(WORKED_EXAMPLE);
const planner = stack.as('planner', 'wx-county');

interface Gap {
  kind: string;
  link: { id: string; name: string };
  direction: string | null;
  localEnterpriseCount: number;
  externalDependency: number | null;
  localDemand: number | null;
  reasons: string[];
}

interface Candidate {
  enterprise: { id: string };
  score: number;
  reasons: string[];
  components: { ties: number; scale: number; stature: number; fit: number };
  annualValueToLocalFirms: number;
}

interface Analysis {
  region: { id: string };
  chain: { id: string };
  completeness: number;
  presentLinkCount: number;
  linkCount: number;
  gaps: (Gap & { candidates?: Candidate[] })[];
  simulatedEnterprises: { id: string }[];
  links?: { link: { id: string }; state: string; gapKind: string | null }[];
}

const GAP_FIELDS = 'kind link { id name } direction localEnterpriseCount externalDependency localDemand reasons';

async function chainGaps(regionId: string, options?: Record<string, unknown>, candidates = '') {
  const { data, errors } = await planner<{ chainGaps: Analysis }>(
    `query ($regionId: ID!, $options: GapOptions) {
      chainGaps(regionId: $regionId, chainId: "wx-chain", options: $options) {
        region { id } chain { id } completeness presentLinkCount linkCount simulatedEnterprises { id }
        gaps { ${GAP_FIELDS} ${candidates} }
      }
    }`,
    { regionId, options },
  );
  expect(errors).toBeUndefined();
  return data!.chainGaps;
}

const gap = (kind: string, letter: string, fields: Partial<Gap>): Gap => ({
  kind,
  link: { id: `wx/${letter.toLowerCase()}`, name: `Link ${letter}` },
  direction: null,
  localEnterpriseCount: 0,
  externalDependency: null,
  localDemand: 0,
  reasons: [],
  ...fields,
});

/** The answer for the county with the default options, in chain order (upstream links first, then by id). */
const EXPECTED_GAPS: Gap[] = [
  gap('STRENGTHEN', 'A', {
    localEnterpriseCount: 1,
    reasons: ['only 1 local firm in Link A (fewer than 3)', 'no local leading firm in Link A'],
  }),
  gap('EXTEND', 'F', { direction: 'UPSTREAM', reasons: ['no local firm in Link F, directly upstream of Link D, which the region has'] }),
  gap('FILL', 'B', {
    externalDependency: 1,
    localDemand: 600,
    reasons: ['no local firm in Link B; the chain around it is present (upstream via Link A, downstream via Link D)'],
  }),
  gap('EXTEND', 'C', { direction: 'UPSTREAM', reasons: ['no local firm in Link C, directly upstream of Link D, which the region has'] }),
  gap('EXTEND', 'G', {
    direction: 'DOWNSTREAM',
    reasons: ['no local firm in Link G, directly downstream of Link D, which the region has'],
  }),
];

describe('chainGaps on the worked example of DOMAIN.md', () => {
  it('answers every field as computed by hand', async () => {
    const analysis = await chainGaps('wx-county');
    expect(analysis).toEqual({
      region: { id: 'wx-county' },
      chain: { id: 'wx-chain' },
      completeness: 2 / 7,
      presentLinkCount: 2,
      linkCount: 7,
      simulatedEnterprises: [],
      gaps: EXPECTED_GAPS,
    });
  });

  it('counts a firm in a park of the county for the county, its city and its province, and not elsewhere', async () => {
    for (const regionId of ['wx-city', 'wx-province']) {
      const analysis = await chainGaps(regionId);
      expect(analysis.completeness).toBe(2 / 7);
      expect(analysis.gaps).toEqual(EXPECTED_GAPS);
    }
    const outside = await chainGaps('wx-outside');
    expect(outside.completeness).toBe(1); // every link has an outside firm
  });

  it('reports E, two links away, when maxExtendDistance is 2', async () => {
    const analysis = await chainGaps('wx-county', { maxExtendDistance: 2 });
    expect(analysis.gaps.find((found) => found.link.id === 'wx/e')).toEqual(
      gap('EXTEND', 'E', { direction: 'UPSTREAM', reasons: ['no local firm in Link E, 2 links from the nearest link the region has'] }),
    );
  });

  it('weighs external dependency: D buys half from outside, weak only when the ceiling is below one half', async () => {
    const strict = await chainGaps('wx-county', { maxExternalDependency: 0.4 });
    expect(strict.gaps.find((found) => found.link.id === 'wx/d')).toEqual(
      gap('STRENGTHEN', 'D', {
        localEnterpriseCount: 5,
        externalDependency: 0.5,
        localDemand: 200,
        reasons: ['local firms buy 50% of their Link D from outside the region (more than 40%)'],
      }),
    );
    const lenient = await chainGaps('wx-county', { minEnterprises: 1, requireLeading: false });
    expect(lenient.gaps.map((found) => [found.kind, found.link.id])).toEqual([
      ['EXTEND', 'wx/f'],
      ['FILL', 'wx/b'],
      ['EXTEND', 'wx/c'],
      ['EXTEND', 'wx/g'],
    ]);
  });

  it('gives the local supply rate (本地配套率) of the chain and of each link, as computed by hand', async () => {
    const { data, errors } = await planner<{
      region: {
        chainOverview: {
          localSupplyShare: number | null;
          history: { localSupplyShare: number | null }[];
          links: { link: { id: string }; localDemand: number | null; localSupplyShare: number | null }[];
        }[];
      };
    }>(
      '{ region(id: "wx-county") { chainOverview { localSupplyShare history { localSupplyShare } links { link { id } localDemand localSupplyShare } } } }',
    );
    expect(errors).toBeUndefined();
    const [overview] = data!.region.chainOverview;
    // D1 buys 600 of B from outside, and of D 100 from local D2 and 100 from outside: (800 − 700) / 800 over the chain.
    expect(overview!.localSupplyShare).toBe(0.125);
    // Recorded with the completeness at import, so its trend shows beside it.
    expect(overview!.history.at(-1)!.localSupplyShare).toBe(0.125);
    const byLink = Object.fromEntries(overview!.links.map((entry) => [entry.link.id, [entry.localDemand, entry.localSupplyShare]]));
    expect(byLink).toEqual({
      'wx/a': [0, null],
      'wx/b': [600, 0],
      'wx/c': [0, null],
      'wx/d': [200, 0.5],
      'wx/e': [0, null],
      'wx/f': [0, null],
      'wx/g': [0, null],
    });
  });

  it('refuses unknown ids with NOT_FOUND and options out of range with BAD_USER_INPUT naming them', async () => {
    const unknown = await planner('{ chainGaps(regionId: "atlantis", chainId: "wx-chain") { completeness } }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toContain("no Region 'atlantis'");
    const both = await planner('{ chainGaps(regionId: "atlantis", chainId: "nope") { completeness } }');
    expect(both.errors?.[0]?.message).toContain("no Region 'atlantis' and no Chain 'nope'");
    const bad = await planner(
      '{ chainGaps(regionId: "wx-county", chainId: "wx-chain", options: { minEnterprises: 0, maxExternalDependency: 1.5, weights: { ties: -1 } }) { completeness } }',
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(
      /minEnterprises must be between 1 and 10000, got 0.*maxExternalDependency must be between 0 and 1, got 1.5.*weights.ties/,
    );
  });
});

describe('reasons in the language of the request', () => {
  const query = `{ chainGaps(regionId: "wx-county", chainId: "wx-chain") { gaps {
    link { id } reasons reasonDetails { code text params { name value } }
    candidates(first: 1) { reasons reasonDetails { code } }
  } } }`;
  const ask = async (acceptLanguage: string) => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': acceptLanguage,
        authorization: `Bearer ${await testToken('planner', 'wx-county')}`,
      },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as {
      data: {
        chainGaps: { gaps: { link: { id: string }; reasons: string[]; reasonDetails: unknown[]; candidates: { reasons: string[] }[] }[] };
      };
    };
    return new Map(body.data.chainGaps.gaps.map((found) => [found.link.id, found]));
  };

  it('answers in Chinese for zh…, passed on by the gateway, with the same reasons as data', async () => {
    const b = (await ask('zh-CN,zh;q=0.9,en;q=0.8')).get('wx/b')!;
    expect(b.reasons).toEqual(['本地缺Link B这一环：上游Link A、下游Link D都有本地企业，中间断了链']);
    expect(b.reasonDetails).toEqual([
      {
        code: 'MISSING_BETWEEN_PRESENT',
        text: b.reasons[0],
        params: [
          { name: 'link', value: 'Link B' },
          { name: 'upstream', value: 'Link A' },
          { name: 'downstream', value: 'Link D' },
        ],
      },
    ]);
    expect(b.candidates[0]!.reasons[0]).toBe('已给本地1家企业供货，每年600元（以商招商）');
  });

  it('answers in English otherwise', async () => {
    const b = (await ask('en-GB,zh;q=0.5')).get('wx/b')!;
    expect(b.reasons).toEqual(['no local firm in Link B; the chain around it is present (upstream via Link A, downstream via Link D)']);
    expect(b.candidates[0]!.reasons[0]).toBe('already sells 600 yuan a year to 1 local firm (以商招商)');
  });
});

describe('recruitment candidates', () => {
  const CANDIDATES =
    'candidates(first: 10) { enterprise { id } score reasons components { ties scale stature fit } annualValueToLocalFirms }';
  const candidatesAt = async (letter: string, options?: Record<string, unknown>) =>
    (await chainGaps('wx-county', options, CANDIDATES)).gaps.find((found) => found.link.id === `wx/${letter}`)!.candidates!;
  // scale = log(1 + revenue) / the largest among the gap's candidates; B1, B2 earn 10^8, B3 10^6.
  const b3Scale = Math.log1p(1e6) / Math.log1p(1e8);

  it('ranks a supplier of local firms above an identical non-supplier, excludes a firm landed in the region, explains each', async () => {
    const candidates = await candidatesAt('b');
    // B4 has a LANDED project in the county's park: recruited, no longer a candidate. B2's project is only a LEAD.
    expect(candidates.map((candidate) => candidate.enterprise.id)).toEqual(['wx-ob1', 'wx-ob3', 'wx-ob2']);
    const [b1, b3, b2] = candidates;
    expect(b1!.components).toEqual({ ties: 1, scale: 1, stature: 0, fit: 0 });
    expect(b1!.score).toBeCloseTo(0.4 + 0.25, 12);
    expect(b1!.annualValueToLocalFirms).toBe(600);
    expect(b1!.reasons[0]).toBe('already sells 600 yuan a year to 1 local firm (以商招商)');
    // B3: leading, and one of its two links (D) is present in the county.
    expect(b3!.components).toEqual({ ties: 0, scale: b3Scale, stature: 1, fit: 0.5 });
    expect(b3!.score).toBeCloseTo(0.25 * b3Scale + 0.2 + 0.15 * 0.5, 12);
    expect(b3!.reasons).toContain('1 of its 2 chain links is already present in the region');
    expect(b2!.components).toEqual({ ties: 0, scale: 1, stature: 0, fit: 0 });
    expect(b2!.score).toBeCloseTo(0.25, 12);
  });

  it('changes the order as the weights say', async () => {
    const weights = { ties: 0.1, stature: 1 };
    const candidates = await candidatesAt('b', { weights });
    const sum = 0.1 + 0.25 + 1 + 0.15;
    expect(candidates.map((candidate) => candidate.enterprise.id)).toEqual(['wx-ob3', 'wx-ob1', 'wx-ob2']);
    expect(candidates[0]!.score).toBeCloseTo((0.25 * b3Scale + 1 + 0.15 * 0.5) / sum, 12);
    expect(candidates[1]!.score).toBeCloseTo((0.1 + 0.25) / sum, 12);
  });

  it('offers outside firms for a STRENGTHEN gap too, and none local', async () => {
    expect((await candidatesAt('a')).map((candidate) => candidate.enterprise.id)).toEqual(['wx-oa1']);
  });

  it('gathers the facts and the candidates of every gap in a bounded number of queries', async () => {
    stack.queries.reset();
    await chainGaps('wx-county', undefined, 'candidates { score enterprise { id name } }');
    // The dataset revision, the chain facts, the region's side of the candidates of all five gaps at once, the firms
    // recruited to the region and one read of the firms of those links (fewer once kept by an earlier test); names
    // of links and firms come with them.
    expect(stack.queries.count()).toBeLessThanOrEqual(5);
    stack.queries.reset();
    // Until an import changes the data, only the revision and the recruits are read again.
    await chainGaps('wx-county', undefined, 'candidates { score enterprise { id name } }');
    expect(stack.queries.count()).toBe(2);
  });

  it('hands out the names of gap links and candidates as their owning subgraphs have them', async () => {
    const analysis = await chainGaps('wx-county', undefined, 'candidates { enterprise { id name nameZh creditCode } }');
    for (const gap of analysis.gaps) {
      const { data: owned } = await planner<{ chainLink: { name: string } }>('query ($id: ID!) { chainLink(id: $id) { name } }', {
        id: gap.link.id,
      });
      expect(gap.link.name).toBe(owned!.chainLink.name);
      for (const { enterprise } of gap.candidates!) {
        const { data } = await planner<{ enterprise: unknown }>(
          'query ($id: ID!) { enterprise(id: $id) { id name nameZh creditCode } }',
          enterprise,
        );
        expect(enterprise).toEqual(data!.enterprise);
      }
    }
    expect(analysis.gaps.flatMap((gap) => gap.candidates!).length).toBeGreaterThan(3);
  });
});

describe('simulateRecruitment', () => {
  /** Every node and relationship with its properties, in a stable order. */
  async function graphDump(): Promise<string> {
    const rows = await readRows<{ entry: unknown }>(
      stack.driver,
      `MATCH (n) RETURN [labels(n), properties(n)] AS entry
       UNION ALL
       MATCH (a)-[r]->(b) RETURN [a.id, type(r), b.id, properties(r)] AS entry`,
    );
    const sortedKeys = (_: string, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort()) : value;
    return rows
      .map((row) => JSON.stringify(row.entry, sortedKeys))
      .sort()
      .join('\n');
  }

  it('recomputes gaps and completeness as if the firms were local, and writes nothing', async () => {
    const before = await graphDump();
    const { data, errors } = await planner<{ simulateRecruitment: Analysis }>(`{
      simulateRecruitment(regionId: "wx-county", chainId: "wx-chain", enterpriseIds: ["wx-ob1"]) {
        completeness presentLinkCount simulatedEnterprises { id }
        gaps { ${GAP_FIELDS} candidates { enterprise { id } } }
        links { link { id } state gapKind }
      }
    }`);
    expect(errors).toBeUndefined();
    const simulated = data!.simulateRecruitment;
    expect(simulated.completeness).toBe(3 / 7);
    expect(simulated.presentLinkCount).toBe(3);
    expect(simulated.simulatedEnterprises).toEqual([{ id: 'wx-ob1' }]);
    const b = simulated.gaps.find((found) => found.link.id === 'wx/b')!;
    // B1 would be the only firm in B, not leading, and D1 would buy all its B locally.
    expect(b).toMatchObject({
      kind: 'STRENGTHEN',
      localEnterpriseCount: 1,
      externalDependency: 0,
      localDemand: 600,
      reasons: ['only 1 local firm in Link B (fewer than 3)', 'no local leading firm in Link B'],
    });
    expect(b.candidates!.map((candidate) => candidate.enterprise.id)).toEqual(['wx-ob3', 'wx-ob2']);
    // Every link with its state, to redraw the chain: B was MISSING (FILL) and is now there, weakly.
    const states = simulated.links!;
    expect(states.map((link) => link.link.id)).toEqual(['wx/a', 'wx/e', 'wx/f', 'wx/b', 'wx/c', 'wx/d', 'wx/g']);
    expect(states.find((link) => link.link.id === 'wx/b')).toEqual({ link: { id: 'wx/b' }, state: 'WEAK', gapKind: 'STRENGTHEN' });
    expect(await graphDump()).toBe(before);
  });

  it('refuses unknown enterprises and empty lists with BAD_USER_INPUT', async () => {
    const unknown = await planner(
      '{ simulateRecruitment(regionId: "wx-county", chainId: "wx-chain", enterpriseIds: ["ghost"]) { completeness } }',
    );
    expect(unknown.errors?.[0]).toMatchObject({ message: "enterpriseIds: no Enterprise 'ghost'.", extensions: { code: 'BAD_USER_INPUT' } });
    const empty = await planner('{ simulateRecruitment(regionId: "wx-county", chainId: "wx-chain", enterpriseIds: []) { completeness } }');
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('Region.chainOverview', () => {
  it('draws every leading chain: completeness, gap counts, and each link PRESENT, WEAK or MISSING', async () => {
    const { data, errors } = await planner<{ region: { chainOverview: unknown[] } }>(`{
      region(id: "wx-county") { chainOverview {
        chain { id } completeness fillCount extendCount strengthenCount
        links { link { id } state localEnterpriseCount gapKind }
      } }
    }`);
    expect(errors).toBeUndefined();
    const link = (letter: string, state: string, localEnterpriseCount: number, gapKind: string | null) => ({
      link: { id: `wx/${letter}` },
      state,
      localEnterpriseCount,
      gapKind,
    });
    expect(data!.region.chainOverview).toEqual([
      {
        chain: { id: 'wx-chain' },
        completeness: 2 / 7,
        fillCount: 1,
        extendCount: 3,
        strengthenCount: 1,
        links: [
          link('a', 'WEAK', 1, 'STRENGTHEN'),
          link('e', 'MISSING', 0, null),
          link('f', 'MISSING', 0, 'EXTEND'),
          link('b', 'MISSING', 0, 'FILL'),
          link('c', 'MISSING', 0, 'EXTEND'),
          link('d', 'PRESENT', 5, null),
          link('g', 'MISSING', 0, 'EXTEND'),
        ],
      },
    ]);
  });
});

describe('analyses after an import', () => {
  /** Imports a dataset holding only Outside B1, located as given (the worked example puts it in wx-outside). */
  async function importOutsideB1(regionId: string) {
    const original = JSON.parse(readFileSync(WORKED_EXAMPLE, 'utf8')) as { enterprises: { id: string }[] };
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'chain-graph-move-')), 'move.json');
    const enterprise = original.enterprises.find((candidate) => candidate.id === 'wx-ob1')!;
    writeFileSync(file, JSON.stringify({ enterprises: [{ ...enterprise, regionId }] }));
    await importDataset(stack.driver, file);
  }

  it('answer from the data as imported: facts kept across requests are read again once an import changed them', async () => {
    const linkB = async () => {
      const analysis = await chainGaps('wx-county', undefined, 'candidates { enterprise { id } }');
      const gap = analysis.gaps.find((found) => found.link.id === 'wx/b')!;
      return {
        kind: gap.kind,
        localEnterpriseCount: gap.localEnterpriseCount,
        candidates: gap.candidates!.map((candidate) => candidate.enterprise.id).sort(),
      };
    };
    const before = { kind: 'FILL', localEnterpriseCount: 0, candidates: ['wx-ob1', 'wx-ob2', 'wx-ob3'] };
    expect(await linkB()).toEqual(before);
    try {
      await importOutsideB1('wx-county');
      // B1 is now local: B has one firm (weak, not missing), and B1 is no longer a candidate for it.
      expect(await linkB()).toEqual({ kind: 'STRENGTHEN', localEnterpriseCount: 1, candidates: ['wx-ob2', 'wx-ob3'] });
    } finally {
      await importOutsideB1('wx-outside');
    }
    expect(await linkB()).toEqual(before);
  });
});
