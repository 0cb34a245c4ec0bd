import type { CandidateWeights } from '../../../domain/candidate-ranking.js';
import {
  linkStateOf,
  localSupplyShareOf,
  presenceReasons,
  type ChainGap,
  type GapKind,
  type GapOptions,
  type LinkState,
} from '../../../domain/chain-gaps.js';
import type { AttentionKind } from '../../../domain/project-attention.js';
import type { Reason } from '../../../domain/reasons.js';
import type { NamedEntityReference } from '../../../graphql/entity-reference.js';
import { chainGapsOf, type ChainFactsRecord, type LeadingChainFactsRecord } from '../../../facts/chain-facts.js';
import type { ProjectRecord } from '../projects/repository.js';

/** Where a gap was found: what its candidates are computed for. */
export interface GapScope {
  regionId: string;
  /** Enterprises treated as local (a simulation); empty otherwise. */
  assumedLocalIds: string[];
  weights: CandidateWeights;
}

export interface ChainGapRecord extends ChainGap {
  /** The gap's link with its names (handed out with it: `@provides`). */
  link: NamedEntityReference;
  scope: GapScope;
}

export interface ChainGapAnalysisRecord {
  regionId: string;
  chainId: string;
  completeness: number;
  presentLinkCount: number;
  linkCount: number;
  gaps: ChainGapRecord[];
  links: LinkOverviewRecord[];
  simulatedEnterpriseIds: string[];
}

export interface LinkOverviewRecord {
  /** The region the overview is of (its active projects are looked up there). */
  regionId: string;
  linkId: string;
  state: LinkState;
  localEnterpriseCount: number;
  /** What local firms buy in the link, by annual value. */
  localDemand: number;
  /** 本地配套率: the share of it bought from local firms; null when they buy nothing in it. */
  localSupplyShare: number | null;
  gapKind: GapKind | null;
  /** The gap's reasons, or for a present link the projects through which it is present. */
  reasons: Reason[];
}

/** A project that needs attention today, and why. */
export interface ProjectAttentionRecord {
  project: ProjectRecord;
  kinds: AttentionKind[];
  reasons: Reason[];
}

export interface ChainOverviewRecord {
  regionId: string;
  chainId: string;
  chief: string | null;
  completeness: number;
  fillCount: number;
  extendCount: number;
  strengthenCount: number;
  /** 本地配套率 over the chain's links; null when local firms buy nothing in them. */
  localSupplyShare: number | null;
  links: LinkOverviewRecord[];
}

/** Every link of the chain with its state and gap, in chain order. */
function linkOverviews(regionId: string, facts: ChainFactsRecord, gaps: readonly ChainGap[]): LinkOverviewRecord[] {
  const gapAt = new Map(gaps.map((gap) => [gap.linkId, gap]));
  return facts.links.map((link) => ({
    regionId,
    linkId: link.id,
    state: linkStateOf(link, gapAt.get(link.id)),
    localEnterpriseCount: link.localEnterpriseCount,
    localDemand: link.localDemand,
    localSupplyShare: localSupplyShareOf([link]),
    gapKind: gapAt.get(link.id)?.kind ?? null,
    reasons: gapAt.get(link.id)?.reasons ?? presenceReasons(link),
  }));
}

export function chainGapAnalysis(facts: ChainFactsRecord, options: GapOptions, scope: GapScope): ChainGapAnalysisRecord {
  const analysis = chainGapsOf(facts, options);
  const linkOf = new Map(facts.links.map((link) => [link.id, { id: link.id, name: link.name, nameZh: link.nameZh }]));
  return {
    regionId: scope.regionId,
    chainId: facts.chainId,
    completeness: analysis.completeness,
    presentLinkCount: facts.links.filter((link) => link.localEnterpriseCount > 0).length,
    linkCount: facts.links.length,
    gaps: analysis.gaps.map((gap) => ({ ...gap, link: linkOf.get(gap.linkId)!, scope })),
    links: linkOverviews(scope.regionId, facts, analysis.gaps),
    simulatedEnterpriseIds: scope.assumedLocalIds,
  };
}

export function chainOverview(regionId: string, facts: LeadingChainFactsRecord, options: GapOptions): ChainOverviewRecord {
  const analysis = chainGapsOf(facts, options);
  const count = (kind: GapKind) => analysis.gaps.filter((gap) => gap.kind === kind).length;
  return {
    regionId,
    chainId: facts.chainId,
    chief: facts.chief,
    completeness: analysis.completeness,
    fillCount: count('FILL'),
    extendCount: count('EXTEND'),
    strengthenCount: count('STRENGTHEN'),
    localSupplyShare: localSupplyShareOf(facts.links),
    links: linkOverviews(regionId, facts, analysis.gaps),
  };
}
