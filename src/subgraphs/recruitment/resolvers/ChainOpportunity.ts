import type { ChainOpportunityResolvers } from '../generated/resolvers-types.js';
import { references } from './references.js';

export const ChainOpportunity: ChainOpportunityResolvers = {
  chain: ({ chainId }) => ({ id: chainId }),
  specialisedLinks: ({ specialisedLinkIds }) => references(specialisedLinkIds),
};
