import type { CompletenessPointResolvers } from '../generated/resolvers-types.js';

const PROJECT_CAUSE = 'project:';
const CHAIN_EDIT_CAUSE = 'chain:';

export const CompletenessPoint: CompletenessPointResolvers = {
  presentLinkCount: ({ presentLinkIds }) => presentLinkIds.length,
  cause: ({ cause }) => (cause.startsWith(PROJECT_CAUSE) ? 'PROJECT' : cause.startsWith(CHAIN_EDIT_CAUSE) ? 'CHAIN_EDIT' : 'IMPORT'),
  // A project outside the viewer's scope (a point of a city's chain) is not named.
  project: async ({ cause }, _, { loaders }) => {
    if (!cause.startsWith(PROJECT_CAUSE)) return null;
    const project = await loaders.projectById.load(cause.slice(PROJECT_CAUSE.length));
    return project?.inScope ? project : null;
  },
};
