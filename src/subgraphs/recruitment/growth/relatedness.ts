/**
 * The relatedness space of the whole dataset (docs/domain.md, "Relatedness and growth opportunities"), gathered by
 * three queries and computed once per dataset revision: projects do not change it, so a pipeline move keeps it.
 */
import {
  peers,
  relatednessSpace,
  type ChainOpportunity,
  type GrowthOpportunity,
  type LocatedFirmCount,
  type Peer,
  type RecruitmentTrip,
  type RegionInTree,
  type RelatednessSpace,
  type SourceRegion,
  type TripStop,
} from '../../../domain/relatedness.js';
import { reason, type Named, type Reason } from '../../../domain/reasons.js';
import { MAX_PAGE_SIZE } from '../../../graphql/paging.js';
import type { RankedCandidateRecord } from '../gaps/candidates.js';
import type { ChainLinkNameRecord, GrowthRepository } from './repository.js';

export interface RelatednessModel {
  space: RelatednessSpace;
  /** Each chain's links, in chain order. */
  chainLinks: ReadonlyMap<string, string[]>;
  linkNames: ReadonlyMap<string, Named>;
  /**
   * A region's peers, best first, at most a page's worth: compared with every region of its level once per import
   * (the bulk of a growth request's time), then kept with the space.
   */
  peersOf(regionId: string): readonly Peer[];
}

export async function readRelatednessModel(repository: GrowthRepository): Promise<RelatednessModel> {
  const [regions, located, links] = await Promise.all([
    repository.regionTree(),
    repository.locatedFirmCounts(),
    repository.allChainLinks(),
  ]);
  return relatednessModel(regions, located, links);
}

function relatednessModel(
  regions: readonly RegionInTree[],
  located: readonly LocatedFirmCount[],
  links: readonly ChainLinkNameRecord[],
): RelatednessModel {
  const chainLinks = new Map<string, string[]>();
  for (const link of links) chainLinks.set(link.chainId, [...(chainLinks.get(link.chainId) ?? []), link.id]);
  const space = relatednessSpace(
    regions,
    located,
    links.map((link) => link.id),
  );
  const keptPeers = new Map<string, readonly Peer[]>();
  return {
    space,
    chainLinks,
    linkNames: new Map(links.map((link) => [link.id, { name: link.name, nameZh: link.nameZh }])),
    peersOf(regionId) {
      let found = keptPeers.get(regionId);
      if (!found) keptPeers.set(regionId, (found = peers(space, regionId).slice(0, MAX_PAGE_SIZE)));
      return found;
    },
  };
}

/** The part of an analysis revision that imports change (see DATASET_REVISION): relatedness ignores the pipeline. */
export const datasetPartOf = (revision: string | null) => (revision === null ? null : revision.slice(0, revision.lastIndexOf('/')));

/** A growth opportunity with its reasons (the related links the region specialises in, or that it has none). */
export interface GrowthOpportunityRecord extends GrowthOpportunity {
  reasons: Reason[];
}

export function growthOpportunityRecord(model: RelatednessModel, opportunity: GrowthOpportunity): GrowthOpportunityRecord {
  const reasons = opportunity.relatedLinks.map((related) =>
    reason('RELATED_SPECIALISATION', { link: model.linkNames.get(related.linkId)!, proximity: related.proximity }),
  );
  return { ...opportunity, reasons: reasons.length > 0 ? reasons : [reason('NO_RELATED_SPECIALISATION', {})] };
}

export type ChainOpportunityRecord = ChainOpportunity;

export type RegionPeerRecord = Peer;
export type SourceRegionRecord = SourceRegion;
export type TripCandidateRecord = TripStop<RankedCandidateRecord>;
export type RecruitmentTripRecord = RecruitmentTrip<RankedCandidateRecord>;
