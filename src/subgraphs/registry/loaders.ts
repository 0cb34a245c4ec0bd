import { batchingLoader, byIdLoader, groupLoader } from '../../graphql/loaders.js';
import type { CarrierFilter, CarrierRecord, RegistryRepository } from './repository.js';

/** Per-request loaders: every by-id lookup and reference of this subgraph goes through one of these. */
export function createRegistryLoaders(repository: RegistryRepository) {
  return {
    regionById: byIdLoader((ids) => repository.regionsByIds(ids)),
    childRegions: groupLoader((parentIds) => repository.childRegions(parentIds)),
    parkById: byIdLoader((ids) => repository.parksByIds(ids)),
    parksInRegion: groupLoader((regionIds) => repository.parksInRegions(regionIds)),
    carrierById: byIdLoader((ids) => repository.carriersByIds(ids)),
    carriersInPark: groupLoader((parkIds) => repository.carriersInParks(parkIds)),
    // Regions asked with the same filter share one query.
    carriersInRegion: batchingLoader(
      ({ filter }: { regionId: string; filter: CarrierFilter }) => JSON.stringify(filter),
      async (keys): Promise<CarrierRecord[][]> => {
        const groups = await repository.carriersInSubtrees(
          keys.map((key) => key.regionId),
          keys[0]!.filter,
        );
        const byRegion = new Map(groups.map((group) => [group.key, group.records]));
        return keys.map((key) => byRegion.get(key.regionId) ?? []);
      },
    ),
    industryById: byIdLoader((ids) => repository.industriesByIds(ids)),
    enterpriseById: byIdLoader((ids) => repository.enterprisesByIds(ids)),
  };
}

export type RegistryLoaders = ReturnType<typeof createRegistryLoaders>;
