import type { ChainOverviewResolvers, LinkOverviewResolvers } from '../generated/resolvers-types.js';

export const ChainOverview: ChainOverviewResolvers = {
  chain: ({ chainId }) => ({ id: chainId }),
};

export const LinkOverview: LinkOverviewResolvers = {
  link: ({ linkId }) => ({ id: linkId }),
};
