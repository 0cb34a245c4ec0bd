import type { LinkOverviewResolvers } from '../generated/resolvers-types.js';
import { reasonFields } from './Reason.js';

export const LinkOverview: LinkOverviewResolvers = {
  ...reasonFields,
  link: ({ linkId }) => ({ id: linkId }),
  // Lists hold only the projects in the viewer's scope (the loader's query): another region's planner sees none.
  activeProjects: ({ regionId, linkId }, _, { loaders }) => loaders.activeProjectsOfLink.load({ regionId, id: linkId }),
};
