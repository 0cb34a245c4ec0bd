import { defineSubgraph } from '../subgraph.js';
import { createReportsContext } from './context.js';
import { REPORTS_POLICY } from './policy.js';
import { resolvers } from './resolvers/index.js';

/** Cypher-backed reports from the catalogue, and analysts' read-only Cypher. */
export const reports = defineSubgraph({ name: 'reports', resolvers, policy: REPORTS_POLICY, createContext: createReportsContext });
