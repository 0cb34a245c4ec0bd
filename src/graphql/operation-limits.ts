import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

type GraphQLArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

/**
 * Operation limits, the same at the gateway and in every subgraph, sized from the deepest and largest operations the
 * product, its README and its tests send — with room, and far below what could tire the subgraphs or Neo4j:
 * - depth 12: the deepest real query (enterprise → suppliers → supplier → region → parent) is 8 levels;
 * - 30 aliases: the investment map asks for six regions side by side;
 * - 10 directives, 3,000 tokens: a long hand-written report query stays under 1,000;
 * - cost (below): the objects and fields an operation can make the servers produce, list sizes counted.
 * Field suggestions ("did you mean …") would map the schema for an attacker: off in production.
 */
export const MAX_TOKENS = 3_000;

export function armorLimits(production: boolean): GraphQLArmorConfig {
  return {
    maxDepth: { n: 12, ignoreIntrospection: true },
    maxAliases: { n: 30 },
    maxDirectives: { n: 10 },
    // Counted by graphql-js while parsing (Apollo's parseOptions.maxTokens), so an overlong operation is a 400
    // parse error; armor's own token plugin reports it as a 500.
    maxTokens: { enabled: false },
    // Armor's cost counts each field once, whatever the list sizes: the operation cost below counts them.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  };
}

/** The fields an operation may make the servers produce at most (see operationCost). */
export const MAX_OPERATION_COST = 50_000;

/**
 * Items a list field without `first` is assumed to hold: what the data of a county holds at its largest (a firm's
 * suppliers, a city's counties), not its average, so a deep fan-out is priced as it can really be.
 */
const ASSUMED_LIST_SIZE = 20;

/**
 * What an operation costs: every field it asks for, times the number of parents it is resolved for. A list field
 * multiplies what is below it by its `first` (or its default), a connection's `first` its edges, the gateway's
 * `_entities` the representations it was sent, and any other list by ASSUMED_LIST_SIZE. So
 * `enterprises(first: 100) { edges { node { customers { customer { suppliers { … } } } } } }` costs
 * 100 × 20 × 20 × …, where counting each field once had priced it under the limit.
 */
export function operationCost(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  rootType: GraphQLObjectType,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  // The schema's types may come from another copy of graphql-js than this module's (Apollo's, the test runner's),
  // so they are told apart by their tag, never by instanceof.
  const tag = (type: unknown) => Object.prototype.toString.call(type);
  const isObject = (type: unknown): type is GraphQLObjectType => tag(type) === '[object GraphQLObjectType]';
  const unwrapped = (type: GraphQLOutputType): GraphQLOutputType =>
    tag(type) === '[object GraphQLNonNull]' ? (type as { ofType: GraphQLOutputType }).ofType : type;
  const isList = (type: GraphQLOutputType) => tag(unwrapped(type)) === '[object GraphQLList]';
  const named = (type: GraphQLOutputType): GraphQLNamedType => ('ofType' in type ? named(type.ofType as GraphQLOutputType) : type);
  const valueOf = (node: ValueNode): unknown => {
    if (node.kind === Kind.VARIABLE) return variables[node.name.value];
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.LIST) return node.values;
    return undefined;
  };
  const argument = (
    field: GraphQLField<unknown, unknown>,
    node: { arguments?: readonly { name: { value: string }; value: ValueNode }[] },
    name: string,
  ) => {
    const definition = field.args.find((arg) => arg.name === name);
    if (!definition) return undefined;
    const given = node.arguments?.find((arg) => arg.name.value === name);
    return given ? valueOf(given.value) : definition.defaultValue;
  };

  const walk = (set: SelectionSetNode, type: GraphQLObjectType, times: number, connectionSize: number | undefined): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD || selection.kind === Kind.INLINE_FRAGMENT) {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments[selection.name.value] : selection;
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
        cost += walk(fragment.selectionSet, isObject(condition) ? condition : type, times, connectionSize);
        continue;
      }
      const field = type.getFields()[selection.name.value];
      if (!field) continue; // __typename and introspection
      cost += times;
      if (!selection.selectionSet) continue;
      const first = argument(field, selection as never, 'first');
      const representations = argument(field, selection as never, 'representations');
      const list = isList(field.type);
      const size = Array.isArray(representations)
        ? representations.length
        : typeof first === 'number'
          ? first
          : (connectionSize ?? ASSUMED_LIST_SIZE);
      const fieldType = named(field.type);
      // Below a union or interface (`_entities`), any of its types may answer: price the selection by its fragments.
      const childType = isObject(fieldType) ? fieldType : type;
      cost += walk(selection.selectionSet, childType, list ? times * size : times, !list && typeof first === 'number' ? first : undefined);
    }
    return cost;
  };
  return walk(selectionSet, rootType, 1, undefined);
}

/** Refuses, before anything runs, an operation that costs more than `maxCost`. */
export function operationCostLimit<Context extends BaseContext>(maxCost = MAX_OPERATION_COST): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          const rootType = operation && schema.getRootType(operation.operation);
          if (!operation || !rootType) return;
          const fragments = Object.fromEntries(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          const cost = operationCost(schema, operation.selectionSet, rootType, fragments, request.variables ?? {});
          if (cost <= maxCost) return;
          throw new GraphQLError(
            `This operation would produce about ${Math.round(cost)} fields, more than the ${maxCost} allowed: ask for fewer items (first) or nest fewer lists.`,
            { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost, http: { status: 400 } } },
          );
        },
      };
    },
  };
}

/** Everything an Apollo Server needs to apply the limits: plugins, validation rules and parse options. */
export function operationLimits<Context extends BaseContext>(production: boolean) {
  const armor = new ApolloArmor(armorLimits(production)).protect();
  return {
    // The armor's plugins read no context.
    plugins: [...(armor.plugins as ApolloServerPlugin<Context>[]), operationCostLimit<Context>()],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
  };
}
