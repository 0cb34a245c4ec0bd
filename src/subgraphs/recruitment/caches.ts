import type { NamedCandidateFacts } from './candidates.js';
import { DatasetCache } from './dataset-cache.js';
import type { ChainFactsRecord, LinkFirmRecord } from './repository.js';

/**
 * What the recruitment subgraph keeps across requests, per database. Every analysis reads the same few facts of a
 * region (hundreds of milliseconds for a busy county at 100k firms) and the firms of each gap link nationally
 * (thousands of records); both change only with an import, so they are read once per dataset revision.
 * Sizes bound memory: a region's chain facts are a few kilobytes, its candidates for a chain's gaps up to megabytes.
 */
export function createRecruitmentCaches() {
  return {
    /** Per region, chain and simulated firms. */
    chainFacts: new DatasetCache<ChainFactsRecord | null>(2_000),
    /** Per region: the facts of each of its leading chains (the investment map's overview). */
    leadingChainFacts: new DatasetCache<ChainFactsRecord[]>(1_000),
    /** Per region, simulated firms and gap links: each gap link's candidates (before taking out recruited firms). */
    gapCandidates: new DatasetCache<Map<string, NamedCandidateFacts[]>>(200),
    /** Per chain link: every firm operating in it. */
    linkFirms: new DatasetCache<LinkFirmRecord[]>(1_000),
  };
}

export type RecruitmentCaches = ReturnType<typeof createRecruitmentCaches>;
