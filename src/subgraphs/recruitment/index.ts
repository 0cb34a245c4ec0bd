import { defineSubgraph } from '../subgraph.js';
import { createRecruitmentContext } from './context.js';
import { resolvers } from './resolvers/index.js';

/** Chain gaps, recruitment candidates and the project pipeline. */
export const recruitment = defineSubgraph({ name: 'recruitment', resolvers, createContext: createRecruitmentContext });
