import type { ChainResolvers } from '../generated/resolvers-types.js';

export const Chain: ChainResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.chainById.load(id),
  industry: ({ industryId }) => ({ id: industryId }),
  links: ({ id }, _, { loaders }) => loaders.linksOfChain.load(id),
  events: ({ id }, _, { loaders }) => loaders.eventsOfChain.load(id),
};
