import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDataset } from '../../src/dataset/export.js';
import { importDataset, importNationalRegions } from '../../src/dataset/import.js';
import { readRows } from '../../src/neo4j/driver.js';
import { DEMO_JSON } from '../../seeds/demo/build.js';
import { clearDatabase, testDriver } from '../support/neo4j.js';

let driver: Driver;
const dir = mkdtempSync(path.join(tmpdir(), 'chain-graph-export-'));
const example = (name: string) => path.join(import.meta.dirname, '../../seeds/examples/registry', name);

/** Properties the import sets by the clock. */
const TIMESTAMPS = new Set(['createdAt', 'updatedAt', 'changedAt', 'revision']);
/** Properties without the clock's, in key order. */
const canonical = (props: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(props)
      .filter(([key]) => !TIMESTAMPS.has(key))
      .sort(([a], [b]) => a.localeCompare(b)),
  );

/**
 * Every node and relationship of the dataset, by id and properties, sorted: two graphs are the same when their dumps
 * are. The completeness history and the chains' histories are not part of a dataset: an import records its own.
 */
async function canonicalDump(): Promise<string[]> {
  const nodes = await readRows<{ labels: string[]; props: Record<string, unknown> }>(
    driver,
    'MATCH (n) WHERE NOT n:DatasetRevision AND NOT n:CompletenessPoint AND NOT n:ChainEvent RETURN labels(n) AS labels, properties(n) AS props',
  );
  const relationships = await readRows<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
    driver,
    'MATCH (a)-[r]->(b) WHERE NOT b:ChainEvent RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
  );
  return [
    ...nodes.map((n) => JSON.stringify([n.labels.sort(), canonical(n.props)])),
    ...relationships.map((r) => JSON.stringify([r.type, r.from, r.to, canonical(r.props)])),
  ].sort();
}

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await importDataset(driver, DEMO_JSON);
  await importNationalRegions(driver);
  await importDataset(driver, [example('enterprises.csv'), example('supplies.csv')]);
});
afterAll(async () => {
  await driver.close();
});

describe('an export', () => {
  it('of the whole graph imports into an empty database as the same graph', async () => {
    const before = await canonicalDump();
    const file = path.join(dir, 'all.json');
    const result = await exportDataset(driver, file);
    expect(result.counts.enterprises).toBe(134);
    await clearDatabase(driver);
    await importDataset(driver, file);
    expect(await canonicalDump()).toEqual(before);
  });

  it('of a region holds its subtree, its firms, their supplies, its projects with the firms they recruit, and what they need', async () => {
    const file = path.join(dir, 'minquan.json');
    await exportDataset(driver, file, 'minquan');
    const dataset = JSON.parse(await readFile(file, 'utf8')) as Record<string, { id?: string; enterpriseId?: string }[]>;
    const projects = dataset.projects!;
    expect(projects.map((p) => p.id)).toContain('minquan-huayi-compressors');
    // The recruited firm lies outside Minquan; it comes along with the regions above it.
    expect(dataset.enterprises!.map((e) => e.id)).toContain('huayi-compressor');
    await clearDatabase(driver);
    const imported = await importDataset(driver, file);
    expect(imported.counts.projects).toBe(projects.length);
    const [minquan] = await readRows<{ firms: number }>(
      driver,
      `MATCH (:Region {id: 'minquan'})<-[:IN*0..1]-()<-[:LOCATED_IN]-(firm:Enterprise) RETURN count(firm) AS firms`,
    );
    expect(minquan!.firms).toBeGreaterThan(0);
  });
});
