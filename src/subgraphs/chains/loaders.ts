import DataLoader from 'dataloader';
import { byIdLoader, groupLoader } from '../../graphql/loaders.js';
import type { ChainsRepository, LinkEnterprisePageRequest } from './repository.js';

/** Per-request loaders: every by-id lookup and reference of this subgraph goes through one of these. */
export function createChainsLoaders(repository: ChainsRepository) {
  return {
    chainById: byIdLoader((ids) => repository.chainsByIds(ids)),
    chainsOfIndustry: groupLoader((ids) => repository.chainsOfIndustries(ids)),
    leadingChainsOfRegion: groupLoader((ids) => repository.leadingChainsOfRegions(ids)),
    linkById: byIdLoader((ids) => repository.linksByIds(ids)),
    linksOfChain: groupLoader((ids) => repository.linksOfChains(ids)),
    upstreamLinks: groupLoader((ids) => repository.upstreamLinks(ids)),
    downstreamLinks: groupLoader((ids) => repository.downstreamLinks(ids)),
    linksOfEnterprise: groupLoader((ids) => repository.linksOfEnterprises(ids)),
    suppliersOf: groupLoader((ids) => repository.suppliersOfEnterprises(ids)),
    customersOf: groupLoader((ids) => repository.customersOfEnterprises(ids)),
    linkEnterprisePage: new DataLoader(
      async (requests: readonly LinkEnterprisePageRequest[]) => {
        const keyed = requests.map((request) => ({ ...request, key: JSON.stringify(request) }));
        const pages = await Promise.all(
          [...new Set(keyed.map((request) => request.limit))].map((limit) =>
            repository.linkEnterprisePages(keyed.filter((request) => request.limit === limit), limit),
          ),
        );
        const byKey = new Map(pages.flat().map((page) => [page.key, page.rows]));
        return keyed.map((request) => byKey.get(request.key) ?? []);
      },
      { cacheKeyFn: (request) => JSON.stringify(request) },
    ),
    linkEnterpriseCount: new DataLoader(async (linkIds: readonly string[]) => {
      const byId = new Map((await repository.linkEnterpriseCounts([...linkIds])).map((row) => [row.key, row.count]));
      return linkIds.map((id) => byId.get(id) ?? 0);
    }),
  };
}

export type ChainsLoaders = ReturnType<typeof createChainsLoaders>;
