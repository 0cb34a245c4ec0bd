import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { neo4jCredentials } from '../../src/config.js';
import { createDriver, writeRows } from '../../src/neo4j/driver.js';

/** A driver to the suite's Neo4j (see neo4j-global-setup.ts). */
export function testDriver(): Driver {
  return createDriver(inject('neo4jUri'), neo4jCredentials());
}

/** Deletes every node and relationship (the schema stays). Tests that need a known graph start here. */
export async function clearDatabase(driver: Driver): Promise<void> {
  await writeRows(driver, 'MATCH (n) DETACH DELETE n');
}
