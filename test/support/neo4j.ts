import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { neo4jCredentials } from '../../src/config.js';
import { createDriver, writeRows } from '../../src/neo4j/driver.js';

/**
 * The Neo4j of this test file: files run side by side, each worker (VITEST_POOL_ID, from 1) on a server of its own
 * (see neo4j-global-setup.ts), so one file's clearing and importing never meets another's.
 */
export function testNeo4jUri(): string {
  const uris = inject('neo4jUris');
  return uris[(Number(process.env.VITEST_POOL_ID ?? '1') - 1) % uris.length]!;
}

/** A driver to this test file's Neo4j. */
export function testDriver(): Driver {
  return createDriver(testNeo4jUri(), neo4jCredentials());
}

/** Deletes every node and relationship (the schema stays). Tests that need a known graph start here. */
export async function clearDatabase(driver: Driver): Promise<void> {
  await writeRows(driver, 'MATCH (n) DETACH DELETE n');
}
