import type { TestProject } from 'vitest/node';
import { externalNeo4jUri, localNeo4jSettings, neo4jCredentials, testNeo4jInstances } from '../../src/config.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j/local/server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** One server per test file run at once (see testNeo4jUri). */
    neo4jUris: string[];
  }
}

/**
 * The suite runs against a real Neo4j: `NEO4J_URI` when set (its data is cleared by the tests: use a throwaway
 * server), otherwise the local test instances (`.neo4j/test` on port 7688, `.neo4j/test-2` on 7788, …), one per
 * file run at once (TEST_WORKERS), separate from the dev instance. They start side by side.
 */
export default async function setup(project: TestProject) {
  const external = externalNeo4jUri();
  if (external) {
    project.provide('neo4jUris', [external]);
    return;
  }
  const instances = testNeo4jInstances().map((instance) => localNeo4jSettings(instance));
  const servers = await Promise.all(instances.map((settings) => startLocalNeo4j(settings, neo4jCredentials())));
  project.provide(
    'neo4jUris',
    servers.map((server) => server.uri),
  );
  return async () => {
    await Promise.all(
      servers.map((server, index) => (server.startedHere ? stopLocalNeo4j(instances[index]!, { startedPid: server.pid }) : undefined)),
    );
  };
}
