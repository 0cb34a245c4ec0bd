import { composeServices } from '@apollo/composition';
import { DEFAULT_SUBGRAPH_BASE_PORT } from '../config.js';
import { GRAPHQL_PATH } from '../server/http.js';
import type { Subgraph } from '../subgraphs/subgraph.js';

export const SUPERGRAPH_PATH = new URL('../../schema/supergraph.graphql', import.meta.url);

export class CompositionError extends Error {
  override readonly name = 'CompositionError';
  constructor(readonly problems: string[]) {
    super(`The subgraphs do not compose:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

function subgraphUrl(index: number): string {
  return `http://localhost:${DEFAULT_SUBGRAPH_BASE_PORT + index}${GRAPHQL_PATH}`;
}

/**
 * Composes the subgraphs' SDL into the supergraph the gateway serves, with each subgraph at its default local URL
 * (the gateway is told the actual URLs when it starts). Throws CompositionError listing every problem.
 */
export function composeSupergraph(subgraphs: readonly Subgraph[]): string {
  const result = composeServices(
    subgraphs.map((subgraph, index) => ({ name: subgraph.name, typeDefs: subgraph.typeDefs, url: subgraphUrl(index) })),
  );
  if (result.errors) throw new CompositionError(result.errors.map((error) => error.message));
  return result.supergraphSdl;
}
