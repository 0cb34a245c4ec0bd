import type { CarrierResolvers } from '../generated/resolvers-types.js';

export const Carrier: CarrierResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  // The project is named to planners of its region only; to others the carrier is simply held.
  reservedFor: async ({ id }, _, { loaders }) => {
    const [projectId] = await loaders.projectsOfCarrier.load(id);
    const project = projectId ? await loaders.projectById.load(projectId) : null;
    return project?.inScope ? project : null;
  },
};
