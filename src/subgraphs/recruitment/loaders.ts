import DataLoader from 'dataloader';
import { batchingLoader, byIdLoader, groupLoader } from '../../graphql/loaders.js';
import type { ProjectStatus } from './generated/resolvers-types.js';
import type { RecruitmentCaches } from './caches.js';
import { rankCandidates, type CandidateWeights } from '../../domain/candidate-ranking.js';
import { candidateContext, candidatesOfLink, type RankedCandidateRecord } from './candidates.js';
import type { DatasetCache } from './dataset-cache.js';
import { datasetPartOf, readRelatednessModel, type RelatednessModel } from './relatedness.js';
import type { ChainFactsRecord, LinkFirmRecord, RecruitmentRepository } from './repository.js';

export interface CandidatesKey {
  regionId: string;
  assumedLocalIds: string[];
  linkId: string;
  weights: CandidateWeights;
  /** How many of the best are wanted. */
  first: number;
}

/**
 * Per-request loaders: every by-id lookup and reference of this subgraph goes through one of these. Facts that
 * change only with an import come from the process-wide `caches`, at the dataset revision read once per request.
 */
export function createRecruitmentLoaders(repository: RecruitmentRepository, scope: string | null, caches: RecruitmentCaches) {
  let revision: Promise<string | null> | undefined;
  const datasetRevision = () => (revision ??= repository.datasetRevision());

  const linkFirms = cachedGroupLoader(caches.linkFirms, datasetRevision, (linkIds) => repository.linkFirms(linkIds));
  return {
    /** The dataset's relatedness space, computed once per import by whichever request needs it first. */
    async relatedness(): Promise<RelatednessModel> {
      return caches.relatedness.get(datasetPartOf(await datasetRevision()), 'space', () => readRelatednessModel(repository));
    },
    enterpriseRegions: new DataLoader(async (ids: readonly string[]) => {
      const regions = await repository.enterpriseRegions([...ids]);
      return ids.map((id) => regions.get(id) ?? null);
    }),
    /** Null when the region or the chain does not exist. */
    async chainFacts(regionId: string, chainId: string, assumedLocalIds: string[]): Promise<ChainFactsRecord | null> {
      const key = JSON.stringify([regionId, chainId, assumedLocalIds]);
      return caches.chainFacts.get(await datasetRevision(), key, () => repository.chainFacts(regionId, chainId, assumedLocalIds));
    },
    rankedCandidatesOfGap: rankedCandidatesLoader(repository, caches, datasetRevision, linkFirms),
    leadingChainFacts: cachedGroupLoader(caches.leadingChainFacts, datasetRevision, (regionIds) => repository.leadingChainFacts(regionIds)),
    // Project loaders see only the viewer's scope: records say whether they are in it, lists hold only those in it.
    projectById: byIdLoader((ids) => repository.projectsByIds(ids, scope)),
    projectsInRegion: batchingLoader(
      (key: { regionId: string; status: ProjectStatus | null }) => String(key.status),
      async (keys) => {
        const groups = await repository.projectsInRegions(
          keys.map((key) => key.regionId),
          keys[0]!.status,
          scope,
        );
        const byRegion = new Map(groups.map((group) => [group.key, group]));
        return keys.map((key) => byRegion.get(key.regionId) ?? { records: [], inScope: true });
      },
    ),
    projectsOfEnterprise: groupLoader((ids) => repository.projectsOfEnterprises(ids, scope)),
    projectsOfLink: groupLoader((ids) => repository.projectsOfLinks(ids, scope)),
    eventsOfProject: groupLoader((ids) => repository.eventsOfProjects(ids)),
    blockersOfProject: groupLoader((ids) => repository.blockersOfProjects(ids)),
    attentionCandidates: new DataLoader(async (regionIds: readonly string[]) => {
      const groups = new Map((await repository.attentionCandidates([...regionIds], scope)).map((group) => [group.key, group]));
      return regionIds.map((id) => groups.get(id) ?? { key: id, records: [], inScope: true });
    }),
    /** Keyed `[regionId, linkId]` (see pairKey). */
    activeProjectsOfLink: groupLoader((keys) => repository.activeProjectsOfLinks(keys.map(pairOf('linkId')), scope)),
    /** Per period (`since`, ISO 8601), keyed `[regionId, chainId]`. */
    completenessSeries: batchingLoader(
      (key: { pair: string; since: string }) => key.since,
      async (keys) => {
        const groups = await repository.completenessSeries(
          keys.map((key) => pairOf('chainId')(key.pair)),
          keys[0]!.since,
        );
        const byKey = new Map(groups.map((group) => [group.key, group.records]));
        return keys.map((key) => byKey.get(key.pair) ?? []);
      },
    ),
  };
}

