import { rankCandidates } from '../../../domain/candidate-ranking.js';
import { relatednessDensity, sourceRegions } from '../../../domain/relatedness.js';
import { pageSize } from '../../../graphql/paging.js';
import type { ChainGapResolvers } from '../generated/resolvers-types.js';
import { reasonFields } from './Reason.js';

export const ChainGap: ChainGapResolvers = {
  ...reasonFields,
  // Candidates are scored against every candidate of the gap, then cut to `first`.
  candidates: async ({ linkId, scope }, { first }, { loaders }) => {
    const facts = await loaders.candidatesOfGap.load({ regionId: scope.regionId, assumedLocalIds: scope.assumedLocalIds, linkId });
    return rankCandidates(facts, scope.weights, pageSize(first, 10));
  },
  relatedness: async ({ linkId, scope }, _, { loaders }) => relatednessDensity((await loaders.relatedness()).space, scope.regionId, linkId),
  sourceRegions: async ({ linkId, scope }, { first }, { loaders }) => {
    const size = pageSize(first, 5);
    return sourceRegions((await loaders.relatedness()).space, scope.regionId, linkId).slice(0, size);
  },
};
