import type { Driver } from 'neo4j-driver';
import type { Language } from '../../domain/readable-numbers.js';
import { projectScope, type Viewer } from '../../auth/viewer.js';
import { KeptFacts } from './kept-facts.js';
import { createRecruitmentLoaders, type RecruitmentLoaders } from './loaders.js';
import { recruitmentRepositories, type RecruitmentRepositories } from './repositories.js';

export interface RecruitmentContext {
  viewer: Viewer;
  /** The language of the request (Accept-Language), in which reasons are written. */
  language: Language;
  repositories: RecruitmentRepositories;
  loaders: RecruitmentLoaders;
}

/** What is kept, per database (per driver): shared by every request this process serves over it. */
const KEPT = new WeakMap<Driver, KeptFacts>();

export function keptFactsOf(driver: Driver): KeptFacts {
  let kept = KEPT.get(driver);
  if (!kept) KEPT.set(driver, (kept = new KeptFacts()));
  return kept;
}

export function createRecruitmentContext(driver: Driver, viewer: Viewer, language: Language): RecruitmentContext {
  const repositories = recruitmentRepositories(driver);
  return {
    viewer,
    language,
    repositories,
    loaders: createRecruitmentLoaders(repositories, projectScope(viewer), keptFactsOf(driver)),
  };
}
