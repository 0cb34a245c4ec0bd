import { growthOpportunities } from '../../../domain/relatedness.js';
import { readRelatednessModel } from '../../../facts/relatedness.js';
import { badUserInput } from '../../../graphql/errors.js';
import type { ComputedReport } from '../catalogue.js';

export const growthOpportunitiesReport: ComputedReport = {
  kind: 'computed',
  name: 'growth-opportunities',
  file: 'src/subgraphs/reports/catalogue/growth-opportunities.ts',
  columns: ['linkId', 'link', 'linkZh', 'chainId', 'relatedness', 'rca', 'firms', 'relatedLinkIds'],
  description:
    'Links the region could most plausibly grow, as Region.growthOpportunities: the links it is not specialised in (RCA by firm counts < 1), by relatedness density — how much of what counties combine with the link the region already specialises in — with the related links it specialises in, closest first (docs/domain.md, "Where to grow").',
  parameters: [
    {
      name: 'regionId',
      type: 'ID',
      required: true,
      default: null,
      description: 'The region; firms in it, in its parks and in every region under it count.',
    },
    { name: 'first', type: 'Int', required: false, default: 20, description: 'How many links, most related first.' },
  ],
  async compute(facts, params) {
    const regionId = params.regionId as string;
    const first = params.first as number;
    if (first < 0) throw badUserInput(`first must be 0 or more, got ${first}.`);
    const model = await readRelatednessModel(facts.relatedness);
    // No rows for a region that does not exist: the runner then says so.
    if (!model.space.regions.has(regionId)) return [];
    return growthOpportunities(model.space, regionId)
      .slice(0, first)
      .map((opportunity) => ({
        linkId: opportunity.linkId,
        link: model.linkNames.get(opportunity.linkId)!.name,
        linkZh: model.linkNames.get(opportunity.linkId)!.nameZh ?? null,
        chainId: model.chainOfLink.get(opportunity.linkId)!,
        relatedness: opportunity.relatedness,
        rca: opportunity.rca,
        firms: opportunity.firms,
        relatedLinkIds: opportunity.relatedLinks.map((related) => related.linkId),
      }));
  },
};
