import { relatednessDensity, sourceRegions } from '../../../domain/relatedness.js';
import { pageSize } from '../../../graphql/paging.js';
import type { ChainGapRecord } from '../gaps/analysis.js';
import type { ChainGapResolvers } from '../generated/resolvers-types.js';
import type { RecruitmentLoaders } from '../loaders.js';
import { reasonFields } from './Reason.js';

/** A gap's best `first` candidates, each scored against every candidate of the gap. */
export async function rankedCandidates({ linkId, scope }: ChainGapRecord, loaders: RecruitmentLoaders, first: number) {
  const { regionId, assumedLocalIds, weights } = scope;
  return loaders.rankedCandidatesOfGap.load({ regionId, assumedLocalIds, linkId, weights, first });
}

export const ChainGap: ChainGapResolvers = {
  ...reasonFields,
  candidates: (gap, { first }, { loaders }) => rankedCandidates(gap, loaders, pageSize(first, 10)),
  relatedness: async ({ linkId, scope }, _, { loaders }) => relatednessDensity((await loaders.relatedness()).space, scope.regionId, linkId),
  sourceRegions: async ({ linkId, scope }, { first }, { loaders }) => {
    const size = pageSize(first, 5);
    return sourceRegions((await loaders.relatedness()).space, scope.regionId, linkId).slice(0, size);
  },
};
