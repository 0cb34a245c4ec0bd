import type { Driver } from 'neo4j-driver';
import type { Language } from '../../domain/readable-numbers.js';
import { projectScope, type Viewer } from '../../auth/viewer.js';
import { createRecruitmentCaches, type RecruitmentCaches } from './caches.js';
import { createRecruitmentLoaders, type RecruitmentLoaders } from './loaders.js';
import { RecruitmentRepository } from './repository.js';

export interface RecruitmentContext {
  viewer: Viewer;
  /** The language of the request (Accept-Language), in which reasons are written. */
  language: Language;
  repository: RecruitmentRepository;
  loaders: RecruitmentLoaders;
}

/** One set of caches per database (per driver): shared by every request this process serves over it. */
const CACHES = new WeakMap<Driver, RecruitmentCaches>();

export function recruitmentCachesOf(driver: Driver): RecruitmentCaches {
  let caches = CACHES.get(driver);
  if (!caches) CACHES.set(driver, (caches = createRecruitmentCaches()));
  return caches;
}

export function createRecruitmentContext(driver: Driver, viewer: Viewer, language: Language): RecruitmentContext {
  const repository = new RecruitmentRepository(driver);
  return { viewer, language, repository, loaders: createRecruitmentLoaders(repository, projectScope(viewer), recruitmentCachesOf(driver)) };
}
