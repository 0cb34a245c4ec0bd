import type { LinkEnterpriseConnectionResolvers } from '../generated/resolvers-types.js';

export const LinkEnterpriseConnection: LinkEnterpriseConnectionResolvers = {
  totalCount: ({ linkId }, _, { loaders }) => loaders.linkEnterpriseCount.load(linkId),
};
