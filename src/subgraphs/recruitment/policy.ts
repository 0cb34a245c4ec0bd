import type { Policy } from '../../auth/policy.js';

/**
 * Gaps, candidates, simulations and the map are for planners (of any region); projects too, limited to the
 * planner's region by the project loaders and the scope checks of the mutations.
 */
export const RECRUITMENT_POLICY: Policy = {
  'Query.chainGaps': ['planner'],
  'Query.simulateRecruitment': ['planner'],
  'Query.project': ['planner'],
  'Mutation.createProject': ['planner'],
  'Mutation.advanceProject': ['planner'],
  'Mutation.updateProject': ['planner'],
  'Mutation.addProjectNote': ['planner'],
  'Mutation.openBlocker': ['planner'],
  'Mutation.resolveBlocker': ['planner'],
  'Mutation.setChainChief': ['planner'],
  'Mutation.adoptChainTemplate': ['planner'],
  'Mutation.dropLeadingChain': ['planner'],
  'Mutation.reserveCarrier': ['planner'],
  'Mutation.releaseCarrier': ['planner'],
  'Carrier.reservedFor': ['planner'],
  'Region.chainOverview': ['planner'],
  'Region.projects': ['planner'],
  'Region.attention': ['planner'],
  'Region.growthOpportunities': ['planner'],
  'Region.chainOpportunities': ['planner'],
  'Region.peers': ['planner'],
  'Query.recruitmentTrips': ['planner'],
  'Query.nationalOverview': ['planner'],
  'Region.subregionOverview': ['planner'],
  'Enterprise.projects': ['planner'],
  'ChainLink.projects': ['planner'],
  'Project.__resolveReference': ['planner'],
};
