import type { Driver } from 'neo4j-driver';
import { ChainFactsRepository } from '../../facts/chain-facts.js';
import { RelatednessFactsRepository } from '../../facts/relatedness.js';
import { GapsRepository } from './gaps/repository.js';
import { GrowthRepository } from './growth/repository.js';
import { LeadingChainsRepository } from './leading-chains/repository.js';
import { OverviewsRepository } from './overviews/repository.js';
import { ProjectsRepository } from './projects/repository.js';

/**
 * The recruitment subgraph's queries: the facts the domain rules read (shared with the reports, src/facts/), then one
 * repository per concern, each beside the code that uses it.
 */
export interface RecruitmentRepositories {
  chainFacts: ChainFactsRepository;
  relatednessFacts: RelatednessFactsRepository;
  gaps: GapsRepository;
  projects: ProjectsRepository;
  growth: GrowthRepository;
  overviews: OverviewsRepository;
  leadingChains: LeadingChainsRepository;
}

export function recruitmentRepositories(driver: Driver): RecruitmentRepositories {
  return {
    chainFacts: new ChainFactsRepository(driver, 'recruitment'),
    relatednessFacts: new RelatednessFactsRepository(driver, 'recruitment'),
    gaps: new GapsRepository(driver),
    projects: new ProjectsRepository(driver),
    growth: new GrowthRepository(driver),
    overviews: new OverviewsRepository(driver),
    leadingChains: new LeadingChainsRepository(driver),
  };
}
