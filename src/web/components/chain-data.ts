import type { LinkStateFieldsFragment, RegionMapQuery, SimulateRecruitmentQuery } from '../generated/graphql';

export type RegionData = NonNullable<RegionMapQuery['region']>;
export type ChainOverviewData = RegionData['chainOverview'][number];
export type ChainLinkData = ChainOverviewData['chain']['links'][number];
export type LinkStateData = LinkStateFieldsFragment;

/** A simulated recruitment of some candidates into one chain, as the server computed it. */
export interface Simulation {
  enterpriseIds: string[];
  result: SimulateRecruitmentQuery['simulateRecruitment'];
}

export function statesByLink(links: readonly LinkStateData[]): Map<string, LinkStateData> {
  return new Map(links.map((state) => [state.link.id, state]));
}
