import { matchingCarriers, matchReasons } from '../../../domain/carrier-matching.js';
import { nextStatuses } from '../../../domain/project-pipeline.js';
import { pageSize } from '../../../graphql/paging.js';
import type { ProjectResolvers } from '../generated/resolvers-types.js';
import { visibleProject } from '../projects/scope.js';

export const Project: ProjectResolvers = {
  __resolveReference: async ({ id }, { loaders, viewer }) => visibleProject(await loaders.projectById.load(id), viewer),
  nextStatuses: ({ status }) => nextStatuses(status),
  enterprise: ({ enterpriseId }) => ({ id: enterpriseId }),
  region: ({ regionId }) => ({ id: regionId }),
  park: ({ parkId }) => (parkId ? { id: parkId } : null),
  link: ({ linkId }) => (linkId ? { id: linkId } : null),
  events: ({ id }, _, { loaders }) => loaders.eventsOfProject.load(id),
  blockers: ({ id }, _, { loaders }) => loaders.blockersOfProject.load(id),
  carrier: ({ carrierId }) => (carrierId ? { id: carrierId } : null),
  matchingCarriers: async ({ id, siteNeed }, { first }, { loaders, language }) => {
    const size = pageSize(first, 5);
    if (!siteNeed) return [];
    const matches = matchingCarriers(siteNeed, await loaders.carrierCandidates.load(id), size);
    return matches.map((carrier) => ({ carrier: { id: carrier.id }, reasons: matchReasons(siteNeed, carrier, language) }));
  },
};
