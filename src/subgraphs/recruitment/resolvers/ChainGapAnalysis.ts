import type { ChainGapAnalysisResolvers } from '../generated/resolvers-types.js';

export const ChainGapAnalysis: ChainGapAnalysisResolvers = {
  region: ({ regionId }) => ({ id: regionId }),
  chain: ({ chainId }) => ({ id: chainId }),
  simulatedEnterprises: ({ simulatedEnterpriseIds }) => simulatedEnterpriseIds.map((id) => ({ id })),
};
