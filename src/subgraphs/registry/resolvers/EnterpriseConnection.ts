import type { EnterpriseConnectionResolvers } from '../generated/resolvers-types.js';

export const EnterpriseConnection: EnterpriseConnectionResolvers = {
  // Counted only when asked for: counting every match costs more than reading one page.
  totalCount: ({ filter }, _, { repository }) => repository.countEnterprises(filter),
};
