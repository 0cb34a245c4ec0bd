import { MAX_PLACE_PAGE_SIZE, pageSize } from '../../../graphql/paging.js';
import type { RegionResolvers } from '../generated/resolvers-types.js';

export const Region: RegionResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.regionById.load(id),
  parent: ({ parentId }, _, { loaders }) => (parentId ? loaders.regionById.load(parentId) : null),
  children: async ({ id }, { first }, { loaders }) =>
    (await loaders.childRegions.load(id)).slice(0, pageSize(first, 100, MAX_PLACE_PAGE_SIZE)),
  parks: async ({ id }, { first }, { loaders }) =>
    (await loaders.parksInRegion.load(id)).slice(0, pageSize(first, 100, MAX_PLACE_PAGE_SIZE)),
};
