import { defineSubgraph } from '../subgraph.js';
import { createChainsContext } from './context.js';
import { CHAINS_POLICY } from './policy.js';
import { resolvers } from './resolvers/index.js';

/** Industry chains: links, how they feed each other, who operates in them, who supplies whom. */
export const chains = defineSubgraph({
  name: 'chains',
  resolvers,
  policy: CHAINS_POLICY,
  createContext: createChainsContext,
});
