import { requireRecord } from '../../../graphql/loaders.js';
import type { ParkResolvers } from '../generated/resolvers-types.js';

export const Park: ParkResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.parkById.load(id),
  region: async ({ regionId }, _, { loaders }) => requireRecord(await loaders.regionById.load(regionId), 'Region', regionId),
  carriers: ({ id }, _, { loaders }) => loaders.carriersInPark.load(id),
};
