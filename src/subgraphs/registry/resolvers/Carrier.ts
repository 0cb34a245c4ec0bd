import { requireRecord } from '../../../graphql/loaders.js';
import type { CarrierResolvers } from '../generated/resolvers-types.js';

export const Carrier: CarrierResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.carrierById.load(id),
  park: async ({ parkId }, _, { loaders }) => requireRecord(await loaders.parkById.load(parkId), 'Park', parkId),
};
