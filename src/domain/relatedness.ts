/**
 * Relatedness and growth opportunities (docs/domain.md, "Relatedness and growth opportunities"; Hidalgo et al.
 * 2007, the Atlas of Economic Complexity, Metroverse): which links a region could most plausibly grow, judged by
 * which links the country's counties and districts already combine. Pure functions over firm counts; the
 * repository gathers the counts, and the space is kept per dataset revision.
 */

import type { RegionLevel } from './vocabulary.js';

export interface RegionInTree {
  id: string;
  level: RegionLevel;
  parentId: string | null;
}

/** Firms located directly in a region (or in one of its parks) that operate in a link. */
export interface LocatedFirmCount {
  regionId: string;
  linkId: string;
  firms: number;
}

const LEVEL_RANK: Record<RegionLevel, number> = { PROVINCE: 3, CITY: 2, COUNTY: 1, DISTRICT: 1, TOWNSHIP: 0 };
const isPlace = (level: RegionLevel) => level === 'COUNTY' || level === 'DISTRICT';

type Counts = Map<string, number>;

export interface RelatednessSpace {
  /** Every link of the dataset, sorted. */
  linkIds: string[];
  regions: ReadonlyMap<string, RegionInTree>;
  /**
   * The places (counties and districts) with firms. A place's subtree counts in `regionCounts` are its firms', x_pa:
   * its own, its parks' and its townships' (a township's firms count for its county).
   */
  placeIds: readonly string[];
  /** x_Ra: each region's firms in its whole subtree, by link. */
  regionCounts: ReadonlyMap<string, Counts>;
  /** X_a = Σ_p x_pa, and X. */
  linkTotals: Counts;
  total: number;
  /** M_R: the links each region is specialised in (RCA ≥ 1), from its subtree. */
  specialisations: ReadonlyMap<string, ReadonlySet<string>>;
  /** φ_ab > 0 for a ≠ b, both ways. */
  proximity: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Σ_{b≠a} φ_ab. */
  proximitySums: Counts;
}

const sum = (counts: Counts | undefined) => [...(counts?.values() ?? [])].reduce((a, b) => a + b, 0);

function add(into: Map<string, Counts>, regionId: string, linkId: string, firms: number): void {
  const counts = into.get(regionId) ?? new Map<string, number>();
  counts.set(linkId, (counts.get(linkId) ?? 0) + firms);
  into.set(regionId, counts);
}

/** The region and every region above it, each step climbing a level (a cycle in the data cannot loop). */
export function regionAndAncestors(regions: ReadonlyMap<string, RegionInTree>, regionId: string): string[] {
  const path: string[] = [];
  let current = regions.get(regionId);
  while (current) {
    path.push(current.id);
    const parent = current.parentId ? regions.get(current.parentId) : undefined;
    current = parent && LEVEL_RANK[parent.level] > LEVEL_RANK[current.level] ? parent : undefined;
  }
  return path;
}

/** RCA of counts x_a with total X_R against the country's X_a / X; 0 when either total is 0. */
function rcaOf(firms: number, regionTotal: number, linkTotal: number, total: number): number {
  if (regionTotal === 0 || linkTotal === 0) return 0;
  return firms / regionTotal / (linkTotal / total);
}

function specialisationsOf(counts: Counts, linkTotals: Counts, total: number): Set<string> {
  const regionTotal = sum(counts);
  return new Set(
    [...counts].filter(([linkId, firms]) => rcaOf(firms, regionTotal, linkTotals.get(linkId) ?? 0, total) >= 1).map(([id]) => id),
  );
}

export function relatednessSpace(
  regionList: readonly RegionInTree[],
  located: readonly LocatedFirmCount[],
  linkIds: readonly string[],
): RelatednessSpace {
  const regions = new Map(regionList.map((region) => [region.id, region]));
  const placeIds = new Set<string>();
  const regionCounts = new Map<string, Counts>();
  for (const { regionId, linkId, firms } of located) {
    const region = regions.get(regionId);
    if (!region || firms <= 0) continue;
    const within = regionAndAncestors(regions, regionId);
    const place = within.find((id) => isPlace(regions.get(id)!.level));
    if (place) placeIds.add(place);
    for (const id of within) add(regionCounts, id, linkId, firms);
  }
  const linkTotals: Counts = new Map();
  for (const placeId of placeIds)
    for (const [linkId, firms] of regionCounts.get(placeId)!) linkTotals.set(linkId, (linkTotals.get(linkId) ?? 0) + firms);
  const total = sum(linkTotals);

  const specialisations = new Map<string, Set<string>>();
  for (const [regionId, counts] of regionCounts) specialisations.set(regionId, specialisationsOf(counts, linkTotals, total));
  const placeSpecialisations = [...placeIds].map((id) => specialisations.get(id)!);

  // Ubiquity k_a and co-occurrence |{p: M_pa = M_pb = 1}| over places.
  const ubiquity: Counts = new Map();
  const together = new Map<string, Counts>();
  for (const links of placeSpecialisations) {
    const list = [...links];
    for (const a of list) {
      ubiquity.set(a, (ubiquity.get(a) ?? 0) + 1);
      for (const b of list) if (a !== b) add(together, a, b, 1);
    }
  }
  const proximity = new Map<string, Map<string, number>>();
  const proximitySums: Counts = new Map();
  for (const [a, row] of together) {
    const phis = new Map<string, number>();
    for (const [b, both] of row) phis.set(b, both / Math.max(ubiquity.get(a) ?? 0, ubiquity.get(b) ?? 0));
    proximity.set(a, phis);
    proximitySums.set(a, sum(phis));
  }
  return {
    linkIds: [...new Set(linkIds)].sort(),
    regions,
    placeIds: [...placeIds],
    regionCounts,
    linkTotals,
    total,
    specialisations,
    proximity,
    proximitySums,
  };
}

