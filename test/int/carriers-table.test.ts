/**
 * A park's carrier list (载体) as a table: Chinese headers with their units, kinds and statuses in the park's words,
 * dates as written, parks by name — imported against the real Neo4j over the demo data.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset, InvalidDatasetError } from '../../src/dataset/import.js';
import { readRows } from '../../src/neo4j/driver.js';
import { DEMO_JSON } from '../../seeds/demo/build.js';
import { clearDatabase, testDriver } from '../support/neo4j.js';

const EXAMPLE = fileURLToPath(new URL('../../seeds/examples/registry/carriers.csv', import.meta.url));
let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await importDataset(driver, DEMO_JSON);
});
afterAll(async () => {
  await driver.close();
});

const carrier = async (id: string) =>
  (
    await readRows<Record<string, unknown>>(
      driver,
      `MATCH (carrier:Carrier {id: $id})-[:IN]->(park:Park)
       RETURN carrier { .name, .nameZh, .kind, .areaM2, availableFrom: toString(carrier.availableFrom), .status, .powerKva,
                        .floorLoadKgPerM2, .rentYuanPerM2Month, .source, parkId: park.id } AS carrier`,
      { id },
    )
  )[0]?.carrier;

describe('a carriers table', () => {
  it('goes in as the park writes it: kinds, statuses, units, dates and parks by name', async () => {
    const result = await importDataset(driver, EXAMPLE);
    expect(result.counts.carriers).toBe(4);
    expect(await carrier('SC-AA-F12')).toEqual({
      name: '标准化厂房12号',
      nameZh: '标准化厂房12号',
      kind: 'STANDARD_FACTORY',
      areaM2: 5600,
      availableFrom: '2027-02-01',
      status: 'AVAILABLE',
      powerKva: 800,
      floorLoadKgPerM2: 1000,
      rentYuanPerM2Month: 7.8,
      source: 'user',
      parkId: 'shangcai-aa',
    });
    expect(await carrier('SC-AA-L09')).toMatchObject({ kind: 'LAND', areaM2: 26680, availableFrom: '2027-06-30', powerKva: null });
    expect(await carrier('SC-AA-F13')).toMatchObject({ status: 'OCCUPIED', availableFrom: null });
    expect(await carrier('SC-LF-W3')).toMatchObject({ kind: 'WAREHOUSE', status: 'RESERVED', parkId: 'longfeng-park' });
  });

  it('is refused whole, naming the row and column, for a kind, status, figure, unit or park it does not know', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'carriers-')), 'bad.csv');
    writeFileSync(
      file,
      [
        '载体编号,载体名称,园区,类型,面积(平方米),状态',
        'X-1,城堡,上蔡县产业集聚区,城堡,1000,空置',
        'X-2,厂房,上蔡县产业集聚区,标准化厂房,-5,空置',
        'X-3,厂房,上蔡县产业集聚区,标准化厂房,1000,已拆除',
        'X-4,厂房,不存在的园区,标准化厂房,1000,空置',
      ].join('\n'),
    );
    const refused = (await importDataset(driver, file).catch((error: unknown) => error)) as InvalidDatasetError;
    expect(refused).toBeInstanceOf(InvalidDatasetError);
    const problems = refused.message;
    expect(problems).toContain("bad.csv row 2, 类型: '城堡' is not a carrier kind (标准化厂房, 工业用地, 写字楼 or 仓储)");
    expect(problems).toContain("bad.csv row 3, 面积(平方米): '-5' is not a figure of 0 or more");
    expect(problems).toContain("bad.csv row 4, 状态: '已拆除' is not a carrier status (空置, 已预留 or 已入驻)");
    expect(problems).toContain("bad.csv row 5, 园区: no park '不存在的园区' in the files or in the database");
    expect(await carrier('X-2')).toBeUndefined();

    writeFileSync(file, '载体编号,载体名称,园区,类型,面积(亩),状态\nX-5,地块,上蔡县产业集聚区,工业用地,40,空置\n');
    const unit = (await importDataset(driver, file).catch((error: unknown) => error)) as Error;
    expect(unit.message).toContain("面积(亩): unknown unit '亩' (this column takes 平方米, m², m2, ㎡)");
  });
});
