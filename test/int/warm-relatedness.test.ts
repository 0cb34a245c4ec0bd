/**
 * The recruitment subgraph builds the relatedness space of a new import between requests, against the real Neo4j:
 * once the data is imported, and again after another import, with no request asking for it.
 */
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/dataset/import.js';
import { keptFactsOf } from '../../src/subgraphs/recruitment/context.js';
import { datasetPartOf } from '../../src/subgraphs/recruitment/growth/relatedness.js';
import { GapsRepository } from '../../src/subgraphs/recruitment/gaps/repository.js';
import { keepRelatednessWarm } from '../../src/subgraphs/recruitment/growth/warm-relatedness.js';
import { capturingLogger } from '../support/logs.js';
import { clearDatabase, testDriver } from '../support/neo4j.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/relatedness.json', import.meta.url));
let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
});
afterAll(async () => {
  await driver.close();
});

const importRevision = async () => datasetPartOf(await new GapsRepository(driver).datasetRevision())!;

/** The kept space at `revision`; fails if it would have to be read. */
const keptSpace = (revision: string) => keptFactsOf(driver).relatedness(revision, () => Promise.reject(new Error('not kept')));

describe('keeping the relatedness space warm', () => {
  it('builds the space of each new import before anyone asks, and stops when told', async () => {
    await importDataset(driver, FIXTURE);
    const first = await importRevision();
    const { logger, lines } = capturingLogger();
    const warm = keepRelatednessWarm(driver, logger, 50);
    try {
      await expect.poll(() => keptFactsOf(driver).hasRelatedness(first), { timeout: 10_000 }).toBe(true);
      // The fixture's counties hold 10 firms (test/e2e/relatedness.test.ts computes the rest by hand).
      expect((await keptSpace(first)).space.total).toBe(10);

      await importDataset(driver, FIXTURE);
      const second = await importRevision();
      expect(second).not.toBe(first);
      await expect.poll(() => keptFactsOf(driver).hasRelatedness(second), { timeout: 10_000 }).toBe(true);
      // `has` is true from the start of the build: wait for its end, which logs.
      expect((await keptSpace(second)).space.total).toBe(10);
      expect(lines().filter((line) => line.msg === 'built the relatedness space of a new import')).toHaveLength(2);
    } finally {
      await warm.stop();
    }
  });

  it('builds nothing between requests when the refresh is turned off', async () => {
    await importDataset(driver, FIXTURE);
    const revision = await importRevision();
    const { logger } = capturingLogger();
    const warm = keepRelatednessWarm(driver, logger, 0);
    await warm.stop();
    expect(keptFactsOf(driver).hasRelatedness(revision)).toBe(false);
  });
});
