import type { Resolvers } from '../generated/resolvers-types.js';
import { Carrier } from './Carrier.js';
import { ChainGap } from './ChainGap.js';
import { ChainGapAnalysis } from './ChainGapAnalysis.js';
import { ChainLink } from './ChainLink.js';
import { ChainOpportunity } from './ChainOpportunity.js';
import { ChainOverview } from './ChainOverview.js';
import { ChainRegionSummary } from './ChainRegionSummary.js';
import { CompletenessPoint } from './CompletenessPoint.js';
import { Enterprise } from './Enterprise.js';
import { GrowthOpportunity } from './GrowthOpportunity.js';
import { LinkOverview } from './LinkOverview.js';
import { Mutation } from './Mutation.js';
import { Project } from './Project.js';
import { ProjectAttention } from './ProjectAttention.js';
import { Query } from './Query.js';
import { Reason } from './Reason.js';
import { RecruitmentCandidate } from './RecruitmentCandidate.js';
import { RecruitmentTrip } from './RecruitmentTrip.js';
import { Region } from './Region.js';
import { RegionPeer } from './RegionPeer.js';
import { RelatedLink } from './RelatedLink.js';
import { SourceRegion } from './SourceRegion.js';
import { SubregionOverview } from './SubregionOverview.js';
import { TripCandidate } from './TripCandidate.js';

/** One file per GraphQL type of schema/recruitment.graphql: `<Type>.ts` resolves `<Type>`'s fields. */
export const resolvers: Resolvers = {
  Query,
  Mutation,
  ChainGapAnalysis,
  ChainGap,
  RecruitmentCandidate,
  ChainOverview,
  LinkOverview,
  CompletenessPoint,
  Project,
  Carrier,
  Region,
  Enterprise,
  ChainLink,
  Reason,
  ProjectAttention,
  GrowthOpportunity,
  RelatedLink,
  ChainOpportunity,
  RegionPeer,
  SourceRegion,
  RecruitmentTrip,
  TripCandidate,
  SubregionOverview,
  ChainRegionSummary,
};
