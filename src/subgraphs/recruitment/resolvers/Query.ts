import { recruitmentTrips, tripDestination } from '../../../domain/relatedness.js';
import { badUserInput, notFound } from '../../../graphql/errors.js';
import { pageSize } from '../../../graphql/paging.js';
import { chainGapAnalysis, type ChainGapAnalysisRecord } from '../gaps/analysis.js';
import type { RecruitmentContext } from '../context.js';
import type { GapOptions, QueryResolvers } from '../generated/resolvers-types.js';
import { analysisOptions } from '../options.js';
import { foundOverview, overviewRequest } from '../overviews/subregions.js';
import { visibleProject } from '../projects/scope.js';
import { rankedCandidates } from './ChainGap.js';

const MAX_SIMULATED_ENTERPRISES = 100;

/** The facts come in one query (or from the cache); a missing region or chain costs one more to say which is missing. */
async function analyseChain(
  { repositories, loaders }: RecruitmentContext,
  regionId: string,
  chainId: string,
  assumedLocalIds: string[],
  input: GapOptions | null | undefined,
): Promise<ChainGapAnalysisRecord> {
  const options = analysisOptions(input);
  const facts = await loaders.chainFacts({ regionId, assumedLocalIds }, chainId);
  if (!facts) {
    const { regionExists, chainExists } = await repositories.gaps.regionAndChainExist(regionId, chainId);
    const missing = [regionExists ? null : `no Region '${regionId}'`, chainExists ? null : `no Chain '${chainId}'`];
    throw notFound(`${missing.filter(Boolean).join(' and ')}; look ids up with regions/searchRegions and chains.`);
  }
  return chainGapAnalysis(facts, options.gap, { regionId, assumedLocalIds, weights: options.weights });
}

export const Query: QueryResolvers = {
  chainGaps: (_, { regionId, chainId, options }, context) => analyseChain(context, regionId, chainId, [], options),

  simulateRecruitment: async (_, { regionId, chainId, enterpriseIds, options }, context) => {
    const ids = [...new Set(enterpriseIds)].sort();
    if (ids.length < 1 || ids.length > MAX_SIMULATED_ENTERPRISES) {
      throw badUserInput(`enterpriseIds must name 1 to ${MAX_SIMULATED_ENTERPRISES} enterprises; got ${ids.length}.`, {
        argumentName: 'enterpriseIds',
      });
    }
    const missing = await context.repositories.gaps.missingEnterprises(ids);
    if (missing.length > 0) {
      throw badUserInput(`enterpriseIds: no Enterprise ${missing.map((id) => `'${id}'`).join(', ')}.`, { argumentName: 'enterpriseIds' });
    }
    return analyseChain(context, regionId, chainId, ids, options);
  },

  project: async (_, { id }, { loaders, viewer }) => visibleProject(await loaders.projectById.load(id), viewer),

  nationalOverview: async (_, { chainId, options }, { loaders }) =>
    foundOverview(await loaders.subregionOverview.load(overviewRequest(null, chainId, options)), chainId),

  recruitmentTrips: async (_, { regionId, chainId, perGap, first }, context) => {
    const [gapSize, size] = [pageSize(perGap, 10), pageSize(first, 10)];
    const analysis = await analyseChain(context, regionId, chainId, [], null);
    const { loaders } = context;
    const ranked = await Promise.all(
      analysis.gaps.map(async (gap) =>
        (await rankedCandidates(gap, loaders, gapSize)).map((candidate) => ({ linkId: gap.linkId, candidate })),
      ),
    );
    const candidates = ranked.flat();
    const [model, locations] = await Promise.all([
      loaders.relatedness(),
      loaders.enterpriseRegions.loadMany(candidates.map(({ candidate }) => candidate.enterpriseId)),
    ]);
    const stops = candidates.flatMap(({ linkId, candidate }, index) => {
      const location = locations[index];
      if (typeof location !== 'string') return [];
      const destinationId = tripDestination(model.space.regions, location);
      return [{ destinationId, linkId, enterpriseId: candidate.enterpriseId, score: candidate.score, candidate }];
    });
    return recruitmentTrips(stops).slice(0, size);
  },
};
