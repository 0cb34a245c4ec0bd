import { requireRecord } from '../../../graphql/loaders.js';
import type { SupplyResolvers } from '../generated/resolvers-types.js';

export const Supply: SupplyResolvers = {
  supplier: ({ supplier }) => supplier,
  customer: ({ customer }) => customer,
  link: async ({ linkId }, _, { loaders }) => requireRecord(await loaders.linkById.load(linkId), 'ChainLink', linkId),
};
