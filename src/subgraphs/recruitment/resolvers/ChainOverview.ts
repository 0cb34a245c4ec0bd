import { badUserInput } from '../../../graphql/errors.js';
import type { ChainOverviewResolvers, CompletenessPointResolvers, LinkOverviewResolvers } from '../generated/resolvers-types.js';
import { pairKey } from '../loaders.js';
import { reasonFields } from './Reason.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_HISTORY_DAYS = 3650;

export const ChainOverview: ChainOverviewResolvers = {
  chain: ({ chainId }) => ({ id: chainId }),
  history: ({ regionId, chainId }, { days }, { loaders }) => {
    if (!Number.isInteger(days) || days < 1 || days > MAX_HISTORY_DAYS) {
      throw badUserInput(`days must be 1 to ${MAX_HISTORY_DAYS}; got ${days}.`, { argumentName: 'days' });
    }
    // From the start of that day (UTC): every chain of a request asks for the same period, so one query serves them.
    const since = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS - days * DAY_MS).toISOString();
    return loaders.completenessSeries.load({ pair: pairKey(regionId, chainId), since });
  },
};

export const LinkOverview: LinkOverviewResolvers = {
  ...reasonFields,
  link: ({ linkId }) => ({ id: linkId }),
  // Lists hold only the projects in the viewer's scope (the loader's query): another region's planner sees none.
  activeProjects: ({ regionId, linkId }, _, { loaders }) => loaders.activeProjectsOfLink.load(pairKey(regionId, linkId)),
};

const PROJECT_CAUSE = 'project:';

export const CompletenessPoint: CompletenessPointResolvers = {
  presentLinkCount: ({ presentLinkIds }) => presentLinkIds.length,
  cause: ({ cause }) => (cause.startsWith(PROJECT_CAUSE) ? 'PROJECT' : 'IMPORT'),
  // A project outside the viewer's scope (a point of a city's chain) is not named.
  project: async ({ cause }, _, { loaders }) => {
    if (!cause.startsWith(PROJECT_CAUSE)) return null;
    const project = await loaders.projectById.load(cause.slice(PROJECT_CAUSE.length));
    return project?.inScope ? project : null;
  },
};
