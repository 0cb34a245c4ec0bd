import type { IndustryResolvers } from '../generated/resolvers-types.js';

export const Industry: IndustryResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.industryById.load(id),
};