/** RCA_Ra of a region (its subtree) in a link. */
export function rca(space: RelatednessSpace, regionId: string, linkId: string): number {
  const counts = space.regionCounts.get(regionId);
  return rcaOf(counts?.get(linkId) ?? 0, sum(counts), space.linkTotals.get(linkId) ?? 0, space.total);
}

export function proximityOf(space: RelatednessSpace, a: string, b: string): number {
  return a === b ? 0 : (space.proximity.get(a)?.get(b) ?? 0);
}

/** d_Ra: how much of what link a goes with the region already specialises in, in [0, 1]. */
export function relatednessDensity(space: RelatednessSpace, regionId: string, linkId: string): number {
  const denominator = space.proximitySums.get(linkId) ?? 0;
  if (denominator === 0) return 0;
  const specialised = space.specialisations.get(regionId) ?? new Set<string>();
  let numerator = 0;
  for (const [b, phi] of space.proximity.get(linkId) ?? []) if (specialised.has(b)) numerator += phi;
  return numerator / denominator;
}

export interface RelatedLink {
  linkId: string;
  proximity: number;
}

export interface GrowthOpportunity {
  linkId: string;
  relatedness: number;
  rca: number;
  /** The region's firms in the link (its subtree). */
  firms: number;
  /** The links the region specialises in that go with this one, closest first. */
  relatedLinks: RelatedLink[];
}

/** The links the region specialises in that go with `linkId`, largest φ first, then id. */
export function relatedSpecialisations(space: RelatednessSpace, regionId: string, linkId: string): RelatedLink[] {
  const specialised = space.specialisations.get(regionId) ?? new Set<string>();
  return [...(space.proximity.get(linkId) ?? [])]
    .filter(([b]) => specialised.has(b))
    .map(([b, phi]) => ({ linkId: b, proximity: phi }))
    .sort((x, y) => y.proximity - x.proximity || x.linkId.localeCompare(y.linkId));
}

/** Links the region is not specialised in (RCA < 1), most related first, then by id; among `linkIds` if given. */
export function growthOpportunities(
  space: RelatednessSpace,
  regionId: string,
  linkIds: readonly string[] = space.linkIds,
): GrowthOpportunity[] {
  return [...new Set(linkIds)]
    .map((linkId) => ({
      linkId,
      relatedness: relatednessDensity(space, regionId, linkId),
      rca: rca(space, regionId, linkId),
      firms: space.regionCounts.get(regionId)?.get(linkId) ?? 0,
      relatedLinks: relatedSpecialisations(space, regionId, linkId),
    }))
    .filter((opportunity) => opportunity.rca < 1)
    .sort((a, b) => b.relatedness - a.relatedness || a.linkId.localeCompare(b.linkId));
}

/** The links among `linkIds` the region is specialised in (RCA ≥ 1 over its subtree), in their order. */
export function specialisedAmong(space: RelatednessSpace, regionId: string, linkIds: readonly string[]): string[] {
  const specialised = space.specialisations.get(regionId);
  return specialised ? linkIds.filter((linkId) => specialised.has(linkId)) : [];
}

/** How specialised the region is in a chain: the share of its links the region is specialised in, 0..1. */
export function chainSpecialisation(space: RelatednessSpace, regionId: string, chainLinkIds: readonly string[]): number {
  return chainLinkIds.length === 0 ? 0 : specialisedAmong(space, regionId, chainLinkIds).length / chainLinkIds.length;
}

/** A chain's opportunity for the region: the mean relatedness density over its links. */
export function chainRelatedness(space: RelatednessSpace, regionId: string, chainLinkIds: readonly string[]): number {
  if (chainLinkIds.length === 0) return 0;
  return chainLinkIds.reduce((total, linkId) => total + relatednessDensity(space, regionId, linkId), 0) / chainLinkIds.length;
}

