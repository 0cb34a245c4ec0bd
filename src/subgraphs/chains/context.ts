import type { Driver } from 'neo4j-driver';
import { createChainsLoaders, type ChainsLoaders } from './loaders.js';
import { ChainsRepository } from './repository.js';

export interface ChainsContext {
  repository: ChainsRepository;
  loaders: ChainsLoaders;
}

export function createChainsContext(driver: Driver): ChainsContext {
  const repository = new ChainsRepository(driver);
  return { repository, loaders: createChainsLoaders(repository) };
}
