import type { RelatedLinkResolvers } from '../generated/resolvers-types.js';

export const RelatedLink: RelatedLinkResolvers = {
  link: ({ linkId }) => ({ id: linkId }),
};
