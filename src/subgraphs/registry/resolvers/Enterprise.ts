import { requireRecord } from '../../../graphql/loaders.js';
import type { EnterpriseResolvers } from '../generated/resolvers-types.js';

export const Enterprise: EnterpriseResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.enterpriseById.load(id),
  park: ({ parkId }, _, { loaders }) => (parkId ? loaders.parkById.load(parkId) : null),
  region: async ({ regionId }, _, { loaders }) => requireRecord(await loaders.regionById.load(regionId), 'Region', regionId),
};
