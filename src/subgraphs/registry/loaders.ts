import { byIdLoader, groupLoader } from '../../graphql/loaders.js';
import type { RegistryRepository } from './repository.js';

/** Per-request loaders: every by-id lookup and reference of this subgraph goes through one of these. */
export function createRegistryLoaders(repository: RegistryRepository) {
  return {
    regionById: byIdLoader((ids) => repository.regionsByIds(ids)),
    childRegions: groupLoader((parentIds) => repository.childRegions(parentIds)),
    parkById: byIdLoader((ids) => repository.parksByIds(ids)),
    parksInRegion: groupLoader((regionIds) => repository.parksInRegions(regionIds)),
    industryById: byIdLoader((ids) => repository.industriesByIds(ids)),
    enterpriseById: byIdLoader((ids) => repository.enterprisesByIds(ids)),
  };
}

export type RegistryLoaders = ReturnType<typeof createRegistryLoaders>;
