import { defineSubgraph } from '../subgraph.js';
import { createRegistryContext } from './context.js';
import { REGISTRY_POLICY } from './policy.js';
import { resolvers } from './resolvers/index.js';

/** Where things are: regions, parks, industries and enterprises. */
export const registry = defineSubgraph({
  name: 'registry',
  resolvers: resolvers,
  policy: REGISTRY_POLICY,
  createContext: createRegistryContext,
});
