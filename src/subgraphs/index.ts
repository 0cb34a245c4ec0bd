import { chains } from './chains/index.js';
import { recruitment } from './recruitment/index.js';
import { registry } from './registry/index.js';
import { reports } from './reports/index.js';
import type { Subgraph } from './subgraph.js';

/**
 * Every subgraph, in port order (the first listens on SUBGRAPH_BASE_PORT, 4001 by default). Adding a subgraph is
 * its folder under src/subgraphs/, its SDL in schema/, a codegen block, and one line here.
 */
export const SUBGRAPHS: readonly Subgraph[] = [registry, chains, recruitment, reports];
