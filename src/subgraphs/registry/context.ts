import type { Driver } from 'neo4j-driver';
import { createRegistryLoaders, type RegistryLoaders } from './loaders.js';
import { RegistryRepository } from './repository.js';

export interface RegistryContext {
  repository: RegistryRepository;
  loaders: RegistryLoaders;
}

export function createRegistryContext(driver: Driver): RegistryContext {
  const repository = new RegistryRepository(driver);
  return { repository, loaders: createRegistryLoaders(repository) };
}
