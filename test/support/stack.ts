import { afterAll, beforeAll } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { VIEWER_HEADER } from '../../src/auth/request-viewer.js';
import { createAccessToken, signInternalToken } from '../../src/auth/tokens.js';
import { ANONYMOUS, type Role, type Viewer } from '../../src/auth/viewer.js';
import { authSettings, DEVELOPMENT_JWT_SECRET } from '../../src/config.js';
import { importDataset } from '../../src/dataset/import.js';
import { DEMO_DATASET } from '../../src/dataset/demo.js';
import { startStack, type RunningStack, type StackOptions } from '../../src/topology/stack.js';
import { countingDriver, type CountingDriver } from './counting-driver.js';
import { clearDatabase, testDriver } from './neo4j.js';

export interface GraphQLResponse<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export type Querier = <Data = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  url?: string,
) => Promise<GraphQLResponse<Data>>;

export interface TestStack {
  stack: RunningStack;
  gatewayUrl: string;
  /** Counts the Cypher queries every subgraph sends to Neo4j. */
  queries: CountingDriver;
  /** The suite's driver, uncounted, for checks beside the API. */
  driver: Driver;
  /** POSTs an operation to the gateway (or another GraphQL URL), anonymously, and returns the parsed response. */
  query: Querier;
  /** The same, with a token of this role (and region, for planners). */
  as(role: Role, regionId?: string): Querier;
  stop(): Promise<void>;
}

/** The real stack over the suite's Neo4j, loaded with a dataset file (the demo by default), on free ports. */
async function startTestStack(dataset: string, options: StackOptions): Promise<TestStack> {
  const driver: Driver = testDriver();
  await clearDatabase(driver);
  await importDataset(driver, dataset);
  const queries = countingDriver(driver);
  const stack = await startStack(queries.driver, 'any', options);
  return {
    stack,
    gatewayUrl: stack.gateway.url,
    queries,
    driver,
    query: (query, variables, url = stack.gateway.url) => postGraphQL(url, query, variables),
    as(role, regionId) {
      const token = testToken(role, regionId);
      return async (query, variables, url = stack.gateway.url) => postGraphQL(url, query, variables, await token);
    },
    async stop() {
      await stack.stop();
      await driver.close();
    },
  };
}

/** A token the test stack accepts (signed with the development secret). */
export function testToken(role: Role, regionId?: string, ttl = '10m'): Promise<string> {
  return createAccessToken({ role, regionId, ttl }, DEVELOPMENT_JWT_SECRET);
}

/** POSTs an operation straight to a subgraph, as the gateway would for this viewer (anonymous by default). */
export async function postToSubgraph<Data = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  viewer: Viewer = ANONYMOUS,
): Promise<GraphQLResponse<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [VIEWER_HEADER]: await signInternalToken(viewer, authSettings().internalSecret),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<Data>;
}

export async function postGraphQL<Data>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<GraphQLResponse<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<Data>;
}

/**
 * For a test file: starts the stack over `dataset` before its tests and stops it after them. The returned object
 * reads the running stack, so it can be declared at the top of the file. `options` (its auth settings, say) are read
 * when it starts.
 */
export function useStack(dataset: string = DEMO_DATASET, options: () => StackOptions = () => ({})): TestStack {
  let started: TestStack | undefined;
  beforeAll(async () => {
    started = await startTestStack(dataset, options());
  });
  afterAll(async () => {
    await started?.stop();
  });
  const current = () => {
    if (!started) throw new Error('the stack starts in beforeAll: use it inside tests');
    return started;
  };
  return {
    get stack() {
      return current().stack;
    },
    get gatewayUrl() {
      return current().gatewayUrl;
    },
    get queries() {
      return current().queries;
    },
    get driver() {
      return current().driver;
    },
    query: (query, variables, url) => current().query(query, variables, url),
    as: (role, regionId) => (query, variables, url) => current().as(role, regionId)(query, variables, url),
    stop: () => current().stop(),
  };
}
