import { requireRecord } from '../../../graphql/loaders.js';
import type { SupplyResolvers } from '../generated/resolvers-types.js';

export const Supply: SupplyResolvers = {
  supplier: ({ supplierId }) => ({ id: supplierId }),
  customer: ({ customerId }) => ({ id: customerId }),
  link: async ({ linkId }, _, { loaders }) => requireRecord(await loaders.linkById.load(linkId), 'ChainLink', linkId),
};
