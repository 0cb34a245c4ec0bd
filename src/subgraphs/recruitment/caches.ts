import type { NamedCandidateFacts } from './candidates.js';
import { DatasetCache } from './dataset-cache.js';
import type { ChainFactsRecord, LinkFirmRecord } from './repository.js';

/**
 * What the recruitment subgraph keeps across requests, per database. Every analysis reads the same few facts of a
 * region (hundreds of milliseconds for a busy county at 100k firms) and the firms of each gap link nationally
 * (thousands of records); both change only with an import, so they are read once per dataset revision.
 * Sizes bound memory: a region's chain facts are a few kilobytes, its candidates for a chain's gaps up to megabytes
 * (bounded by their number), the firms of all links together one record per firm and link it operates in.
 */
export function createRecruitmentCaches() {
  return {
    /** Per region, chain and simulated firms. */
    chainFacts: new DatasetCache<ChainFactsRecord | null>({ maxEntries: 2_000 }),
    /** Per region: the facts of each of its leading chains (the investment map's overview). */
    leadingChainFacts: new DatasetCache<ChainFactsRecord[]>({ maxEntries: 1_000 }),
    /** Per region, simulated firms and gap links: each gap link's candidates (before taking out recruited firms). */
    gapCandidates: new DatasetCache<Map<string, NamedCandidateFacts[]>>({
      maxEntries: 200,
      // About 100 bytes a candidate (its strings are shared with the link firms): 100 MB at most.
      maxWeight: 1_000_000,
      weigh: (byLink) => [...byLink.values()].reduce((sum, candidates) => sum + candidates.length, 0),
    }),
    /** Per chain link: every firm operating in it. */
    linkFirms: new DatasetCache<LinkFirmRecord[]>({ maxEntries: 1_000 }),
  };
}

export type RecruitmentCaches = ReturnType<typeof createRecruitmentCaches>;
