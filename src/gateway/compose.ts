import { composeServices } from '@apollo/composition';
import { defaultPrintOptions, orderPrintedDefinitions, printSchema } from '@apollo/federation-internals';
import { DEFAULT_SUBGRAPH_BASE_PORT } from '../config.js';
import { GRAPHQL_PATH } from '../server/service.js';
import type { Subgraph } from '../subgraphs/subgraph.js';

export const SUPERGRAPH_PATH = new URL('../../schema/supergraph.graphql', import.meta.url);
/** The schema clients see through the gateway, without federation's directives: front-ends generate types from it. */
export const API_SCHEMA_PATH = new URL('../../schema/api.graphql', import.meta.url);

export interface ComposedSchemas {
  supergraphSdl: string;
  apiSchemaSdl: string;
}

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
 * (the gateway is told the actual URLs when it starts), and derives the API schema from it.
 * Throws CompositionError listing every problem.
 */
export function composeSupergraph(subgraphs: readonly Subgraph[]): ComposedSchemas {
  const result = composeServices(
    subgraphs.map((subgraph, index) => ({ name: subgraph.name, typeDefs: subgraph.typeDefs, url: subgraphUrl(index) })),
  );
  if (result.errors) throw new CompositionError(result.errors.map((error) => error.message));
  const apiSchemaSdl = printSchema(result.schema.toAPISchema(), orderPrintedDefinitions(defaultPrintOptions));
  return { supergraphSdl: result.supergraphSdl, apiSchemaSdl: `${apiSchemaSdl}\n` };
}
