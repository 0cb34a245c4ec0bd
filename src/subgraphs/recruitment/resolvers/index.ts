import type { Resolvers } from '../generated/resolvers-types.js';
import { ChainGap } from './ChainGap.js';
import { ChainGapAnalysis } from './ChainGapAnalysis.js';
import { ChainLink } from './ChainLink.js';
import { ChainOverview, CompletenessPoint, LinkOverview } from './ChainOverview.js';
import { Enterprise } from './Enterprise.js';
import {
  ChainOpportunity,
  ChainRegionSummary,
  GrowthOpportunity,
  SubregionOverview,
  RecruitmentTrip,
  RegionPeer,
  RelatedLink,
  SourceRegion,
  TripCandidate,
} from './Growth.js';
import { Mutation } from './Mutation.js';
import { Project } from './Project.js';
import { Query } from './Query.js';
import { Reason } from './Reason.js';
import { RecruitmentCandidate } from './RecruitmentCandidate.js';
import { ProjectAttention, Region } from './Region.js';

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
