import type { EnterpriseResolvers } from '../generated/resolvers-types.js';

/** Enterprise is owned by the registry; here it gains the projects courting it. */
export const Enterprise: EnterpriseResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  projects: ({ id }, _, { loaders }) => loaders.projectsOfEnterprise.load(id),
};
