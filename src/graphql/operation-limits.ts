import type { ApolloArmor } from '@escape.tech/graphql-armor';

type GraphQLArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

/**
 * Operation limits at the gateway (graphql-armor), sized from the deepest and largest operations the product,
 * its README and its tests send — with room, and far below what could tire the subgraphs or Neo4j:
 * - depth 12: the deepest real query (enterprise → suppliers → supplier → region → parent) is 8 levels;
 * - 30 aliases: the investment map asks for six regions side by side;
 * - 10 directives, 3,000 tokens: a long hand-written report query stays under 1,000;
 * - cost 20,000 (objects 2, scalars 1, ×1.5 per level): the 50-enterprise page with suppliers costs about 1,600
 *   per item requested, not per row returned; list sizes are bounded separately (first ≤ 100).
 * Field suggestions ("did you mean …") would map the schema for an attacker: off in production.
 */
export const MAX_TOKENS = 3_000;

export function operationLimits(production: boolean): GraphQLArmorConfig {
  return {
    maxDepth: { n: 12, ignoreIntrospection: true },
    maxAliases: { n: 30 },
    maxDirectives: { n: 10 },
    // Counted by graphql-js while parsing (Apollo's parseOptions.maxTokens), so an overlong operation is a 400
    // parse error; armor's own token plugin reports it as a 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: 20_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: production },
  };
}
