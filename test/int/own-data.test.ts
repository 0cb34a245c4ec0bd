import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidDatasetError, dryRunImport, importDataset, importNationalRegions } from '../../src/dataset/import.js';
import { nationalDivisions } from '../../src/dataset/national-regions.js';
import { graphCounts } from '../../src/dataset/repository.js';
import { creditCodeCheckCharacter } from '../../src/domain/credit-code.js';
import { readRows } from '../../src/neo4j/driver.js';
import { DEMO_JSON } from '../../seeds/demo/build.js';
import { REGIONS } from '../../seeds/demo/regions.js';
import { clearDatabase, testDriver } from '../support/neo4j.js';

let driver: Driver;
const dir = mkdtempSync(path.join(tmpdir(), 'chain-graph-own-data-'));
let fileNumber = 0;
function writeDataset(dataset: unknown): string {
  const file = path.join(dir, `dataset-${(fileNumber += 1)}.json`);
  writeFileSync(file, JSON.stringify(dataset));
  return file;
}
function creditCode(i: number): string {
  const body = `91411722MA${String(i).padStart(7, '0')}`;
  return `${body}${creditCodeCheckCharacter(body)}`;
}
const regionByCode = async (code: string) =>
  (
    await readRows<{ id: string; name: string; parentId: string | null; count: number }>(
      driver,
      `MATCH (region:Region {code: $code}) OPTIONAL MATCH (region)-[:PART_OF]->(parent)
       RETURN region.id AS id, region.name AS name, parent.id AS parentId, COUNT { (:Region {code: $code}) } AS count`,
      { code },
    )
  )[0];

beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

describe('the national division layer', () => {
  const divisions = nationalDivisions();
  const demoCodesOutsideTheLayer = REGIONS.filter((region) => !divisions.some((d) => d.code === region.code)).length;

  it('merges with the demo regions by code, one region per code, and loads again without change', async () => {
    await clearDatabase(driver);
    await importDataset(driver, DEMO_JSON);
    const first = await importNationalRegions(driver);
    expect(first.divisions).toBe(divisions.length);
    expect(first.added).toBe(divisions.length - (REGIONS.length - demoCodesOutsideTheLayer));
    const counts = await graphCounts(driver);
    expect(counts.byLabel.Region).toBe(divisions.length + demoCodesOutsideTheLayer);

    // The demo's Shangcai is 411722: it keeps its id and place; its new neighbour joins the demo's Zhumadian.
    expect(await regionByCode('411722')).toEqual({ id: 'shangcai', name: 'Shangcai County', parentId: 'zhumadian', count: 1 });
    expect(await regionByCode('411721')).toEqual({ id: '411721', name: 'Xiping County', parentId: 'zhumadian', count: 1 });
    expect(await regionByCode('110101')).toMatchObject({ name: 'Dongcheng District', parentId: '110000' });

    const again = await importNationalRegions(driver);
    expect(again.added).toBe(0);
    expect(await graphCounts(driver)).toEqual(counts);
  });

  it('takes the demo afterwards as the same regions: its ids are aliases of the layer’s', async () => {
    await clearDatabase(driver);
    await importNationalRegions(driver);
    await importDataset(driver, DEMO_JSON);
    const counts = await graphCounts(driver);
    expect(counts.byLabel.Region).toBe(divisions.length + demoCodesOutsideTheLayer);
    // The demo's Shangcai was written onto 411722, and its firms are located there.
    expect(await regionByCode('411722')).toMatchObject({ id: '411722', name: 'Shangcai County', parentId: '411700' });
    const [firms] = await readRows<{ count: number }>(
      driver,
      `MATCH (:Region {id: '411722'})<-[:IN*0..1]-()<-[:LOCATED_IN]-(firm:Enterprise) RETURN count(firm) AS count`,
    );
    expect(firms!.count).toBeGreaterThan(0);
  });
});

