import type { GapKind } from '../../../domain/chain-gaps.js';
import { chainGapsOf, type LeadingChainFactsRecord } from '../../../facts/chain-facts.js';
import { regionAtOrUnder } from '../../../neo4j/cypher-fragments.js';
import type { ComputedReport } from '../catalogue.js';

/** The leading chains of the regions at or under `$regionId` (every region when null), with the names the rows show. */
export const LEADING_CHAINS_IN_SCOPE = `
  MATCH (root:Region)-[:PRIORITIZES]->(chain:Chain)
  WHERE $regionId IS NULL OR EXISTS { MATCH (scope:Region {id: $regionId}) WHERE EXISTS { ${regionAtOrUnder('root', 'scope')} } }
  RETURN root.id AS regionId, root.name AS region, root.nameZh AS regionZh, chain.id AS chainId, chain.name AS chain
  ORDER BY regionId, chainId`;

interface LeadingChainRow {
  regionId: string;
  region: string;
  regionZh: string | null;
  chainId: string;
  chain: string;
}

export const chainCompleteness: ComputedReport = {
  kind: 'computed',
  name: 'chain-completeness',
  file: 'src/subgraphs/reports/catalogue/chain-completeness.ts',
  columns: ['regionId', 'region', 'regionZh', 'chainId', 'chain', 'links', 'presentLinks', 'completeness', 'fill', 'extend', 'strengthen'],
  description:
    'Completeness of every leading chain of every region, with its FILL, EXTEND and STRENGTHEN gaps counted by the gap rules of chainGaps (the same definitions and defaults; the firms of OPERATING projects count as local).',
  parameters: [
    {
      name: 'regionId',
      type: 'ID',
      required: false,
      default: null,
      description: 'Only this region and the regions under it; every region when omitted.',
    },
    { name: 'minEnterprises', type: 'Int', required: false, default: 3, description: 'A present link with fewer local firms is weak.' },
    {
      name: 'maxExternalDependency',
      type: 'Float',
      required: false,
      default: 0.5,
      description: 'A present link whose local firms buy more than this share from outside is weak.',
    },
    {
      name: 'requireLeading',
      type: 'Boolean',
      required: false,
      default: true,
      description: 'A present link with no local leading firm is weak.',
    },
    {
      name: 'maxExtendDistance',
      type: 'Int',
      required: false,
      default: 1,
      description: 'Missing links at most this many FEEDS steps (either way, up to 20) from a present link are EXTEND gaps.',
    },
  ],
  async compute(facts, params) {
    const chains = await facts.rows<LeadingChainRow>('chainCompleteness:leadingChains', LEADING_CHAINS_IN_SCOPE, {
      regionId: params.regionId,
    });
    const regionIds = [...new Set(chains.map((row) => row.regionId))];
    const factsOf = new Map<string, LeadingChainFactsRecord>();
    for (const group of await facts.chains.leadingChainFacts(regionIds)) {
      for (const record of group.records) factsOf.set(JSON.stringify([group.key, record.chainId]), record);
    }
    const options = {
      minEnterprises: params.minEnterprises as number,
      maxExternalDependency: params.maxExternalDependency as number,
      requireLeading: params.requireLeading as boolean,
      maxExtendDistance: params.maxExtendDistance as number,
    };
    return chains.map((row) => {
      const chain = factsOf.get(JSON.stringify([row.regionId, row.chainId]))!;
      const { completeness, gaps } = chainGapsOf(chain, options);
      const count = (kind: GapKind) => gaps.filter((gap) => gap.kind === kind).length;
      return {
        ...row,
        links: chain.links.length,
        presentLinks: chain.links.filter((link) => link.localEnterpriseCount > 0).length,
        completeness,
        fill: count('FILL'),
        extend: count('EXTEND'),
        strengthen: count('STRENGTHEN'),
      };
    });
  },
};
