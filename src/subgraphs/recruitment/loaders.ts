import DataLoader from 'dataloader';
import { batchingLoader, byIdLoader, groupLoader } from '../../graphql/loaders.js';
import type { Group } from '../../neo4j/repository.js';
import type { ProjectStatus } from './generated/resolvers-types.js';
import { rankCandidates, type CandidateWeights } from '../../domain/candidate-ranking.js';
import { candidateContext, candidatesOfLink, type RankedCandidateRecord } from './gaps/candidates.js';
import type { ChainFactsRecord } from '../../facts/chain-facts.js';
import { readRelatednessModel, type RelatednessModel } from '../../facts/relatedness.js';
import { datasetPartOf } from './growth/relatedness.js';
import type { GapsRepository, LinkFirmRecord } from './gaps/repository.js';
import type { KeptFacts, RegionAsSeen } from './kept-facts.js';
import type { RecruitmentRepositories } from './repositories.js';
import { subregionOverviews } from './overviews/subregions.js';
import type { GapOptions } from '../../domain/chain-gaps.js';

export interface CandidatesKey extends RegionAsSeen {
  linkId: string;
  weights: CandidateWeights;
  /** How many of the best are wanted. */
  first: number;
}

/**
 * Per-request loaders: every by-id lookup and reference of this subgraph goes through one of these. Facts that
 * change only with an import come from the process-wide `kept` facts, at the dataset revision read once per request.
 */
