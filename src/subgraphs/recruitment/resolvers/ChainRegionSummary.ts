import { chainSpecialisation, specialisedAmong } from '../../../domain/relatedness.js';
import type { ChainRegionSummaryResolvers } from '../generated/resolvers-types.js';
import { references } from './references.js';

export const ChainRegionSummary: ChainRegionSummaryResolvers = {
  region: ({ regionId }) => ({ id: regionId }),
  specialisation: async ({ regionId, linkIds }, _, { loaders }) =>
    chainSpecialisation((await loaders.relatedness()).space, regionId, linkIds),
  specialisedLinks: async ({ regionId, linkIds }, _, { loaders }) =>
    references(specialisedAmong((await loaders.relatedness()).space, regionId, linkIds)),
};
