import type { SubregionOverviewResolvers } from '../generated/resolvers-types.js';

export const SubregionOverview: SubregionOverviewResolvers = {
  chain: ({ chainId }) => ({ id: chainId }),
};