export function createRecruitmentLoaders(repositories: RecruitmentRepositories, scope: string | null, kept: KeptFacts) {
  const { chainFacts, relatednessFacts, gaps, projects, growth, overviews } = repositories;
  let revision: Promise<string | null> | undefined;
  const datasetRevision = () => (revision ??= gaps.datasetRevision());

  const linkFirms = new DataLoader(async (linkIds: readonly string[]) => {
    const byLink = await kept.linkFirms(await datasetRevision(), linkIds, (missing) => byKey(gaps.linkFirms(missing), missing));
    return linkIds.map((id) => byLink.get(id)!);
  });
  return {
    /** The dataset's relatedness space, computed once per import by whichever request needs it first. */
    async relatedness(): Promise<RelatednessModel> {
      return kept.relatedness(datasetPartOf(await datasetRevision()), () => readRelatednessModel(relatednessFacts));
    },
    enterpriseRegions: new DataLoader(async (ids: readonly string[]) => {
      const regions = await gaps.enterpriseRegions([...ids]);
      return ids.map((id) => regions.get(id) ?? null);
    }),
    /** Null when the region or the chain does not exist. */
    async chainFacts(region: RegionAsSeen, chainId: string): Promise<ChainFactsRecord | null> {
      return kept.chainFacts(await datasetRevision(), region, chainId, () =>
        chainFacts.chainFacts(region.regionId, chainId, [...region.assumedLocalIds]),
      );
    },
    rankedCandidatesOfGap: rankedCandidatesLoader(gaps, kept, datasetRevision, linkFirms),
    leadingChainFacts: new DataLoader(async (regionIds: readonly string[]) => {
      const byRegion = await kept.leadingChainFacts(await datasetRevision(), regionIds, (missing) =>
        byKey(chainFacts.leadingChainFacts(missing), missing),
      );
      return regionIds.map((id) => byRegion.get(id)!);
    }),
    /** The chains each region leads (its 主导产业链). */
    leadingChainIds: new DataLoader(async (regionIds: readonly string[]) => {
      const byRegion = await byKey(growth.leadingChainIdsOfRegions([...regionIds]), [...regionIds]);
      return regionIds.map((id) => byRegion.get(id)!);
    }),
    /** One chain across the regions under each region asked (null: the provinces); batched per chain and options. */
    subregionOverview: batchingLoader(
      (key: { regionId: string | null; chainId: string; options: GapOptions }) => JSON.stringify([key.chainId, key.options]),
      (keys) =>
        subregionOverviews(
          repositories,
          keys.map((key) => key.regionId),
          keys[0]!.chainId,
          keys[0]!.options,
        ),
    ),
    // Project loaders see only the viewer's scope: records say whether they are in it, lists hold only those in it.
    projectById: byIdLoader((ids) => projects.projectsByIds(ids, scope)),
    projectsInRegion: batchingLoader(
      (key: { regionId: string; status: ProjectStatus | null }) => String(key.status),
      async (keys) => {
        const groups = await projects.projectsInRegions(
          keys.map((key) => key.regionId),
          keys[0]!.status,
          scope,
        );
        const byRegion = new Map(groups.map((group) => [group.key, group]));
        return keys.map((key) => byRegion.get(key.regionId) ?? { records: [], inScope: true });
      },
    ),
    projectsOfEnterprise: groupLoader((ids) => projects.projectsOfEnterprises(ids, scope)),
    projectsOfLink: groupLoader((ids) => projects.projectsOfLinks(ids, scope)),
    eventsOfProject: groupLoader((ids) => projects.eventsOfProjects(ids)),
    blockersOfProject: groupLoader((ids) => projects.blockersOfProjects(ids)),
    carrierCandidates: groupLoader((ids) => projects.carrierCandidates(ids)),
    projectsOfCarrier: groupLoader((ids) => projects.projectsOfCarriers(ids)),
    attentionCandidates: new DataLoader(async (regionIds: readonly string[]) => {
      const groups = new Map((await projects.attentionCandidates([...regionIds], scope)).map((group) => [group.key, group]));
      return regionIds.map((id) => groups.get(id) ?? { key: id, records: [], inScope: true });
    }),
    /** The active projects of each region's subtree that target a link. */
    activeProjectsOfLink: pairLoader((pairs) =>
      projects.activeProjectsOfLinks(
        pairs.map(({ key, regionId, id }) => ({ key, regionId, linkId: id })),
        scope,
      ),
    ),
    /** A chain's completeness in a region over a period (`since`, ISO 8601). */
    completenessSeries: batchingLoader(
      (key: { regionId: string; chainId: string; since: string }) => key.since,
      async (keys) => {
        const pairs = keys.map(({ regionId, chainId }) => ({ key: pairKey(regionId, chainId), regionId, chainId }));
        const byPair = new Map((await overviews.completenessSeries(pairs, keys[0]!.since)).map((group) => [group.key, group.records]));
        return pairs.map(({ key }) => byPair.get(key) ?? []);
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
  gaps: GapsRepository,
  kept: KeptFacts,
  datasetRevision: () => Promise<string | null>,
  linkFirms: DataLoader<string, LinkFirmRecord[]>,
) {
  return batchingLoader(
    (key: CandidatesKey) => JSON.stringify([key.regionId, key.assumedLocalIds]),
    async (keys): Promise<RankedCandidateRecord[][]> => {
      const region: RegionAsSeen = { regionId: keys[0]!.regionId, assumedLocalIds: keys[0]!.assumedLocalIds };
      const readCandidates = async (linkIds: string[]) => {
        const [context, firmsOfLinks] = await Promise.all([
          gaps.candidateContext(region.regionId, [...region.assumedLocalIds], linkIds).then(candidateContext),
          linkFirms.loadMany(linkIds),
        ]);
        return new Map(
          linkIds.map((id, index) => {
            const firms = firmsOfLinks[index]!;
            if (firms instanceof Error) throw firms;
            return [id, candidatesOfLink(firms, context)];
          }),
        );
      };
      const [revision, recruited] = await Promise.all([
        datasetRevision(),
        gaps.recruitedFirms(region.regionId).then((ids) => new Set(ids)),
      ]);
      const recruitedIds = [...recruited].sort();
      const requests = keys.map(({ linkId, weights, first }) => ({ ...region, linkId, recruitedIds, weights, first }));
      return kept.rankings(revision, requests, async (unranked) => {
        const candidates = await kept.gapCandidates(
          revision,
          region,
          unranked.map((request) => request.linkId),
          readCandidates,
        );
        return unranked.map((request) => {
          const all = candidates.get(request.linkId)!;
          const open = recruited.size === 0 ? all : all.filter((candidate) => !recruited.has(candidate.enterpriseId));
          return rankCandidates(open, request.weights, request.first);
        });
      });
    },
  );
}

/** The key the queries return a region-and-link (or chain) group under: ids may hold any character, so it is JSON. */
const pairKey = (regionId: string, otherId: string) => JSON.stringify([regionId, otherId]);

/** Batches lookups of a region and a link (or chain); each answer is that pair's records. */
function pairLoader<Record>(fetch: (pairs: { key: string; regionId: string; id: string }[]) => Promise<Group<Record>[]>) {
  return new DataLoader<{ regionId: string; id: string }, Record[], string>(
    async (asked) => {
      const pairs = asked.map(({ regionId, id }) => ({ key: pairKey(regionId, id), regionId, id }));
      const byPair = new Map((await fetch(pairs)).map((group) => [group.key, group.records]));
      return pairs.map(({ key }) => byPair.get(key) ?? []);
    },
    { cacheKeyFn: ({ regionId, id }) => pairKey(regionId, id) },
  );
}

/** Groups by key, every key asked for present (none found: no records). */
async function byKey<Record>(groups: Promise<Group<Record>[]>, keys: readonly string[]): Promise<Map<string, Record[]>> {
  const found = new Map((await groups).map((group) => [group.key, group.records]));
  return new Map(keys.map((key) => [key, found.get(key) ?? []]));
}

export type RecruitmentLoaders = ReturnType<typeof createRecruitmentLoaders>;
