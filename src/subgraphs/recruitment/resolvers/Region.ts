import { chainOverview } from '../analysis.js';
import type { RegionResolvers } from '../generated/resolvers-types.js';
import { analysisOptions } from '../options.js';
import { outsideRegion } from '../../../graphql/errors.js';

/** Region is owned by the registry; here it gains its investment map and its projects (both batched per request). */
export const Region: RegionResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  chainOverview: async ({ id }, { options }, { loaders }) => {
    const { gap } = analysisOptions(options);
    return (await loaders.leadingChainFacts.load(id)).map((facts) => chainOverview(facts, gap));
  },
  projects: async ({ id }, { status }, { loaders, viewer }) => {
    const { records, inScope } = await loaders.projectsInRegion.load({ regionId: id, status: status ?? null });
    if (!inScope) throw outsideRegion(viewer.regionId, `Region '${id}'`);
    return records;
  },
};
