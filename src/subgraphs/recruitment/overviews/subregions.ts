/**
 * The view above the county: one chain across the regions under a city or province (or across the country's
 * provinces), each region's subtree counted as local, most complete first; with the region's own roll-up.
 */
import type { GapKind, GapOptions } from '../../../domain/chain-gaps.js';
import { chainGapsOf } from '../../../facts/chain-facts.js';
import { notFound } from '../../../graphql/errors.js';
import type { GapOptions as GapOptionsInput } from '../generated/resolvers-types.js';
import { analysisOptions } from '../options.js';
import type { RecruitmentRepositories } from '../repositories.js';
import type { ChainFactsOfRegionRecord } from './repository.js';

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
  const { completeness, gaps } = chainGapsOf(facts, options);
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

/**
 * One chain across the regions under each of `regionIds` (null: the country's provinces), with the same options,
 * in two queries however many regions are asked; each null when the chain does not exist.
 */
export async function subregionOverviews(
  repositories: RecruitmentRepositories,
  regionIds: readonly (string | null)[],
  chainId: string,
  options: GapOptions,
): Promise<(SubregionOverviewRecord | null)[]> {
  const children = new Map((await repositories.overviews.subregionIds([...regionIds])).map((group) => [group.key, group.records]));
  const childIdsOf = (regionId: string | null) => children.get(regionId ?? '') ?? [];
  const counted = new Set(regionIds.flatMap((regionId) => [...(regionId === null ? [] : [regionId]), ...childIdsOf(regionId)]));
  const facts = await repositories.overviews.chainFactsOfRegions([...counted], chainId);
  if (facts.size === 0 && !(await repositories.gaps.regionAndChainExist('', chainId)).chainExists) return regionIds.map(() => null);
  return regionIds.map((regionId) => {
    const summaries = childIdsOf(regionId).flatMap((id) => (facts.has(id) ? [summaryOf(id, facts.get(id)!, options)] : []));
    summaries.sort((a, b) => b.completeness - a.completeness || a.regionId.localeCompare(b.regionId));
    const own = regionId === null ? undefined : facts.get(regionId);
    return { chainId, region: own ? summaryOf(regionId!, own, options) : null, subregions: summaries };
  });
}

/** The overview a resolver hands out; NOT_FOUND for an unknown chain. */
export function foundOverview(overview: SubregionOverviewRecord | null, chainId: string): SubregionOverviewRecord {
  if (!overview) throw notFound(`no Chain '${chainId}'; look ids up with chains.`);
  return overview;
}

/** What a resolver asks: a chain across the regions under `regionId` (null: the provinces), with its options. */
export function overviewRequest(regionId: string | null, chainId: string, input: GapOptionsInput | null | undefined) {
  return { regionId, chainId, options: analysisOptions(input).gap };
}
