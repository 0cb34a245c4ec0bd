import { describe, expect, it } from 'vitest';
import { PRIORITIES } from '../../seeds/demo/chains.js';
import { useStack } from '../support/stack.js';

const SIX_REGIONS = ['minquan', 'suixian', 'shangcai', 'weihui', 'jingmen', 'yingtan'];

const stack = useStack();
const planner = stack.as('planner', 'shangcai');

interface Overview {
  chain: { id: string; name: string };
  completeness: number;
  fillCount: number;
  extendCount: number;
  strengthenCount: number;
  links: { state: string }[];
}

describe('the investment map on the demo data', () => {
  it('shows every one of the six regions a FILL, an EXTEND and a STRENGTHEN gap in one of its leading chains', async () => {
    const { data, errors } = await planner<Record<string, { nameZh: string; chainOverview: Overview[] }>>(
      `{ ${SIX_REGIONS.map(
        (id) => `${id}: region(id: "${id}") { nameZh chainOverview {
          chain { id name } completeness fillCount extendCount strengthenCount links { state }
        } }`,
      ).join('\n')} }`,
    );
    expect(errors).toBeUndefined();
    const table: string[] = [];
    for (const id of SIX_REGIONS) {
      const overview = data![id]!.chainOverview;
      expect(overview.map((chain) => chain.chain.id)).toEqual([...PRIORITIES[id]!].sort());
      expect(
        overview.some((chain) => chain.fillCount > 0 && chain.extendCount > 0 && chain.strengthenCount > 0),
        `${id} has a chain with all three kinds of gap`,
      ).toBe(true);
      for (const chain of overview) {
        const present = chain.links.filter((link) => link.state !== 'MISSING').length;
        expect(chain.completeness).toBeCloseTo(present / chain.links.length, 12);
        table.push(
          `${id} (${data![id]!.nameZh}) ${chain.chain.name}: ${(chain.completeness * 100).toFixed(0)}% ` +
            `(${present}/${chain.links.length}), FILL ${chain.fillCount}, EXTEND ${chain.extendCount}, STRENGTHEN ${chain.strengthenCount}`,
        );
      }
    }
    console.log(`Leading chains of the six regions on the demo data:\n${table.join('\n')}`);
  });

  it('draws all leading chains of a region in one query for their facts', async () => {
    stack.queries.reset();
    const { data, errors } = await planner<{ region: { chainOverview: Overview[] } }>(
      '{ region(id: "yingtan") { chainOverview { chain { name } completeness links { state link { name } } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.region.chainOverview).toHaveLength(PRIORITIES.yingtan!.length);
    // the region (registry), the facts of all its leading chains (recruitment), chain and link names (chains).
    expect(stack.queries.count()).toBe(4);
  });

  it("answers the planner's question: which links of Shangcai's footwear chain are missing, and whom to call", async () => {
    const { data, errors } = await planner<{
      chainGaps: { gaps: { kind: string; link: { id: string }; candidates: { enterprise: { id: string }; reasons: string[] }[] }[] };
    }>(`{
      chainGaps(regionId: "shangcai", chainId: "footwear") {
        gaps { kind link { id } candidates(first: 3) { enterprise { id name } reasons } }
      }
    }`);
    expect(errors).toBeUndefined();
    const soles = data!.chainGaps.gaps.find((gap) => gap.link.id === 'footwear/soles')!;
    expect(soles.kind).toBe('FILL');
    expect(soles.candidates.length).toBeGreaterThan(0);
    expect(soles.candidates[0]!.reasons.length).toBeGreaterThan(0);
  });
});