/**
 * The best `first` candidates of each gap of an analysis, ranked with its weights: per gap link, its firms but
 * the region's own (kept per dataset revision, from the region's side and the links' firms), less the firms
 * recruited since (read fresh every request: a project landing does not change the revision). The ranking of
 * the same gap with the same weights, size and recruited firms is kept too: identical analyses rank once.
 */
function rankedCandidatesLoader(
  repository: RecruitmentRepository,
  caches: RecruitmentCaches,
  datasetRevision: () => Promise<string | null>,
  linkFirms: DataLoader<string, LinkFirmRecord[]>,
) {
  return batchingLoader(
    (key: CandidatesKey) => JSON.stringify([key.regionId, key.assumedLocalIds]),
    async (keys): Promise<RankedCandidateRecord[][]> => {
      const { regionId, assumedLocalIds } = keys[0]!;
      const candidatesKey = (linkId: string) => JSON.stringify([regionId, assumedLocalIds, linkId]);
      const readCandidates = async (missingKeys: string[]) => {
        const linkIds = missingKeys.map((key) => (JSON.parse(key) as [string, string[], string])[2]);
        const [context, firmsOfLinks] = await Promise.all([
          repository.candidateContext(regionId, assumedLocalIds, linkIds).then(candidateContext),
          linkFirms.loadMany(linkIds),
        ]);
        return new Map(
          linkIds.map((id, index) => {
            const firms = firmsOfLinks[index]!;
            if (firms instanceof Error) throw firms;
            return [candidatesKey(id), candidatesOfLink(firms, context)];
          }),
        );
      };
      const [revision, recruited] = await Promise.all([datasetRevision(), repository.recruitedFirms(regionId).then((ids) => new Set(ids))]);
      const recruitedKey = [...recruited].sort();
      const rankingKey = ({ linkId, weights, first }: CandidatesKey) =>
        JSON.stringify([candidatesKey(linkId), recruitedKey, weights, first]);
      const rankings = await caches.rankedCandidates.getMany(revision, keys.map(rankingKey), async (missing) => {
        const unranked = keys.filter((key) => missing.includes(rankingKey(key)));
        const candidates = await caches.gapCandidates.getMany(
          revision,
          unranked.map((key) => candidatesKey(key.linkId)),
          readCandidates,
        );
        return new Map(
          unranked.map((key) => {
            const all = candidates.get(candidatesKey(key.linkId))!;
            const open = recruited.size === 0 ? all : all.filter((candidate) => !recruited.has(candidate.enterpriseId));
            return [rankingKey(key), rankCandidates(open, key.weights, key.first)];
          }),
        );
      });
      return keys.map((key) => rankings.get(rankingKey(key))!);
    },
  );
}

/** The key of a region and a link or chain, for loaders: ids may hold any character, so it is JSON. */
export const pairKey = (regionId: string, otherId: string) => JSON.stringify([regionId, otherId]);

/** A pair key as the parameter its query takes: the key itself, to return, and both ids. */
const pairOf =
  <Field extends string>(field: Field) =>
  (key: string) => {
    const [regionId, otherId] = JSON.parse(key) as [string, string];
    return { key, regionId, [field]: otherId } as { key: string; regionId: string } & Record<Field, string>;
  };

/** Like groupLoader, but each key's records are kept in `cache` across requests. */
function cachedGroupLoader<Record>(
  cache: DatasetCache<Record[]>,
  datasetRevision: () => Promise<string | null>,
  fetch: (keys: string[]) => Promise<{ key: string; records: Record[] }[]>,
) {
  return new DataLoader<string, Record[]>(async (keys) => {
    const values = await cache.getMany(await datasetRevision(), keys, async (missing) => {
      const byKey = new Map((await fetch(missing)).map((group) => [group.key, group.records]));
      return new Map(missing.map((key) => [key, byKey.get(key) ?? []]));
    });
    return keys.map((key) => values.get(key)!);
  });
}

export type RecruitmentLoaders = ReturnType<typeof createRecruitmentLoaders>;
