/**
 * The view above the county: one chain across the regions under a city or province (or across the country's
 * provinces), each region's subtree counted as local, most complete first; with the region's own roll-up.
 */
import { findChainGaps, type GapKind, type GapOptions } from '../../domain/chain-gaps.js';
import { notFound } from '../../graphql/errors.js';
import type { GapOptions as GapOptionsInput } from './generated/resolvers-types.js';
import { analysisOptions } from './options.js';
import type { ChainFactsOfRegionRecord, RecruitmentRepository } from './repository.js';

export interface ChainRegionSummaryRecord {
  regionId: string;
  completeness: number;
  presentLinkCount: number;
  linkCount: number;
  fillCount: number;
  extendCount: number;
  strengthenCount: number;
  leadingRegionCount: number;
  /** The chain's links, in the chain's order: what its specialisation is counted over. */
  linkIds: string[];
}

export interface SubregionOverviewRecord {
  chainId: string;
  region: ChainRegionSummaryRecord | null;
  subregions: ChainRegionSummaryRecord[];
}

function summaryOf(
  regionId: string,
  { facts, leadingRegionCount }: ChainFactsOfRegionRecord,
  options: GapOptions,
): ChainRegionSummaryRecord {
  const feeds = facts.links.flatMap((link) => link.feedsTo.map((to) => ({ from: link.id, to })));
  const { completeness, gaps } = findChainGaps({ links: facts.links, feeds }, options);
  const count = (kind: GapKind) => gaps.filter((gap) => gap.kind === kind).length;
  return {
    regionId,
    completeness,
    presentLinkCount: facts.links.filter((link) => link.localEnterpriseCount > 0).length,
    linkCount: facts.links.length,
    fillCount: count('FILL'),
    extendCount: count('EXTEND'),
    strengthenCount: count('STRENGTHEN'),
    leadingRegionCount,
    linkIds: facts.links.map((link) => link.id),
  };
}

/** Null when the chain does not exist; `regionId` null for the country's provinces. */
export async function subregionOverview(
  repository: RecruitmentRepository,
  regionId: string | null,
  chainId: string,
  options: GapOptions,
): Promise<SubregionOverviewRecord | null> {
  const childIds = await repository.subregionIds(regionId);
  const facts = await repository.chainFactsOfRegions(regionId === null ? childIds : [regionId, ...childIds], chainId);
  if (facts.size === 0 && !(await repository.regionAndChainExist(regionId ?? '', chainId)).chainExists) return null;
  const summaries = childIds.flatMap((id) => (facts.has(id) ? [summaryOf(id, facts.get(id)!, options)] : []));
  summaries.sort((a, b) => b.completeness - a.completeness || a.regionId.localeCompare(b.regionId));
  const own = regionId === null ? undefined : facts.get(regionId);
  return { chainId, region: own ? summaryOf(regionId!, own, options) : null, subregions: summaries };
}

/** A chain across the regions under `regionId` (the provinces for null); NOT_FOUND for an unknown chain. */
export async function overviewOf(
  repository: RecruitmentRepository,
  regionId: string | null,
  chainId: string,
  input: GapOptionsInput | null | undefined,
) {
  const overview = await subregionOverview(repository, regionId, chainId, analysisOptions(input).gap);
  if (!overview) throw notFound(`no Chain '${chainId}'; look ids up with chains.`);
  return overview;
}
