import type { Driver } from 'neo4j-driver';
import { projectScope, type Viewer } from '../../auth/viewer.js';
import { LinkFirmsCache } from './link-firms-cache.js';
import { createRecruitmentLoaders, type RecruitmentLoaders } from './loaders.js';
import { RecruitmentRepository } from './repository.js';

export interface RecruitmentContext {
  viewer: Viewer;
  repository: RecruitmentRepository;
  loaders: RecruitmentLoaders;
}

/** One cache of link firms per database (per driver): shared by every request this process serves over it. */
const LINK_FIRMS_CACHES = new WeakMap<Driver, LinkFirmsCache>();

export function createRecruitmentContext(driver: Driver, viewer: Viewer): RecruitmentContext {
  const repository = new RecruitmentRepository(driver);
  let linkFirms = LINK_FIRMS_CACHES.get(driver);
  if (!linkFirms) LINK_FIRMS_CACHES.set(driver, (linkFirms = new LinkFirmsCache()));
  return { viewer, repository, loaders: createRecruitmentLoaders(repository, projectScope(viewer), linkFirms) };
}
