import type { RegionResolvers } from '../generated/resolvers-types.js';

/** Region is owned by the registry; here it gains its leading chains (loaded in one batch per request). */
export const Region: RegionResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  leadingChains: ({ id }, _, { loaders }) => loaders.leadingChainsOfRegion.load(id),
};
