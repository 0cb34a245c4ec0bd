import { chainOverview } from '../analysis.js';
import type { ProjectAttentionResolvers, RegionResolvers } from '../generated/resolvers-types.js';
import { analysisOptions } from '../options.js';
import { badUserInput, outsideRegion } from '../../../graphql/errors.js';
import { attentionOf, type Attention } from '../../../domain/project-attention.js';
import { reasonFields } from './Reason.js';

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

export const ProjectAttention: ProjectAttentionResolvers = { ...reasonFields };
