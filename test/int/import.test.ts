import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidDatasetError, importDataset } from '../../src/dataset/import.js';
import { creditCodeCheckCharacter } from '../../src/domain/credit-code.js';
import { graphCounts } from '../../src/dataset/repository.js';
import { readRows } from '../../src/neo4j/driver.js';
import { DEMO_JSON } from '../../seeds/demo/build.js';
import { clearDatabase, testDriver } from '../support/neo4j.js';

let driver: Driver;

/** A valid credit code for the i-th generated firm. */
function creditCode(i: number): string {
  const body = `91410000MA${String(i).padStart(7, '0')}`;
  return `${body}${creditCodeCheckCharacter(body)}`;
}
const dir = mkdtempSync(path.join(tmpdir(), 'chain-graph-import-'));
let fileNumber = 0;
function writeDataset(dataset: unknown): string {
  const file = path.join(dir, `dataset-${(fileNumber += 1)}.json`);
  writeFileSync(file, typeof dataset === 'string' ? dataset : JSON.stringify(dataset));
  return file;
}

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
});
afterAll(async () => {
  await driver.close();
});

describe('importing the demo dataset', () => {
  it('creates every record and relationship of the file', async () => {
    const result = await importDataset(driver, DEMO_JSON);
    expect(result.counts).toEqual({
      regions: 43,
      parks: 15,
      carriers: 7,
      industries: 10,
      chains: 10,
      enterprises: 130,
      supplies: 49,
      priorities: 13,
      projects: 13,
      remove: 0,
    });
    const links = 14 + 13 + 14 + 14 + 11 + 12 + 10 + 9 + 10 + 11;
    expect(result.graph.byLabel).toEqual({
      Region: 43,
      Park: 15,
      Carrier: 7,
      Industry: 10,
      Chain: 10,
      ChainLink: links,
      Enterprise: 130,
      Project: 13,
    });
    // IN: parks in regions, carriers in parks, projects in regions or parks.
    expect(result.graph.byType).toMatchObject({ SUPPLIES: 49, PRIORITIZES: 13, LOCATED_IN: 130, OF_INDUSTRY: 10, BY: 13, IN: 15 + 7 + 13 });
    expect(result.graph.byType.PART_OF).toBe(43 - 11 + links); // every region but the 11 provinces, and every link
  });

  it('leaves identical node and relationship counts when imported again', async () => {
    const before = await graphCounts(driver);
    await importDataset(driver, DEMO_JSON);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('stores the properties of the file, with Chinese names', async () => {
    const [jinlu] = await readRows(
      driver,
      `
      MATCH (e:Enterprise {id: 'henan-jinlu-shoes'})-[:LOCATED_IN]->(park:Park)-[:IN]->(county:Region)-[:PART_OF]->(city:Region)
      RETURN e.nameZh AS nameZh, e.revenue AS revenue, e.employees AS employees, e.source AS source,
             park.id AS park, county.nameZh AS county, city.id AS city,
             [(e)-[:OPERATES_IN]->(l) | l.id] AS links`,
    );
    expect(jinlu).toMatchObject({
      nameZh: '河南金陆鞋业有限公司',
      revenue: 150_000_000,
      employees: 300,
      source: 'article',
      park: 'shangcai-aa',
      county: '上蔡县',
      city: 'zhumadian',
    });
    expect((jinlu!.links as string[]).sort()).toEqual(['footwear/shoe-assembly', 'footwear/uppers']);
  });

  it('makes names searchable in Chinese and English through the CJK full-text index', async () => {
    const search = (q: string) =>
      readRows<{ id: string }>(driver, "CALL db.index.fulltext.queryNodes('enterprise_names', $q) YIELD node RETURN node.id AS id", { q });
    expect((await search('金陆')).map((r) => r.id)).toContain('henan-jinlu-shoes');
    expect((await search('jinlu')).map((r) => r.id)).toContain('henan-jinlu-shoes');
  });
});

describe('a file that breaks a rule', () => {
  const region = { id: 'r', name: 'R', level: 'COUNTY' };
  const industry = { id: 'i', name: 'I' };
  const chainOf = (feeds: { from: string; to: string }[]) => ({
    id: 'c',
    name: 'C',
    industryId: 'i',
    links: [
      { id: 'c/a', name: 'A', stage: 'UPSTREAM' },
      { id: 'c/b', name: 'B', stage: 'MIDSTREAM' },
    ],
    feeds,
  });
  const firm = (overrides: Record<string, unknown> = {}) => ({
    id: 'f',
    name: 'F',
    creditCode: '91350100M000100Y43',
    regionId: 'r',
    ...overrides,
  });

  const cases: [rule: string, dataset: unknown, path: string, message: RegExp][] = [
    [
      'a dangling reference',
      { enterprises: [firm({ regionId: 'nowhere' })] },
      'enterprises[0].regionId',
      /no Region 'nowhere' in this file or in the database/,
    ],
    [
      'a bad credit code check character',
      { regions: [region], enterprises: [firm({ creditCode: '91350100M000100Y44' })] },
      'enterprises[0].creditCode',
      /check character should be '3'/,
    ],
    [
      'a malformed credit code',
      { regions: [region], enterprises: [firm({ creditCode: 'ABC' })] },
      'enterprises[0].creditCode',
      /18 characters/,
    ],
    ['a duplicate id', { regions: [region, region] }, 'regions[1].id', /already used by regions\[0\]/],
    [
      'a link id used by two chains',
      { industries: [industry], chains: [chainOf([]), { ...chainOf([]), id: 'c2' }] },
      'chains[1].links[0].id',
      /unique across chains/,
    ],
    [
      'a cycle of feeds',
      {
        industries: [industry],
        chains: [
          chainOf([
            { from: 'c/a', to: 'c/b' },
            { from: 'c/b', to: 'c/a' },
          ]),
        ],
      },
      'chains[0].feeds',
      /cycle/,
    ],
    [
      'a feed to another chain',
      { industries: [industry], chains: [chainOf([{ from: 'c/a', to: 'x/z' }])] },
      'chains[0].feeds[0].to',
      /not a link of this chain/,
    ],
    [
      'an enterprise without a location',
      { enterprises: [{ id: 'f', name: 'F', creditCode: '91350100M000100Y43' }] },
      'enterprises[0]',
      /regionId or parkId/,
    ],
    ['negative money', { regions: [region], enterprises: [firm({ revenue: -1 })] }, 'enterprises[0].revenue', /must be >= 0/],
    ['fractional employees', { regions: [region], enterprises: [firm({ employees: 2.5 })] }, 'enterprises[0].employees', /integer/],
    ['an unknown level', { regions: [{ ...region, level: 'VILLAGE' }] }, 'regions[0].level', /PROVINCE, CITY, COUNTY, DISTRICT/],
    [
      'an unknown project status',
      { regions: [region], enterprises: [firm()], projects: [{ id: 'p', name: 'P', enterpriseId: 'f', regionId: 'r', status: 'WON' }] },
      'projects[0].status',
      /LEAD, CONTACTED/,
    ],
    ['a missing name', { regions: [{ id: 'r', level: 'COUNTY' }] }, 'regions[0].name', /is required/],
    ['a misspelt field', { regions: [{ ...region, parent: 'x' }] }, 'regions[0].parent', /not a field/],
    [
      'a region hierarchy cycle',
      {
        regions: [
          { ...region, parentId: 's' },
          { id: 's', name: 'S', level: 'CITY', parentId: 'r' },
        ],
      },
      'regions[0].parentId',
      /cycle/,
    ],
    [
      'a cycle closed through the database',
      { regions: [{ id: 'henan', name: 'Henan', level: 'PROVINCE', parentId: 'shangcai' }] },
      'regions[0].parentId',
      /cycle \(through regions already in the database\): .*shangcai/,
    ],
    [
      'a parent of a level no higher',
      { regions: [{ id: 'x', name: 'X', level: 'PROVINCE', parentId: 'shangcai' }] },
      'regions[0].parentId',
      /a PROVINCE cannot be part of 'shangcai', a COUNTY/,
    ],
    [
      'a level that no longer holds its children',
      { regions: [{ id: 'zhumadian', name: 'Zhumadian', level: 'COUNTY', parentId: 'henan' }] },
      'regions[0].level',
      /'shangcai', a COUNTY in the database, is part of this region/,
    ],
    [
      'a park in another region than named',
      {
        regions: [region, { id: 's', name: 'S', level: 'COUNTY' }],
        parks: [{ id: 'p', name: 'P', regionId: 's', kind: 'INDUSTRIAL_PARK' }],
        enterprises: [firm({ parkId: 'p' })],
      },
      'enterprises[0].regionId',
      /region of park 'p'/,
    ],
    [
      'a duplicate supply edge',
      {
        regions: [region],
        industries: [industry],
        chains: [chainOf([])],
        enterprises: [firm(), firm({ id: 'g', creditCode: '9144030071526726XG' })],
        supplies: [
          { supplierId: 'f', customerId: 'g', linkId: 'c/a', annualValue: 1 },
          { supplierId: 'f', customerId: 'g', linkId: 'c/a', annualValue: 2 },
        ],
      },
      'supplies[1]',
      /already supplies/,
    ],
    ['a section that is not an array', { regions: {} }, 'regions', /must be an array/],
    ['an unknown section', { firms: [] }, 'firms', /not a section/],
    ['text that is not JSON', '{"regions": [', '$', /not valid JSON/],
    [
      'an integer too large to store',
      { regions: [region], enterprises: [firm({ employees: 1e300 })] },
      'enterprises[0].employees',
      /must be <= 10000000/,
    ],
    [
      'money too large to store',
      { regions: [region], enterprises: [firm({ revenue: 1e300 })] },
      'enterprises[0].revenue',
      /must be <= 1000000000000000/,
    ],
    [
      'a field given twice in one record',
      '{"regions": [{"id": "r", "name": "R", "level": "COUNTY", "name": "S"}]}',
      '$',
      /regions\[0\] gives the field "name" twice/,
    ],
    [
      'a section given twice',
      '{"regions": [{"id": "r", "name": "R", "level": "COUNTY"}], "regions": []}',
      '$',
      /gives the section "regions" twice/,
    ],
    [
      'a list nested too deep',
      `{"enterprises": [{"id": "f", "linkIds": ${'['.repeat(5000)}${']'.repeat(5000)}}]}`,
      '$',
      /enterprises\[0\] is nested more than 32 levels deep/,
    ],
  ];

  it.each(cases)('is rejected for %s, naming the JSON path, with the database unchanged', async (_rule, dataset, expectedPath, message) => {
    const before = await graphCounts(driver);
    const error = await importDataset(driver, writeDataset(dataset)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidDatasetError);
    expect((error as InvalidDatasetError).problems).toContainEqual({ path: expectedPath, message: expect.stringMatching(message) });
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('is refused when it is not UTF-8 (a GBK file), naming the encoding to save it in, with the database unchanged', async () => {
    const before = await graphCounts(driver);
    const gbkName = Buffer.from([0xc9, 0xcf, 0xb2, 0xcc]); // 上蔡 in GBK
    const file = path.join(dir, 'gbk.json');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('{"regions": [{"id": "r", "name": "R", "nameZh": "'), gbkName, Buffer.from('", "level": "COUNTY"}]}')]),
    );
    const error = (await importDataset(driver, file).catch((e: unknown) => e)) as InvalidDatasetError;
    expect(error.problems).toEqual([{ path: '$', message: expect.stringMatching(/is not UTF-8 text .*GBK\/GB18030/) }]);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('quotes a huge field name only in part', async () => {
    const error = (await importDataset(driver, writeDataset({ regions: [{ ...region, ['x'.repeat(1_000_000)]: 1 }] })).catch(
      (e: unknown) => e,
    )) as InvalidDatasetError;
    expect(error.problems[0]!.path.length).toBeLessThan(400);
    expect(error.message.length).toBeLessThan(2_000);
  });

  it('says so when the file does not exist', async () => {
    await expect(importDataset(driver, path.join(dir, 'missing.json'))).rejects.toThrow(
      /^Cannot read .*missing\.json: there is no such file\.$/,
    );
  });

  it('writes the bytes it validated, even when the file is replaced meanwhile', async () => {
    const firms = Array.from({ length: 20_000 }, (_, i) => ({
      id: `swap-${i}`,
      name: `Swap ${i}`,
      creditCode: creditCode(i),
      regionId: 'minquan',
    }));
    const file = writeDataset({ enterprises: firms });
    const importing = importDataset(driver, file);
    setTimeout(() => {
      writeFileSync(
        file,
        JSON.stringify({ supplies: [{ supplierId: 'swap-1', customerId: 'swap-1', linkId: 'cold-chain/compressors', annualValue: -5 }] }),
      );
    }, 100);
    await importing;
    const [bad] = await readRows<{ n: number }>(driver, 'MATCH ()-[s:SUPPLIES]->() WHERE s.annualValue < 0 RETURN count(s) AS n');
    expect(bad!.n).toBe(0);
    const [swapped] = await readRows<{ n: number }>(driver, "MATCH (e:Enterprise) WHERE e.id STARTS WITH 'swap-' RETURN count(e) AS n");
    expect(swapped!.n).toBe(20_000);
  });

  it('is rejected when a credit code belongs to another enterprise already in the database', async () => {
    const [aucma] = await readRows<{ code: string }>(driver, "MATCH (e:Enterprise {id: 'aucma-minquan'}) RETURN e.creditCode AS code");
    const file = writeDataset({ enterprises: [firm({ id: 'newcomer', regionId: 'minquan', creditCode: aucma!.code })] });
    const error = (await importDataset(driver, file).catch((e: unknown) => e)) as InvalidDatasetError;
    expect(error.problems).toEqual([
      { path: 'enterprises[0].creditCode', message: `'${aucma!.code}' is held by enterprise 'aucma-minquan' in the database` },
    ]);
  });

  it('may refer to records already in the database', async () => {
    const file = writeDataset({ enterprises: [firm({ id: 'late-firm', regionId: 'minquan', linkIds: ['cold-chain/compressors'] })] });
    await importDataset(driver, file);
    const rows = await readRows(driver, "MATCH (:Enterprise {id: 'late-firm'})-[:OPERATES_IN]->(l:ChainLink) RETURN l.id AS link");
    expect(rows).toEqual([{ link: 'cold-chain/compressors' }]);
  });

  it('moves a relationship the file changes instead of adding a second one', async () => {
    await importDataset(
      driver,
      writeDataset({ enterprises: [firm({ id: 'late-firm', regionId: 'weihui', linkIds: ['cold-chain/controls'] })] }),
    );
    const rows = await readRows(
      driver,
      `
      MATCH (e:Enterprise {id: 'late-firm'})
      RETURN [(e)-[:LOCATED_IN]->(p) | p.id] AS places, [(e)-[:OPERATES_IN]->(l) | l.id] AS links`,
    );
    expect(rows).toEqual([{ places: ['weihui'], links: ['cold-chain/controls'] }]);
  });
});
