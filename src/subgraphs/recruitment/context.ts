import type { Driver } from 'neo4j-driver';
import { createRecruitmentLoaders, type RecruitmentLoaders } from './loaders.js';
import { RecruitmentRepository } from './repository.js';

export interface RecruitmentContext {
  repository: RecruitmentRepository;
  loaders: RecruitmentLoaders;
}

export function createRecruitmentContext(driver: Driver): RecruitmentContext {
  const repository = new RecruitmentRepository(driver);
  return { repository, loaders: createRecruitmentLoaders(repository) };
}
