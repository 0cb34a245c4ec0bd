import { badUserInput } from '../../../graphql/errors.js';
import { MAX_PLACE_PAGE_SIZE, pageSize } from '../../../graphql/paging.js';
import type { RegionResolvers } from '../generated/resolvers-types.js';

export const Region: RegionResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.regionById.load(id),
  parent: ({ parentId }, _, { loaders }) => (parentId ? loaders.regionById.load(parentId) : null),
  children: async ({ id }, { first }, { loaders }) =>
    (await loaders.childRegions.load(id)).slice(0, pageSize(first, 100, MAX_PLACE_PAGE_SIZE)),
  parks: async ({ id }, { first }, { loaders }) =>
    (await loaders.parksInRegion.load(id)).slice(0, pageSize(first, 100, MAX_PLACE_PAGE_SIZE)),
  carriers: ({ id }, { status, kind, minAreaM2, first }, { loaders }) => {
    if (minAreaM2 !== null && minAreaM2 !== undefined && !(minAreaM2 >= 0)) {
      throw badUserInput(`minAreaM2 must be 0 or more (m²), not ${minAreaM2}.`, { argumentName: 'minAreaM2' });
    }
    const filter = {
      status: status ?? null,
      kind: kind ?? null,
      minAreaM2: minAreaM2 ?? null,
      first: pageSize(first, 50, MAX_PLACE_PAGE_SIZE),
    };
    return loaders.carriersInRegion.load({ regionId: id, filter });
  },
};
