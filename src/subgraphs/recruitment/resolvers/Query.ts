import { badUserInput, notFound } from '../../../graphql/errors.js';
import { chainGapAnalysis, type ChainGapAnalysisRecord } from '../analysis.js';
import type { RecruitmentContext } from '../context.js';
import type { GapOptions, QueryResolvers } from '../generated/resolvers-types.js';
import { analysisOptions } from '../options.js';
import { visibleProject } from '../scope.js';

const MAX_SIMULATED_ENTERPRISES = 100;

/** The facts come in one query (or from the cache); a missing region or chain costs one more to say which is missing. */
async function analyseChain(
  { repository, loaders }: RecruitmentContext,
  regionId: string,
  chainId: string,
  assumedLocalIds: string[],
  input: GapOptions | null | undefined,
): Promise<ChainGapAnalysisRecord> {
  const options = analysisOptions(input);
  const facts = await loaders.chainFacts(regionId, chainId, assumedLocalIds);
  if (!facts) {
    const { regionExists, chainExists } = await repository.regionAndChainExist(regionId, chainId);
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
    const missing = await context.repository.missingEnterprises(ids);
    if (missing.length > 0) {
      throw badUserInput(`enterpriseIds: no Enterprise ${missing.map((id) => `'${id}'`).join(', ')}.`, { argumentName: 'enterpriseIds' });
    }
    return analyseChain(context, regionId, chainId, ids, options);
  },

  project: async (_, { id }, { loaders, viewer }) => visibleProject(await loaders.projectById.load(id), viewer),
};