export interface ChainOpportunity {
  chainId: string;
  relatedness: number;
  /** The chain's links the region already specialises in. */
  specialisedLinkIds: string[];
}

/** Chains other than `excludedChainIds` (those the region leads), by the mean relatedness of their links, then id. */
export function chainOpportunities(
  space: RelatednessSpace,
  regionId: string,
  chainLinks: ReadonlyMap<string, readonly string[]>,
  excludedChainIds: readonly string[],
): ChainOpportunity[] {
  return [...chainLinks]
    .filter(([chainId]) => !excludedChainIds.includes(chainId))
    .map(([chainId, linkIds]) => ({
      chainId,
      relatedness: chainRelatedness(space, regionId, linkIds),
      specialisedLinkIds: specialisedAmong(space, regionId, linkIds),
    }))
    .sort((a, b) => b.relatedness - a.relatedness || a.chainId.localeCompare(b.chainId));
}

export interface Peer {
  regionId: string;
  similarity: number;
  sharedLinkIds: string[];
}

/** Regions of the same level, by Jaccard similarity of their specialisations (only > 0), then id. */
export function peers(space: RelatednessSpace, regionId: string): Peer[] {
  const region = space.regions.get(regionId);
  const mine = space.specialisations.get(regionId) ?? new Set<string>();
  if (!region || mine.size === 0) return [];
  const found: Peer[] = [];
  for (const [otherId, theirs] of space.specialisations) {
    if (otherId === regionId || space.regions.get(otherId)?.level !== region.level) continue;
    const shared = [...mine].filter((linkId) => theirs.has(linkId)).sort();
    if (shared.length === 0) continue;
    found.push({ regionId: otherId, similarity: shared.length / (mine.size + theirs.size - shared.length), sharedLinkIds: shared });
  }
  return found.sort((a, b) => b.similarity - a.similarity || a.regionId.localeCompare(b.regionId));
}

export interface SourceRegion {
  regionId: string;
  firms: number;
  rca: number;
}

/** Places outside the region's subtree specialised in the link: where to go recruiting, most firms first. */
export function sourceRegions(space: RelatednessSpace, regionId: string, linkId: string): SourceRegion[] {
  const found: SourceRegion[] = [];
  for (const placeId of space.placeIds) {
    if (!space.specialisations.get(placeId)?.has(linkId)) continue;
    if (regionAndAncestors(space.regions, placeId).includes(regionId)) continue;
    found.push({ regionId: placeId, firms: space.regionCounts.get(placeId)?.get(linkId) ?? 0, rca: rca(space, placeId, linkId) });
  }
  return found.sort((a, b) => b.firms - a.firms || b.rca - a.rca || a.regionId.localeCompare(b.regionId));
}

/** Where a trip goes for a firm located in `regionId`: the nearest city at or above it, else its province, else it. */
export function tripDestination(regions: ReadonlyMap<string, RegionInTree>, regionId: string): string {
  const path = regionAndAncestors(regions, regionId);
  return path.find((id) => regions.get(id)?.level === 'CITY') ?? path.find((id) => regions.get(id)?.level === 'PROVINCE') ?? regionId;
}

export interface TripStop<Candidate> {
  destinationId: string;
  linkId: string;
  enterpriseId: string;
  score: number;
  candidate: Candidate;
}

export interface RecruitmentTrip<Candidate> {
  destinationId: string;
  totalScore: number;
  /** Best first, then by enterprise id. */
  stops: TripStop<Candidate>[];
  /** The gap links its firms would fill, in the order of their best stop. */
  linkIds: string[];
}

/** Candidates grouped by where they are, trips ranked by the sum of their scores, then destination id. */
export function recruitmentTrips<Candidate>(stops: readonly TripStop<Candidate>[]): RecruitmentTrip<Candidate>[] {
  const byDestination = new Map<string, TripStop<Candidate>[]>();
  for (const stop of stops) byDestination.set(stop.destinationId, [...(byDestination.get(stop.destinationId) ?? []), stop]);
  return [...byDestination]
    .map(([destinationId, group]) => {
      const ordered = [...group].sort(
        (a, b) => b.score - a.score || a.enterpriseId.localeCompare(b.enterpriseId) || a.linkId.localeCompare(b.linkId),
      );
      return {
        destinationId,
        totalScore: ordered.reduce((total, stop) => total + stop.score, 0),
        stops: ordered,
        linkIds: [...new Set(ordered.map((stop) => stop.linkId))],
      };
    })
    .sort((a, b) => b.totalScore - a.totalScore || a.destinationId.localeCompare(b.destinationId));
}
