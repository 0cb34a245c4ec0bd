import type { Driver } from 'neo4j-driver';
import type { Viewer } from '../../auth/viewer.js';
import { createRegistryLoaders, type RegistryLoaders } from './loaders.js';
import { RegistryRepository } from './repository.js';

export interface RegistryContext {
  viewer: Viewer;
  repository: RegistryRepository;
  loaders: RegistryLoaders;
}

export function createRegistryContext(driver: Driver, viewer: Viewer): RegistryContext {
  const repository = new RegistryRepository(driver);
  return { viewer, repository, loaders: createRegistryLoaders(repository) };
}
