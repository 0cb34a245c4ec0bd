import { reasonText } from '../../../domain/reasons.js';
import { chainSpecialisation, specialisedAmong } from '../../../domain/relatedness.js';
import type {
  ChainOpportunityResolvers,
  ChainRegionSummaryResolvers,
  GrowthOpportunityResolvers,
  RecruitmentTripResolvers,
  RegionPeerResolvers,
  RelatedLinkResolvers,
  SourceRegionResolvers,
  SubregionOverviewResolvers,
  TripCandidateResolvers,
} from '../generated/resolvers-types.js';
import { reasonFields } from './Reason.js';

const references = (ids: readonly string[]) => ids.map((id) => ({ id }));

export const GrowthOpportunity: GrowthOpportunityResolvers = {
  ...reasonFields,
  link: ({ linkId }) => ({ id: linkId }),
};

export const RelatedLink: RelatedLinkResolvers = {
  link: ({ linkId }) => ({ id: linkId }),
};

export const ChainOpportunity: ChainOpportunityResolvers = {
  chain: ({ chainId }) => ({ id: chainId }),
  specialisedLinks: ({ specialisedLinkIds }) => references(specialisedLinkIds),
};

export const RegionPeer: RegionPeerResolvers = {
  region: ({ regionId }) => ({ id: regionId }),
  sharedLinks: ({ sharedLinkIds }) => references(sharedLinkIds),
};

export const SourceRegion: SourceRegionResolvers = {
  region: ({ regionId }) => ({ id: regionId }),
};

export const RecruitmentTrip: RecruitmentTripResolvers = {
  destination: ({ destinationId }) => ({ id: destinationId }),
  candidates: ({ stops }) => stops,
  gaps: ({ linkIds }) => references(linkIds),
};

export const TripCandidate: TripCandidateResolvers = {
  enterprise: ({ candidate }) => ({ id: candidate.facts.enterpriseId, name: candidate.facts.name, nameZh: candidate.facts.nameZh }),
  link: ({ linkId }) => ({ id: linkId }),
  reasons: ({ candidate }, _, { language }) => candidate.reasons.map((reason) => reasonText(reason, language)),
  reasonDetails: ({ candidate }) => candidate.reasons,
};

export const SubregionOverview: SubregionOverviewResolvers = {
  chain: ({ chainId }) => ({ id: chainId }),
};

export const ChainRegionSummary: ChainRegionSummaryResolvers = {
  region: ({ regionId }) => ({ id: regionId }),
  specialisation: async ({ regionId, linkIds }, _, { loaders }) =>
    chainSpecialisation((await loaders.relatedness()).space, regionId, linkIds),
  specialisedLinks: async ({ regionId, linkIds }, _, { loaders }) =>
    references(specialisedAmong((await loaders.relatedness()).space, regionId, linkIds)),
};
