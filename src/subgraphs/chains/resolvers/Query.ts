import { CHAIN_TEMPLATES, chainTemplate } from '../../../chain-templates/index.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const Query: QueryResolvers = {
  chain: (_, { id }, { loaders }) => loaders.chainById.load(id),
  chains: (_, { industryId }, { repository }) => repository.chains(industryId ?? null),
  chainLink: (_, { id }, { loaders }) => loaders.linkById.load(id),
  chainTemplates: () => [...CHAIN_TEMPLATES],
  chainTemplate: (_, { id }) => chainTemplate(id) ?? null,
};
