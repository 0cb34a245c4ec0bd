/**
 * Growth as the recruitment subgraph hands it out: the relatedness model (src/facts/relatedness.ts) is kept once per
 * dataset revision — projects do not change it, so a pipeline move keeps it — and its opportunities get reasons.
 */
import type { ChainOpportunity, GrowthOpportunity, Peer, RecruitmentTrip, SourceRegion, TripStop } from '../../../domain/relatedness.js';
import { reason, type Reason } from '../../../domain/reasons.js';
import type { RelatednessModel } from '../../../facts/relatedness.js';
import type { RankedCandidateRecord } from '../gaps/candidates.js';

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
