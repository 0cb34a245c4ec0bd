import type { Driver } from 'neo4j-driver';
import type { Viewer } from '../../auth/viewer.js';
import type { Language } from '../../domain/readable-numbers.js';
import { createChainsLoaders, type ChainsLoaders } from './loaders.js';
import { ChainsRepository } from './repository.js';

export interface ChainsContext {
  viewer: Viewer;
  /** The language of the request: link-assignment evidence is written in it. */
  language: Language;
  repository: ChainsRepository;
  loaders: ChainsLoaders;
}

export function createChainsContext(driver: Driver, viewer: Viewer, language: Language): ChainsContext {
  const repository = new ChainsRepository(driver);
  return { viewer, language, repository, loaders: createChainsLoaders(repository) };
}
