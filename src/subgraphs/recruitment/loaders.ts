import type { CandidateFacts } from '../../domain/candidate-ranking.js';
import { batchingLoader, byIdLoader, groupLoader } from '../../graphql/loaders.js';
import type { ProjectStatus } from './generated/resolvers-types.js';
import { candidateContext, candidatesOfLink } from './candidates.js';
import type { LinkFirmsCache } from './link-firms-cache.js';
import type { RecruitmentRepository } from './repository.js';

export interface CandidatesKey {
  regionId: string;
  assumedLocalIds: string[];
  linkId: string;
}

/**
 * Per-request loaders: every by-id lookup and reference of this subgraph goes through one of these. `linkFirms` is
 * the process-wide cache of who operates in each link.
 */
export function createRecruitmentLoaders(repository: RecruitmentRepository, scope: string | null, linkFirms: LinkFirmsCache) {
  return {
    /** The candidate facts of every gap of an analysis: one query for the region's side, the links' firms cached. */
    candidatesOfGap: batchingLoader(
      (key: CandidatesKey) => JSON.stringify([key.regionId, key.assumedLocalIds]),
      async (keys): Promise<CandidateFacts[][]> => {
        const { regionId, assumedLocalIds } = keys[0]!;
        const linkIds = keys.map((key) => key.linkId);
        const [context, firmsByLink] = await Promise.all([
          repository.candidateContext(regionId, assumedLocalIds, linkIds).then(candidateContext),
          linkFirms.get(linkIds, (missing) => repository.linkFirms(missing)),
        ]);
        return keys.map((key) => candidatesOfLink(firmsByLink.get(key.linkId) ?? [], context));
      },
    ),
    leadingChainFacts: groupLoader((regionIds) => repository.leadingChainFacts(regionIds)),
    // Project loaders see only the viewer's scope: records say whether they are in it, lists hold only those in it.
    projectById: byIdLoader((ids) => repository.projectsByIds(ids, scope)),
    projectsInRegion: batchingLoader(
      (key: { regionId: string; status: ProjectStatus | null }) => String(key.status),
      async (keys) => {
        const groups = await repository.projectsInRegions(keys.map((key) => key.regionId), keys[0]!.status, scope);
        const byRegion = new Map(groups.map((group) => [group.key, group]));
        return keys.map((key) => byRegion.get(key.regionId) ?? { records: [], inScope: true });
      },
    ),
    projectsOfEnterprise: groupLoader((ids) => repository.projectsOfEnterprises(ids, scope)),
    projectsOfLink: groupLoader((ids) => repository.projectsOfLinks(ids, scope)),
  };
}

export type RecruitmentLoaders = ReturnType<typeof createRecruitmentLoaders>;
