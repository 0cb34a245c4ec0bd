import type { IndustryResolvers } from '../generated/resolvers-types.js';

/** Industry is owned by the registry; here it gains its chains (loaded in one batch per request). */
export const Industry: IndustryResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  chains: ({ id }, _, { loaders }) => loaders.chainsOfIndustry.load(id),
};
