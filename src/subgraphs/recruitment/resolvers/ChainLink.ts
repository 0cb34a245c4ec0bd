import type { ChainLinkResolvers } from '../generated/resolvers-types.js';

/** ChainLink is owned by the chains subgraph; here it gains the projects targeting it. */
export const ChainLink: ChainLinkResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  projects: ({ id }, _, { loaders }) => loaders.projectsOfLink.load(id),
};
