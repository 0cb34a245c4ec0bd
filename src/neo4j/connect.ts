import type { Driver } from 'neo4j-driver';
import { externalNeo4jUri, localNeo4jSettings, neo4jCredentials } from '../config.js';
import { createDriver } from './driver.js';
import { startLocalNeo4j, stopLocalNeo4j } from './local/server.js';

export interface Neo4jConnection {
  driver: Driver;
  uri: string;
  /** Closes the driver, and stops the local server if this connection started it. */
  close(): Promise<void>;
}

/**
 * Connects to `NEO4J_URI` when it is set; otherwise starts (or reuses) the local Neo4j instance.
 * Resolves once the server answers with the configured credentials.
 */
export async function connectNeo4j(
  instance = 'dev',
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void,
): Promise<Neo4jConnection> {
  const credentials = neo4jCredentials(env);
  const external = externalNeo4jUri(env);
  const settings = localNeo4jSettings(instance, env);
  const local = external ? undefined : await startLocalNeo4j(settings, credentials, { log });
  const uri = external ?? local!.uri;
  if (local?.startedHere) log(`Started the local Neo4j at ${uri} (data in .neo4j/${instance})`);
  const driver = createDriver(uri, credentials);
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    await driver.close();
    throw new Error(`Neo4j at ${uri} does not answer: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return {
    driver,
    uri,
    async close() {
      await driver.close();
      if (local?.startedHere) await stopLocalNeo4j(settings, { startedPid: local.pid });
    },
  };
}
