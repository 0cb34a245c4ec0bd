import { chainOverview } from '../gaps/analysis.js';
import type { RegionResolvers } from '../generated/resolvers-types.js';
import { analysisOptions } from '../options.js';
import { badUserInput, notFound, outsideRegion } from '../../../graphql/errors.js';
import { pageSize } from '../../../graphql/paging.js';
import { chainOpportunities, growthOpportunities } from '../../../domain/relatedness.js';
import type { RecruitmentLoaders } from '../loaders.js';
import { growthOpportunityRecord } from '../growth/relatedness.js';
import { foundOverview, overviewRequest } from '../overviews/subregions.js';
import { attentionOf, type Attention } from '../../../domain/project-attention.js';

const MAX_STALE_DAYS = 3650;

/** Region is owned by the registry; here it gains its investment map and its projects (both batched per request). */
export const Region: RegionResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  chainOverview: async ({ id }, { options }, { loaders }) => {
    const { gap } = analysisOptions(options);
    return (await loaders.leadingChainFacts.load(id)).map((facts) => chainOverview(id, facts, gap));
  },
  projects: async ({ id }, { status }, { loaders, viewer }) => {
    const { records, inScope } = await loaders.projectsInRegion.load({ regionId: id, status: status ?? null });
    if (!inScope) throw outsideRegion(viewer.regionId, `Region '${id}'`);
    return records;
  },
  growthOpportunities: ({ id }, { first, chainId }, { loaders }) => growthOf(id, chainId, pageSize(first, 10), loaders),
  chainOpportunities: async ({ id }, { first }, { loaders }) => {
    const size = pageSize(first, 10);
    const [model, leading] = await Promise.all([loaders.relatedness(), loaders.leadingChainIds.load(id)]);
    return chainOpportunities(model.space, id, model.chainLinks, leading).slice(0, size);
  },
  peers: async ({ id }, { first }, { loaders }) => {
    const size = pageSize(first, 10);
    return (await loaders.relatedness()).peersOf(id).slice(0, size);
  },
  subregionOverview: async ({ id }, { chainId, options }, { loaders }) =>
    foundOverview(await loaders.subregionOverview.load(overviewRequest(id, chainId, options)), chainId),
  attention: async ({ id }, { staleDays }, { loaders, viewer }) => {
    if (!Number.isInteger(staleDays) || staleDays < 1 || staleDays > MAX_STALE_DAYS) {
      throw badUserInput(`staleDays must be 1 to ${MAX_STALE_DAYS}; got ${staleDays}.`, { argumentName: 'staleDays' });
    }
    const { records, inScope } = await loaders.attentionCandidates.load(id);
    if (!inScope) throw outsideRegion(viewer.regionId, `Region '${id}'`);
    const today = new Date();
    return records
      .map((candidate) => ({
        project: candidate.project,
        attention: attentionOf({ ...candidate, ...candidate.project }, today, staleDays),
      }))
      .filter((item): item is typeof item & { attention: Attention } => item.attention !== null)
      .sort((a, b) => b.attention.urgency - a.attention.urgency || a.project.id.localeCompare(b.project.id))
      .map(({ project, attention }) => ({ project, kinds: attention.kinds, reasons: attention.reasons }));
  },
};

/** Links the region could grow: among the links of `chainId` if given (NOT_FOUND for an unknown chain). */
async function growthOf(regionId: string, chainId: string | null | undefined, first: number, loaders: RecruitmentLoaders) {
  const model = await loaders.relatedness();
  const linkIds = chainId == null ? model.space.linkIds : model.chainLinks.get(chainId);
  if (!linkIds) throw notFound(`no Chain '${chainId}'; look ids up with chains.`);
  return growthOpportunities(model.space, regionId, linkIds)
    .slice(0, first)
    .map((opportunity) => growthOpportunityRecord(model, opportunity));
}
