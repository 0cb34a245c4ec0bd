import type { Driver } from 'neo4j-driver';
import { projectScope, type Viewer } from '../../auth/viewer.js';
import { createRecruitmentLoaders, type RecruitmentLoaders } from './loaders.js';
import { RecruitmentRepository } from './repository.js';

export interface RecruitmentContext {
  viewer: Viewer;
  repository: RecruitmentRepository;
  loaders: RecruitmentLoaders;
}

export function createRecruitmentContext(driver: Driver, viewer: Viewer): RecruitmentContext {
  const repository = new RecruitmentRepository(driver);
  return { viewer, repository, loaders: createRecruitmentLoaders(repository, projectScope(viewer)) };
}
