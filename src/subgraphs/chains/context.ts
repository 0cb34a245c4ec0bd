import type { Driver } from 'neo4j-driver';
import type { Viewer } from '../../auth/viewer.js';
import { createChainsLoaders, type ChainsLoaders } from './loaders.js';
import { ChainsRepository } from './repository.js';

export interface ChainsContext {
  viewer: Viewer;
  repository: ChainsRepository;
  loaders: ChainsLoaders;
}

export function createChainsContext(driver: Driver, viewer: Viewer): ChainsContext {
  const repository = new ChainsRepository(driver);
  return { viewer, repository, loaders: createChainsLoaders(repository) };
}
