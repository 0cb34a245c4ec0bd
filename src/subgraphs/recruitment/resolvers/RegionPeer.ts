import type { RegionPeerResolvers } from '../generated/resolvers-types.js';
import { references } from './references.js';

export const RegionPeer: RegionPeerResolvers = {
  region: ({ regionId }) => ({ id: regionId }),
  sharedLinks: ({ sharedLinkIds }) => references(sharedLinkIds),
};
