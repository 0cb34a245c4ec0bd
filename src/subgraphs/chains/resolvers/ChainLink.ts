import { requireRecord } from '../../../graphql/loaders.js';
import { decodeCursor, pageSize, toPage } from '../../../graphql/paging.js';
import type { ChainLinkResolvers } from '../generated/resolvers-types.js';

/** Cursors of a link's enterprises belong to this one order. */
const LINK_ENTERPRISE_ORDER = 'NAME:ASC';

export const ChainLink: ChainLinkResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.linkById.load(id),
  chain: async ({ chainId }, _, { loaders }) => requireRecord(await loaders.chainById.load(chainId), 'Chain', chainId),
  upstream: ({ id }, _, { loaders }) => loaders.upstreamLinks.load(id),
  downstream: ({ id }, _, { loaders }) => loaders.downstreamLinks.load(id),
  enterprises: async ({ id }, { first, after }, { loaders }) => {
    const size = pageSize(first);
    const position = after == null ? null : decodeCursor(after, LINK_ENTERPRISE_ORDER);
    const rows = await loaders.linkEnterprisePage.load({
      linkId: id,
      after: position && { value: position.value, id: position.id },
      limit: size + 1,
    });
    return { ...toPage(rows, size, LINK_ENTERPRISE_ORDER), linkId: id };
  },
};
