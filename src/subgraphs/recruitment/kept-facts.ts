import type { CandidateWeights } from '../../domain/candidate-ranking.js';
import type { NamedCandidateFacts, RankedCandidateRecord } from './gaps/candidates.js';
import type { ChainFactsRecord, LeadingChainFactsRecord } from '../../facts/chain-facts.js';
import type { RelatednessModel } from '../../facts/relatedness.js';
import type { LinkFirmRecord } from './gaps/repository.js';
import { KeptPerRevision } from './dataset-cache.js';

/** Where a region stands, as an analysis (or a simulation, with firms it assumes local) sees it. */
export interface RegionAsSeen {
  regionId: string;
  assumedLocalIds: readonly string[];
}

/** One gap's ranking as handed out: its candidates less the firms recruited, scored with weights, the best `first`. */
export interface RankingRequest extends RegionAsSeen {
  linkId: string;
  /** Sorted. */
  recruitedIds: readonly string[];
  weights: CandidateWeights;
  first: number;
}

type ReadMany<Key, Value> = (missing: Key[]) => Promise<Map<string, Value>>;

/**
 * What the recruitment subgraph keeps across requests, per database, and the one place its keys are made: callers
 * ask by meaning (a region's chain, a link's firms, a gap's ranking) and say how to read what is missing. Every
 * analysis reads the same few facts of a region and the firms of each gap link nationally — the slow part of an
 * analysis (docs/performance.md) — and both change only with an import, so they are kept per dataset revision.
 * Limits bound memory: a region's chain facts are a few kilobytes; candidates are counted one by one (about 100
 * bytes each, their strings shared with the link firms); the firms of all links are one record per firm and link.
 */
export class KeptFacts {
  private readonly perRevision = new KeptPerRevision();
  // Relatedness changes with an import only (its revision is the dataset part, see datasetPartOf).
  private readonly perImport = new KeptPerRevision();
  private readonly chainFactsKept = this.perRevision.cache<ChainFactsRecord | null>('chainFacts', { max: 2_000 });
  private readonly leadingChainFactsKept = this.perRevision.cache<LeadingChainFactsRecord[]>('leadingChainFacts', { max: 1_000 });
  private readonly gapCandidatesKept = this.perRevision.cache<NamedCandidateFacts[]>('gapCandidates', {
    max: 20_000,
    maxSize: 1_000_000,
    sizeOf: (candidates) => candidates.length,
  });
  private readonly rankingsKept = this.perRevision.cache<RankedCandidateRecord[]>('rankedCandidates', {
    max: 20_000,
    maxSize: 200_000,
    sizeOf: (ranked) => ranked.length,
  });
  private readonly linkFirmsKept = this.perRevision.cache<LinkFirmRecord[]>('linkFirms', { max: 1_000 });
  private readonly relatednessKept = this.perImport.cache<RelatednessModel>('relatedness', { max: 1 });

  /** A region's chain with the firms a simulation assumes local; null when either does not exist. */
  chainFacts(
    revision: string | null,
    { regionId, assumedLocalIds }: RegionAsSeen,
    chainId: string,
    read: () => Promise<ChainFactsRecord | null>,
  ): Promise<ChainFactsRecord | null> {
    return this.chainFactsKept.get(revision, JSON.stringify([regionId, chainId, assumedLocalIds]), read);
  }

  /** The facts of each leading chain of each region, by region id. */
  leadingChainFacts(revision: string | null, regionIds: readonly string[], read: ReadMany<string, LeadingChainFactsRecord[]>) {
    return this.leadingChainFactsKept.getMany(revision, regionIds, read);
  }

  /** Every firm operating in each link, by link id. */
  linkFirms(revision: string | null, linkIds: readonly string[], read: ReadMany<string, LinkFirmRecord[]>) {
    return this.linkFirmsKept.getMany(revision, linkIds, read);
  }

  /** The candidates of each gap link of a region as seen (before taking out the firms recruited), by link id. */
  async gapCandidates(
    revision: string | null,
    region: RegionAsSeen,
    linkIds: readonly string[],
    read: ReadMany<string, NamedCandidateFacts[]>,
  ): Promise<Map<string, NamedCandidateFacts[]>> {
    const keyOf = (linkId: string) => JSON.stringify([region.regionId, region.assumedLocalIds, linkId]);
    const linkOf = new Map(linkIds.map((linkId) => [keyOf(linkId), linkId]));
    const kept = await this.gapCandidatesKept.getMany(revision, [...linkOf.keys()], async (missing) => {
      const byLink = await read(missing.map((key) => linkOf.get(key)!));
      return new Map(missing.map((key) => [key, byLink.get(linkOf.get(key)!)!]));
    });
    return new Map([...kept].map(([key, candidates]) => [linkOf.get(key)!, candidates]));
  }

  /** Each ranking asked for, in order; `rank` ranks those not kept. */
  async rankings(
    revision: string | null,
    requests: readonly RankingRequest[],
    rank: (missing: RankingRequest[]) => Promise<RankedCandidateRecord[][]>,
  ): Promise<RankedCandidateRecord[][]> {
    const keyOf = (request: RankingRequest) =>
      JSON.stringify([request.regionId, request.assumedLocalIds, request.linkId, request.recruitedIds, request.weights, request.first]);
    const requestOf = new Map(requests.map((request) => [keyOf(request), request]));
    const kept = await this.rankingsKept.getMany(revision, [...requestOf.keys()], async (missing) => {
      const ranked = await rank(missing.map((key) => requestOf.get(key)!));
      return new Map(missing.map((key, i) => [key, ranked[i]!]));
    });
    return requests.map((request) => kept.get(keyOf(request))!);
  }

  /** The dataset's relatedness space, built once per import by whichever request needs it first. */
  relatedness(importRevision: string | null, build: () => Promise<RelatednessModel>): Promise<RelatednessModel> {
    return this.relatednessKept.get(importRevision, 'space', build);
  }

  /** Whether the relatedness space of that import is kept (or being built). */
  hasRelatedness(importRevision: string): boolean {
    return this.relatednessKept.has(importRevision, 'space');
  }
}
