import { relatednessRefreshMs } from '../../config.js';
import { defineSubgraph } from '../subgraph.js';
import { createRecruitmentContext } from './context.js';
import { RECRUITMENT_POLICY } from './policy.js';
import { resolvers } from './resolvers/index.js';
import { keepRelatednessWarm } from './growth/warm-relatedness.js';

/** Chain gaps, recruitment candidates and the project pipeline. */
export const recruitment = defineSubgraph({
  name: 'recruitment',
  resolvers,
  policy: RECRUITMENT_POLICY,
  createContext: createRecruitmentContext,
  background: (driver, logger) => keepRelatednessWarm(driver, logger, relatednessRefreshMs()),
});
