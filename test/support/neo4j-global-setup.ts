import type { TestProject } from 'vitest/node';
import { externalNeo4jUri, localNeo4jSettings, neo4jCredentials } from '../../src/config.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j/local/server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/**
 * The suite runs against a real Neo4j: `NEO4J_URI` when set (its data is cleared by the tests: use a throwaway
 * server), otherwise the local "test" instance (port 7688, data in .neo4j/test), separate from the dev instance.
 */
export default async function setup(project: TestProject) {
  const external = externalNeo4jUri();
  if (external) {
    project.provide('neo4jUri', external);
    return;
  }
  const settings = localNeo4jSettings('test');
  const server = await startLocalNeo4j(settings, neo4jCredentials());
  project.provide('neo4jUri', server.uri);
  return async () => {
    if (server.startedHere) await stopLocalNeo4j(settings, { startedPid: server.pid });
  };
}
