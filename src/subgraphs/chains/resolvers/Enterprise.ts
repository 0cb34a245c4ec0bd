import type { EnterpriseResolvers } from '../generated/resolvers-types.js';

/**
 * Enterprise is owned by the registry; here it only gains chain fields. Its reference needs no lookup: each field
 * below loads what it needs, batched across all enterprises of the request.
 */
export const Enterprise: EnterpriseResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  links: ({ id }, _, { loaders }) => loaders.linksOfEnterprise.load(id),
  linkAssignments: ({ id }, _, { loaders }) => loaders.linkAssignmentsOf.load(id),
  suppliers: ({ id }, _, { loaders }) => loaders.suppliersOf.load(id),
  customers: ({ id }, _, { loaders }) => loaders.customersOf.load(id),
};
