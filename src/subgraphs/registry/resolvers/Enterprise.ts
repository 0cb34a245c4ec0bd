import { datasetIncomplete } from '../../../graphql/errors.js';
import { requireRecord } from '../../../graphql/loaders.js';
import { industryClass } from '../../../industry-classification/index.js';
import type { EnterpriseResolvers } from '../generated/resolvers-types.js';

export const Enterprise: EnterpriseResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.enterpriseById.load(id),
  industryClass: ({ industryCode }) => (industryCode ? (industryClass(industryCode) ?? null) : null),
  park: ({ parkId }, _, { loaders }) => (parkId ? loaders.parkById.load(parkId) : null),
  region: async ({ id, regionId }, _, { loaders }) => {
    // Only an import stopped between writing firms and their locations leaves a firm nowhere.
    if (regionId === null) throw datasetIncomplete(`The location of enterprise '${id}' is not in the graph yet`);
    return requireRecord(await loaders.regionById.load(regionId), 'Region', regionId);
  },
};
