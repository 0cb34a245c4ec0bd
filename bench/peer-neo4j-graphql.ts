import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';

/**
 * The peer a team would pick instead: an `@neo4j/graphql` server generated from type definitions over the same
 * database, exposing what the enterprise page needs (firms, where they are located, their suppliers).
 */
const TYPE_DEFS = /* GraphQL */ `
  type Region @node {
    id: ID!
    name: String!
  }
  type Park @node {
    id: ID!
    name: String!
    region: [Region!]! @relationship(type: "IN", direction: OUT)
  }
  union Place = Region | Park
  type Supply @relationshipProperties {
    annualValue: Float!
    linkId: String!
  }
  type Enterprise @node {
    id: ID!
    name: String!
    revenue: Float
    located: [Place!]! @relationship(type: "LOCATED_IN", direction: OUT)
    suppliers: [Enterprise!]! @relationship(type: "SUPPLIES", direction: IN, properties: "Supply")
  }
`;

/** The enterprise page (50 firms of a county with suppliers, park, region) in the peer's generated API. */
export const PEER_ENTERPRISE_PAGE = `query ($regionId: ID!) {
  enterprises(
    where: { OR: [
      { located: { some: { Region: { id: { eq: $regionId } } } } },
      { located: { some: { Park: { region: { some: { id: { eq: $regionId } } } } } } }
    ] }
    sort: [{ name: ASC }, { id: ASC }]
    limit: 50
  ) {
    id name revenue
    located { ... on Region { name } ... on Park { name region { name } } }
    suppliersConnection(sort: [{ edge: { annualValue: DESC } }]) {
      edges { properties { annualValue } node { name located { ... on Region { name } ... on Park { region { name } } } } }
    }
  }
}`;

export async function startNeo4jGraphQLPeer(driver: Driver): Promise<{ url: string; stop(): Promise<void> }> {
  const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: 0 } });
  return { url, stop: () => server.stop() };
}
