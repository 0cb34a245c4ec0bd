import { nextStatuses } from '../../../domain/project-pipeline.js';
import type { ProjectResolvers } from '../generated/resolvers-types.js';

export const Project: ProjectResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.projectById.load(id),
  nextStatuses: ({ status }) => nextStatuses(status),
  enterprise: ({ enterpriseId }) => ({ id: enterpriseId }),
  region: ({ regionId }) => ({ id: regionId }),
  park: ({ parkId }) => (parkId ? { id: parkId } : null),
  link: ({ linkId }) => (linkId ? { id: linkId } : null),
};
