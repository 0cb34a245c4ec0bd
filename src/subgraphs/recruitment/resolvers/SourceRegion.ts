import type { SourceRegionResolvers } from '../generated/resolvers-types.js';

export const SourceRegion: SourceRegionResolvers = {
  region: ({ regionId }) => ({ id: regionId }),
};
