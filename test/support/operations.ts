import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { postGraphQL } from './stack.js';

/** The API schema as the gateway serves it (introspection is on outside production). */
export async function gatewaySchema(url: string, token: string): Promise<GraphQLSchema> {
  const { data } = await postGraphQL<IntrospectionQuery>(url, getIntrospectionQuery(), undefined, token);
  return buildClientSchema(data!);
}

export interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * One operation per root field that takes arguments, with every String and ID in its arguments (nested inputs
 * and lists included) set to `text` and the other arguments to plain valid values.
 */
export function operationsWithText(schema: GraphQLSchema, text: string): Operation[] {
  const operations: Operation[] = [];
  for (const [kind, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      if (field.args.length === 0 || field.name.startsWith('_')) continue;
      const declarations = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
      const uses = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
      operations.push({
        name: `${root.name}.${field.name}`,
        query: `${kind} (${declarations}) { ${field.name}(${uses})${selection} }`,
        variables: Object.fromEntries(field.args.map((arg) => [arg.name, valueOf(arg.type, text)])),
      });
    }
  }
  return operations;
}

function valueOf(type: GraphQLInputType, text: string): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [valueOf(nullable.ofType, text)];
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(Object.values(nullable.getFields()).map((field) => [field.name, valueOf(field.type, text)]));
  }
  if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'Int':
        return 1;
      case 'Float':
        return 0.5;
      case 'Boolean':
        return true;
      case 'JSON':
        return { [text]: text };
      default:
        return text;
    }
  }
  return null;
}

/** Strings that break naive Cypher, Lucene or JSON handling, and Unicode that fools naive comparisons. */
export const HOSTILE_STRINGS = [
  "'",
  '"',
  '\\',
  '}) DETACH DELETE n //',
  "') DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n RETURN 1 //',
  "' OR 1=1 --",
  '$regionId',
  '*:*',
  'name:* OR id:*',
  'MATCH (n) DETACH DELETE n',
  'CALL dbms.killQueries([])',
  // The hardening review's shapes: killing others' transactions, a memory bomb, a catastrophic regex.
  "TERMINATE TRANSACTIONS [x IN range(1, 2000) | 'neo4j-transaction-' + toString(x)]",
  'SHOW TRANSACTIONS',
  'UNWIND range(1, 200000000) AS x RETURN size(collect(x)) AS n',
  "RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' =~ '(.*a){12}b' AS m",
  '\u0000',
  '\u202eevil\u202c',
  'shang\u200bcai',
  'ѕhangcai',
  '鞋") DETACH DELETE n //',
  '🏭'.repeat(50),
  'x'.repeat(10_000),
];
