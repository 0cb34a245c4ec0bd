import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/dataset/validate.js';
import type { Dataset } from '../../src/dataset/types.js';
import { findChainGaps, type ChainFacts } from '../../src/domain/chain-gaps.js';
import { DEMO_JSON, demoDatasetJson } from '../../seeds/demo/build.js';

const demo = JSON.parse(readFileSync(DEMO_JSON, 'utf8')) as Required<Dataset>;

/** Local firms of a region per DOMAIN.md, computed from the file alone: in it, in its parks, or below it. */
function localFirmIds(regionId: string): Set<string> {
  const parent = new Map(demo.regions.map((r) => [r.id, r.parentId]));
  const within = (id: string | undefined): boolean => id !== undefined && (id === regionId || within(parent.get(id)));
  const parkRegion = new Map(demo.parks.map((p) => [p.id, p.regionId]));
  return new Set(demo.enterprises.filter((e) => within(e.parkId ? parkRegion.get(e.parkId) : e.regionId)).map((e) => e.id));
}

function chainFacts(chainId: string, local: Set<string>): ChainFacts {
  const chain = demo.chains.find((c) => c.id === chainId)!;
  return {
    feeds: chain.feeds ?? [],
    links: chain.links.map((link) => {
      const firms = demo.enterprises.filter((e) => local.has(e.id) && e.linkIds?.includes(link.id));
      const demand = demo.supplies.filter((s) => s.linkId === link.id && local.has(s.customerId));
      return {
        id: link.id,
        name: link.name,
        localEnterpriseCount: firms.length,
        localLeadingCount: firms.filter((e) => e.leading).length,
        localDemand: demand.reduce((sum, s) => sum + s.annualValue, 0),
        externalSupply: demand.filter((s) => !local.has(s.supplierId)).reduce((sum, s) => sum + s.annualValue, 0),
      };
    }),
  };
}

describe('the demo dataset', () => {
  it('is what seeds/demo/build.ts produces (run `npm run seed:build-demo` after editing the sources)', () => {
    expect(readFileSync(DEMO_JSON, 'utf8')).toBe(demoDatasetJson());
  });

  it('passes every validation rule, credit-code checksums included', async () => {
    const report = await validateDataset(DEMO_JSON);
    expect(report.problems).toEqual([]);
    expect(report.counts.enterprises).toBeGreaterThan(100);
  });

  it('has the ten required chains, each a DAG of 8 to 20 links', () => {
    expect(demo.chains.map((c) => c.id).sort()).toEqual([
      'auto-parts',
      'beverage-packaging',
      'cnc-machine-tools',
      'cold-chain',
      'copper',
      'electronics',
      'eyewear',
      'footwear',
      'green-building',
      'iot',
    ]);
    for (const chain of demo.chains) {
      expect(chain.links.length).toBeGreaterThanOrEqual(8);
      expect(chain.links.length).toBeLessThanOrEqual(20);
    }
  });

  it('marks the firms the articles name as article records', () => {
    const articleFirms = demo.enterprises.filter((e) => e.source === 'article').map((e) => e.id);
    expect(articleFirms).toEqual(
      expect.arrayContaining([
        'wanbao-minquan',
        'aucma-minquan',
        'henan-jinlu-shoes',
        'budweiser-xinxiang',
        'changfeng-cheetah-jingmen',
        'foxconn-suixian',
      ]),
    );
    const jinlu = demo.enterprises.find((e) => e.id === 'henan-jinlu-shoes')!;
    expect([jinlu.revenue, jinlu.employees]).toEqual([150_000_000, 300]); // 1.5亿元, 300 jobs, per the article
  });

  const sixRegions = ['minquan', 'suixian', 'shangcai', 'weihui', 'jingmen', 'yingtan'];
  it.each(sixRegions)('gives %s a FILL, an EXTEND and a STRENGTHEN gap in one of its leading chains', (regionId) => {
    const local = localFirmIds(regionId);
    const chains = demo.priorities.filter((p) => p.regionId === regionId).map((p) => p.chainId);
    const kindsPerChain = chains.map((chainId) => new Set(findChainGaps(chainFacts(chainId, local)).gaps.map((g) => g.kind)));
    expect(kindsPerChain.some((kinds) => kinds.has('FILL') && kinds.has('EXTEND') && kinds.has('STRENGTHEN'))).toBe(true);
  });

  it.each(sixRegions)('offers %s candidates with and without supply ties to local firms', (regionId) => {
    const local = localFirmIds(regionId);
    const chains = demo.priorities.filter((p) => p.regionId === regionId).map((p) => p.chainId);
    const gapLinks = chains.flatMap((chainId) => findChainGaps(chainFacts(chainId, local)).gaps.map((g) => g.linkId));
    const candidates = demo.enterprises.filter((e) => !local.has(e.id) && e.linkIds?.some((l) => gapLinks.includes(l)));
    const suppliesLocal = (id: string) => demo.supplies.some((s) => s.supplierId === id && local.has(s.customerId));
    expect(candidates.some((c) => suppliesLocal(c.id))).toBe(true);
    expect(candidates.some((c) => !suppliesLocal(c.id))).toBe(true);
  });
});
