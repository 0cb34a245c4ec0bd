import DataLoader from 'dataloader';
import { batchingLoader, byIdLoader, groupLoader } from '../../graphql/loaders.js';
import type { ChainsRepository, LinkEnterprisePageRequest } from './repository.js';

/** Per-request loaders: every by-id lookup and reference of this subgraph goes through one of these. */
export function createChainsLoaders(repository: ChainsRepository) {
  return {
    chainById: byIdLoader((ids) => repository.chainsByIds(ids)),
    eventsOfChain: groupLoader((ids) => repository.eventsOfChains(ids)),
    chainsOfIndustry: groupLoader((ids) => repository.chainsOfIndustries(ids)),
    leadingChainsOfRegion: groupLoader((ids) => repository.leadingChainsOfRegions(ids)),
    chainsLedWithinRegion: groupLoader((ids) => repository.chainsLedWithinRegions(ids)),
    linkById: byIdLoader((ids) => repository.linksByIds(ids)),
    linksOfChain: groupLoader((ids) => repository.linksOfChains(ids)),
    upstreamLinks: groupLoader((ids) => repository.upstreamLinks(ids)),
    downstreamLinks: groupLoader((ids) => repository.downstreamLinks(ids)),
    linksOfEnterprise: groupLoader((ids) => repository.linksOfEnterprises(ids)),
    linkAssignmentsOf: groupLoader((ids) => repository.linkAssignmentsOfEnterprises(ids)),
    suppliersOf: groupLoader((ids) => repository.suppliersOfEnterprises(ids)),
    customersOf: groupLoader((ids) => repository.customersOfEnterprises(ids)),
    // LIMIT cannot read a variable: requests of the same page size share one query.
    linkEnterprisePage: batchingLoader(
      (request: LinkEnterprisePageRequest) => String(request.limit),
      async (requests) => {
        const keyed = requests.map((request) => ({ key: JSON.stringify(request), linkId: request.linkId, after: request.after }));
        const byKey = new Map((await repository.linkEnterprisePages(keyed, requests[0]!.limit)).map((page) => [page.key, page.rows]));
        return keyed.map((request) => byKey.get(request.key) ?? []);
      },
    ),
    linkEnterpriseCount: new DataLoader(async (linkIds: readonly string[]) => {
      const byId = new Map((await repository.linkEnterpriseCounts([...linkIds])).map((row) => [row.key, row.count]));
      return linkIds.map((id) => byId.get(id) ?? 0);
    }),
  };
}

export type ChainsLoaders = ReturnType<typeof createChainsLoaders>;
