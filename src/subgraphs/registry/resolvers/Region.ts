import type { RegionResolvers } from '../generated/resolvers-types.js';

export const Region: RegionResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.regionById.load(id),
  parent: ({ parentId }, _, { loaders }) => (parentId ? loaders.regionById.load(parentId) : null),
  children: ({ id }, _, { loaders }) => loaders.childRegions.load(id),
  parks: ({ id }, _, { loaders }) => loaders.parksInRegion.load(id),
};
