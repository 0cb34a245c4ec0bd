import type { RegionResolvers } from '../generated/resolvers-types.js';

/** Region is owned by the registry; here it gains its leading chains and those led under it (loaded in one batch per request). */
export const Region: RegionResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  leadingChains: ({ id }, _, { loaders }) => loaders.leadingChainsOfRegion.load(id),
  chainsLedWithin: ({ id }, _, { loaders }) => loaders.chainsLedWithinRegion.load(id),
};
