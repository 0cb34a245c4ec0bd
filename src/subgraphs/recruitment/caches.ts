import type { NamedCandidateFacts, RankedCandidateRecord } from './candidates.js';
import { KeptPerRevision } from './dataset-cache.js';
import type { RelatednessModel } from './relatedness.js';
import type { ChainFactsRecord, LeadingChainFactsRecord, LinkFirmRecord } from './repository.js';

/**
 * What the recruitment subgraph keeps across requests, per database. Every analysis reads the same few facts of a
 * region and the firms of each gap link nationally — the slow part of an analysis (docs/performance.md) — and both
 * change only with an import, so they are read once per dataset revision.
 * Limits bound memory: a region's chain facts are a few kilobytes; candidates are counted one by one (about 100
 * bytes each, their strings shared with the link firms); the firms of all links are one record per firm and link.
 */
export function createRecruitmentCaches() {
  const kept = new KeptPerRevision();
  // Relatedness changes with an import only (its revision is the dataset part, see datasetPartOf).
  const keptPerImport = new KeptPerRevision();
  return {
    /** Per region, chain and simulated firms. */
    chainFacts: kept.cache<ChainFactsRecord | null>('chainFacts', { max: 2_000 }),
    /** Per region: the facts of each of its leading chains (the investment map's overview). */
    leadingChainFacts: kept.cache<LeadingChainFactsRecord[]>('leadingChainFacts', { max: 1_000 }),
    /** Per region, simulated firms and gap link: the link's candidates (before taking out recruited firms). */
    gapCandidates: kept.cache<NamedCandidateFacts[]>('gapCandidates', {
      max: 20_000,
      maxSize: 1_000_000,
      sizeOf: (candidates) => candidates.length,
    }),
    /** Per gap candidates, weights, size and recruited firms: the ranking handed out (counted by candidate). */
    rankedCandidates: kept.cache<RankedCandidateRecord[]>('rankedCandidates', {
      max: 20_000,
      maxSize: 200_000,
      sizeOf: (ranked) => ranked.length,
    }),
    /** Per chain link: every firm operating in it. */
    linkFirms: kept.cache<LinkFirmRecord[]>('linkFirms', { max: 1_000 }),
    /** The whole dataset's relatedness space: one entry. */
    relatedness: keptPerImport.cache<RelatednessModel>('relatedness', { max: 1 }),
  };
}

export type RecruitmentCaches = ReturnType<typeof createRecruitmentCaches>;
