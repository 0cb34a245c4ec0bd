import { describeChainChange, type ChainChange } from '../../../domain/chain-editing.js';
import type { ChainEventResolvers } from '../generated/resolvers-types.js';

export const ChainEvent: ChainEventResolvers = {
  // Links by their names now; a link removed since is named by its id.
  changes: async ({ changes }, _, { loaders, language }) => {
    const list = JSON.parse(changes) as ChainChange[];
    const linkIds = [...new Set(list.flatMap((change) => ('from' in change ? [change.from, change.to] : [change.linkId])))];
    const links = new Map(
      (await loaders.linkById.loadMany(linkIds)).flatMap((link) => (link && !(link instanceof Error) ? [[link.id, link]] : [])),
    );
    const linkName = (linkId: string) => {
      const link = links.get(linkId);
      if (!link) return linkId;
      return language === 'zh' ? (link.nameZh ?? link.name) : link.name;
    };
    return list.map((change) => describeChainChange(change, language, linkName));
  },
};
