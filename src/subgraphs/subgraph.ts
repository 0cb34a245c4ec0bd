import { readFileSync } from 'node:fs';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { parse, type DocumentNode } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { createErrorFormatter } from '../graphql/errors.js';
import { startGraphQLService, type RunningService } from '../server/service.js';

/** A subgraph as its folder declares it: its name (its SDL is `schema/<name>.graphql`), resolvers and context. */
export interface SubgraphDefinition<Context extends BaseContext> {
  name: string;
  /** The subgraph's generated `Resolvers` map, which `tsc` has checked against its SDL and records. */
  resolvers: object;
  /** A fresh context per request: a repository over the driver and new loaders. */
  createContext: (driver: Driver) => Context;
}

export interface Subgraph {
  name: string;
  typeDefs: DocumentNode;
  /** Serves the subgraph on `port` (0: any free port) over the given driver. */
  start(driver: Driver, port: number): Promise<RunningService>;
}

export function subgraphSdlPath(name: string): URL {
  return new URL(`../../schema/${name}.graphql`, import.meta.url);
}

export function defineSubgraph<Context extends BaseContext>(definition: SubgraphDefinition<Context>): Subgraph {
  const typeDefs = parse(readFileSync(subgraphSdlPath(definition.name), 'utf8'));
  const schema = buildSubgraphSchema([
    // Codegen types `__resolveReference` as (reference, context, info), which is how Apollo calls it, while
    // Apollo's resolver map declares every member as a field resolver; the shapes differ only in that type.
    { typeDefs, resolvers: definition.resolvers as GraphQLResolverMap<Context> },
  ]);
  return {
    name: definition.name,
    typeDefs,
    start(driver, port) {
      const apollo = new ApolloServer<Context>({
        schema,
        formatError: createErrorFormatter(definition.name),
        includeStacktraceInErrorResponses: false,
        stopOnTerminationSignals: false,
        // Inline traces feed Apollo Studio usage reporting, which this product does not use.
        plugins: [ApolloServerPluginInlineTraceDisabled()],
      });
      return startGraphQLService({
        name: definition.name,
        apollo,
        port,
        context: async () => definition.createContext(driver),
        readiness: () => neo4jReadiness(driver),
      });
    },
  };
}

async function neo4jReadiness(driver: Driver) {
  try {
    await driver.verifyConnectivity();
    return { ready: true, neo4j: 'up' };
  } catch {
    return { ready: false, neo4j: 'down' };
  }
}
