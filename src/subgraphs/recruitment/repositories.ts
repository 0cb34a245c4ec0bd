import type { Driver } from 'neo4j-driver';
import { GapsRepository } from './gaps/repository.js';
import { GrowthRepository } from './growth/repository.js';
import { OverviewsRepository } from './overviews/repository.js';
import { ProjectsRepository } from './projects/repository.js';

/** The recruitment subgraph's queries, one repository per concern, each beside the code that uses it. */
export interface RecruitmentRepositories {
  gaps: GapsRepository;
  projects: ProjectsRepository;
  growth: GrowthRepository;
  overviews: OverviewsRepository;
}

export function recruitmentRepositories(driver: Driver): RecruitmentRepositories {
  return {
    gaps: new GapsRepository(driver),
    projects: new ProjectsRepository(driver),
    growth: new GrowthRepository(driver),
    overviews: new OverviewsRepository(driver),
  };
}