describe('region codes in files', () => {
  beforeAll(async () => {
    await clearDatabase(driver);
    await importNationalRegions(driver);
  });

  it('locate firms by regionCode', async () => {
    const file = writeDataset({ enterprises: [{ id: 'f1', name: 'F1', creditCode: creditCode(1), regionCode: '411722' }] });
    await importDataset(driver, file);
    const [row] = await readRows<{ regionId: string }>(
      driver,
      `MATCH (:Enterprise {id: 'f1'})-[:LOCATED_IN]->(r:Region) RETURN r.id AS regionId`,
    );
    expect(row!.regionId).toBe('411722');
  });

  it('refuse an unknown code, naming the record, and write nothing', async () => {
    const before = await graphCounts(driver);
    const file = writeDataset({ enterprises: [{ id: 'f2', name: 'F2', creditCode: creditCode(2), regionCode: '419999' }] });
    const error = await importDataset(driver, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidDatasetError);
    expect((error as InvalidDatasetError).problems).toEqual([
      { path: 'enterprises[0].regionCode', message: expect.stringMatching(/no region has the code '419999'/) },
    ]);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('refuse two regions of one file with one code', async () => {
    const file = writeDataset({
      regions: [
        { id: 'a', name: 'A', level: 'PROVINCE', code: '990000' },
        { id: 'b', name: 'B', level: 'PROVINCE', code: '990000' },
      ],
    });
    const error = (await importDataset(driver, file).catch((e: unknown) => e)) as InvalidDatasetError;
    expect(error.problems).toEqual([{ path: 'regions[1].code', message: expect.stringMatching(/already the code of regions\[0\]/) }]);
  });

  it('import several files as one, naming the file of each problem', async () => {
    const good = writeDataset({ enterprises: [{ id: 'f3', name: 'F3', creditCode: creditCode(3), regionCode: '411721' }] });
    const bad = writeDataset({ enterprises: [{ id: 'f4', name: 'F4', creditCode: creditCode(4), regionId: 'nowhere' }] });
    const error = (await importDataset(driver, [good, bad]).catch((e: unknown) => e)) as InvalidDatasetError;
    expect(error.problems).toEqual([
      { path: `${path.basename(bad)}: enterprises[0].regionId`, message: expect.stringMatching(/no Region 'nowhere'/) },
    ]);
    const [stored] = await readRows<{ count: number }>(driver, `MATCH (e:Enterprise {id: 'f3'}) RETURN count(e) AS count`);
    expect(stored!.count).toBe(0); // all or nothing
  });
});

describe('a partial record', () => {
  it('changes only what it carries: a new revenue keeps the name, flags, location and links', async () => {
    await clearDatabase(driver);
    await importDataset(driver, DEMO_JSON);
    const read = () =>
      readRows(
        driver,
        `MATCH (e:Enterprise {id: 'henan-jinlu-shoes'})
         RETURN e.name AS name, e.leading AS leading, e.revenue AS revenue,
                [(e)-[:LOCATED_IN]->(p) | p.id] AS places, [(e)-[:OPERATES_IN]->(l) | l.id] AS links`,
      );
    const [before] = await read();
    await importDataset(driver, writeDataset({ enterprises: [{ id: 'henan-jinlu-shoes', revenue: 123_000_000 }] }));
    const [after] = await read();
    expect(after).toEqual({ ...before, revenue: 123_000_000 });
    expect((before as { links: string[] }).links.length).toBeGreaterThan(0);

    // An explicit empty list clears.
    await importDataset(driver, writeDataset({ enterprises: [{ id: 'henan-jinlu-shoes', linkIds: [] }] }));
    expect((await read())[0]).toMatchObject({ links: [] });
  });

  it('of a new enterprise is refused, saying what it needs', async () => {
    const error = (await importDataset(driver, writeDataset({ enterprises: [{ id: 'brand-new', revenue: 1 }] })).catch(
      (e: unknown) => e,
    )) as InvalidDatasetError;
    expect(error.problems).toEqual([
      { path: 'enterprises[0]', message: "'brand-new' is a new enterprise and needs name, creditCode, regionId or parkId" },
    ]);
  });
});

describe('removing records', () => {
  beforeAll(async () => {
    await clearDatabase(driver);
    await importDataset(driver, DEMO_JSON);
  });
  const count = async (cypher: string) => (await readRows<{ n: number }>(driver, `${cypher} RETURN count(*) AS n`))[0]!.n;

  it('happens only on purpose: a file without a firm leaves it, a removal removes it with its supplies and links', async () => {
    const [huayi] = await readRows<{ code: string }>(driver, `MATCH (e:Enterprise {id: 'huayi-compressor'}) RETURN e.creditCode AS code`);
    await importDataset(driver, writeDataset({ enterprises: [{ id: 'henan-jinlu-shoes', revenue: 1 }] }));
    expect(await count(`MATCH (:Enterprise {id: 'huayi-compressor'})`)).toBe(1);

    const file = writeDataset({
      remove: [
        { kind: 'enterprise', creditCode: huayi!.code },
        { kind: 'project', id: 'minquan-huayi-compressors' },
        { kind: 'priority', regionId: 'minquan', chainId: 'cold-chain' },
      ],
    });
    const preview = await dryRunImport(driver, file);
    expect(preview.preview.changes).toMatchObject({ enterprises: { removed: 1 }, projects: { removed: 1 }, priorities: { removed: 1 } });
    expect(await count(`MATCH (:Enterprise {id: 'huayi-compressor'})`)).toBe(1);

    await importDataset(driver, file);
    expect(await count(`MATCH (:Enterprise {id: 'huayi-compressor'})`)).toBe(0);
    expect(
      await count(
        `MATCH (:Enterprise {id: 'wanbao-minquan'})<-[:SUPPLIES {linkId: 'cold-chain/compressors'}]-(s) WHERE s.id = 'huayi-compressor'`,
      ),
    ).toBe(0);
    expect(await count(`MATCH (:Region {id: 'minquan'})-[:PRIORITIZES]->(:Chain {id: 'cold-chain'})`)).toBe(0);
  });

  it('refuses a firm whose projects would be left without it, and what is not there, writing nothing', async () => {
    const before = await graphCounts(driver);
    const file = writeDataset({
      remove: [{ kind: 'enterprise', id: 'shangcai-xiongan-park-dev' }, { kind: 'project', id: 'no-such-project' }, { kind: 'enterprise' }],
    });
    const error = (await importDataset(driver, file).catch((e: unknown) => e)) as InvalidDatasetError;
    expect(error.problems).toEqual([
      { path: 'remove[0]', message: expect.stringMatching(/has the projects shangcai-xiongan-footwear-park: remove them too/) },
      { path: 'remove[1]', message: "there is no project 'no-such-project' in the database to remove" },
      { path: 'remove[2]', message: 'an enterprise is removed by its id or its creditCode' },
    ]);
    expect(await graphCounts(driver)).toEqual(before);

    // With its project, it goes.
    await importDataset(
      driver,
      writeDataset({
        remove: [
          { kind: 'enterprise', id: 'shangcai-xiongan-park-dev' },
          { kind: 'project', id: 'shangcai-xiongan-footwear-park' },
        ],
      }),
    );
    expect(await count(`MATCH (:Project {id: 'shangcai-xiongan-footwear-park'})`)).toBe(0);
  });
});
