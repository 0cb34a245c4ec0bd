import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidDatasetError, dryRunImport, importDataset, importNationalRegions } from '../../src/dataset/import.js';
import { ReportRunner } from '../../src/subgraphs/reports/runner.js';
import { graphCounts } from '../../src/dataset/repository.js';
import { creditCodeCheckCharacter } from '../../src/domain/credit-code.js';
import { readRows } from '../../src/neo4j/driver.js';
import { DEMO_JSON } from '../../seeds/demo/build.js';
import { clearDatabase, testDriver } from '../support/neo4j.js';

let driver: Driver;
const dir = mkdtempSync(path.join(tmpdir(), 'chain-graph-tables-'));
const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};
/** A valid credit code of a firm registered in Shangcai (411722). */
function creditCode(i: number): string {
  const body = `91411722MA${String(i).padStart(7, '0')}`;
  return `${body}${creditCodeCheckCharacter(body)}`;
}
const firm = (id: string) =>
  readRows(
    driver,
    `MATCH (e:Enterprise {id: $id})
     OPTIONAL MATCH (e)-[:LOCATED_IN]->(place)
     RETURN e.name AS name, e.nameZh AS nameZh, e.revenue AS revenue, e.employees AS employees, e.leading AS leading,
            e.industryCode AS industryCode, place.id AS placeId, [(e)-[:OPERATES_IN]->(l) | l.id] AS links`,
    { id },
  ).then((rows) => rows[0]);

const HEADER = '统一社会信用代码,企业名称,行政区划代码,国民经济行业代码,主营产品,营业收入(万元),从业人数,龙头企业,产业链环节';

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await importDataset(driver, DEMO_JSON);
  await importNationalRegions(driver);
});
afterAll(async () => {
  await driver.close();
});

describe('an enterprises table', () => {
  it('imports from Chinese headers: revenue in 万元 becomes yuan, regions by code, links by Chinese name', async () => {
    const csv = `\uFEFF${HEADER}\n${creditCode(1)},上蔡县新鞋底有限公司,411722,C1952,EVA鞋底,"1,250.5",120,否,鞋底\n`;
    await importDataset(driver, write('registry.csv', csv));
    expect(await firm(creditCode(1))).toEqual({
      name: '上蔡县新鞋底有限公司',
      nameZh: '上蔡县新鞋底有限公司',
      revenue: 12_505_000,
      employees: 120,
      leading: false,
      industryCode: 'C1952',
      placeId: 'shangcai',
      links: ['footwear/soles'],
    });
  });

  it('reads GB18030, as Chinese Excel saves CSV', async () => {
    const csv = `${HEADER}\n${creditCode(2)},驻马店市鞋面厂,411722,C1953,鞋面,300,40,是,鞋面鞋帮\n`;
    await importDataset(driver, write('registry-gbk.csv', iconv.encode(csv, 'gb18030')));
    expect(await firm(creditCode(2))).toMatchObject({
      name: '驻马店市鞋面厂',
      revenue: 3_000_000,
      leading: true,
      links: ['footwear/uppers'],
    });
  });

  it('reads the first sheet of an .xlsx, with English headers and a region path', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('firms');
    sheet.addRow(['creditCode', 'name', 'nameEn', 'region', 'revenue (yuan)', 'leading', 'links']);
    sheet.addRow([creditCode(3), '上蔡鞋垫厂', 'Shangcai Insoles', '河南省/驻马店市/上蔡县', 5_000_000, 'true', 'footwear/insoles-trims']);
    const file = path.join(dir, 'registry.xlsx');
    await workbook.xlsx.writeFile(file);
    await importDataset(driver, file);
    expect(await firm(creditCode(3))).toMatchObject({
      name: 'Shangcai Insoles',
      nameZh: '上蔡鞋垫厂',
      revenue: 5_000_000,
      placeId: 'shangcai',
      links: ['footwear/insoles-trims'],
    });
  });

  it('updates a firm the database holds by its credit code: its id stays, only the columns given change', async () => {
    const [stored] = await readRows<{ id: string; code: string; nameZh: string; source: string }>(
      driver,
      `MATCH (e:Enterprise {id: 'henan-jinlu-shoes'}) RETURN e.id AS id, e.creditCode AS code, e.nameZh AS nameZh, e.source AS source`,
    );
    const before = await firm(stored!.id);
    // The registry gives the Chinese name only: the English name and the record's source stay.
    await importDataset(driver, write('revenue.csv', `统一社会信用代码,企业名称,营业收入(亿元)\n${stored!.code},${stored!.nameZh},2.5\n`));
    expect(await firm(stored!.id)).toEqual({ ...before, revenue: 250_000_000 });
    const [after] = await readRows<{ source: string }>(driver, `MATCH (e:Enterprise {id: 'henan-jinlu-shoes'}) RETURN e.source AS source`);
    expect(after!.source).toBe(stored!.source);
  });

  it('takes 企业名称 as the Chinese name of a stored firm even when it is written in Latin letters', async () => {
    const [stored] = await readRows<{ id: string; code: string }>(
      driver,
      `MATCH (e:Enterprise {id: 'henan-jinlu-shoes'}) RETURN e.id AS id, e.creditCode AS code`,
    );
    const before = await firm(stored!.id);
    await importDataset(driver, write('latin.csv', `统一社会信用代码,企业名称\n${stored!.code},JINLU SHOES CO.\n`));
    expect(await firm(stored!.id)).toEqual({ ...before, nameZh: 'JINLU SHOES CO.' });
    await importDataset(driver, write('restore.csv', `统一社会信用代码,企业名称\n${stored!.code},${before!.nameZh as string}\n`));
  });

  it('is refused with every bad row named by file, row and column, and nothing is written', async () => {
    const before = await graphCounts(driver);
    const badCheck = `${creditCode(4).slice(0, 17)}${creditCode(4).endsWith('0') ? '1' : '0'}`;
    const csv = [
      HEADER,
      `${creditCode(5)},好企业,411722,C1952,,10,1,否,`,
      `${badCheck},校验位错,411722,C1952,,10,1,否,`,
      `${creditCode(6)},无此地区,419999,C1952,,10,1,否,`,
    ].join('\n');
    const error = (await importDataset(driver, write('bad.csv', csv)).catch((e: unknown) => e)) as InvalidDatasetError;
    expect(error).toBeInstanceOf(InvalidDatasetError);
    expect(error.problems).toEqual([
      { path: 'bad.csv row 4, 行政区划代码', message: expect.stringMatching(/no region has the code '419999'/) },
      { path: 'bad.csv row 3, 统一社会信用代码', message: expect.stringMatching(/check character should be/) },
    ]);
    expect(error.message).toMatch(/bad\.csv was not imported/);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('says which cells cannot be read', async () => {
    const csv = `${HEADER}\n${creditCode(7)},企业,411722,C1952,,很多,1.5,也许,不存在的环节\n`;
    const error = (await importDataset(driver, write('cells.csv', csv)).catch((e: unknown) => e)) as InvalidDatasetError;
    expect(error.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "cells.csv row 2, 营业收入(万元): '很多' is not an amount of money",
      "cells.csv row 2, 从业人数: '1.5' is not a whole number",
      "cells.csv row 2, 龙头企业: '也许' is not 是/否 (true/false, 1/0)",
      "cells.csv row 2, 产业链环节: no chain link '不存在的环节' in the files or in the database",
    ]);
  });
});

describe('tables with files', () => {
  it('import all or nothing: a supplies table keyed by credit codes with the firms it names, and a bad file stops both', async () => {
    const firms = write('firms.csv', `${HEADER}\n${creditCode(8)},甲鞋底厂,411722,,,,,,\n${creditCode(9)},乙成鞋厂,411722,,,,,,\n`);
    const supplies = write(
      'supplies.csv',
      `供应商统一社会信用代码,客户统一社会信用代码,产业链环节,年供货额(万元)\n${creditCode(8)},${creditCode(9)},鞋底,80\n`,
    );
    const broken = write('broken.csv', `${HEADER}\n${creditCode(10)},丙,411722,,,abc,,,\n`);
    const before = await graphCounts(driver);
    await expect(importDataset(driver, [firms, supplies, broken])).rejects.toThrow(/broken\.csv row 2, 营业收入\(万元\)/);
    expect(await graphCounts(driver)).toEqual(before);

    await importDataset(driver, [firms, supplies]);
    const [edge] = await readRows<{ value: number; link: string }>(
      driver,
      `MATCH (:Enterprise {id: $supplier})-[s:SUPPLIES]->(:Enterprise {id: $customer}) RETURN s.annualValue AS value, s.linkId AS link`,
      { supplier: creditCode(8), customer: creditCode(9) },
    );
    expect(edge).toEqual({ value: 800_000, link: 'footwear/soles' });
  });

  it('refuse a table of no known kind, saying what the kinds need', async () => {
    const error = (await importDataset(driver, write('other.csv', '姓名,年龄\n张三,30\n')).catch((e: unknown) => e)) as InvalidDatasetError;
    expect(error.problems).toEqual([{ path: 'other.csv row 1', message: expect.stringMatching(/is not a table chain-graph knows/) }]);
  });
});

describe('the registry example (seeds/examples/registry)', () => {
  const example = (name: string) => path.join(import.meta.dirname, '../../seeds/examples/registry', name);
  const assignments = (id: string) =>
    readRows<{ link: string; basis: string; evidence: string | null }>(
      driver,
      `MATCH (:Enterprise {id: $id})-[o:OPERATES_IN]->(l:ChainLink) RETURN l.id AS link, o.basis AS basis, o.evidence AS evidence ORDER BY link`,
      { id },
    );
  const matches = (id: string) =>
    readRows<{ matched: string | null; matchedAgainst: string | null }>(
      driver,
      `MATCH (:Enterprise {id: $id})-[o:OPERATES_IN]->(l:ChainLink) RETURN o.matched AS matched, o.matchedAgainst AS matchedAgainst ORDER BY l.id`,
      { id },
    );

  it('imports the CSV with its supplies; firms without declared links get them by rule, with the evidence', async () => {
    const result = await importDataset(driver, [example('enterprises.csv'), example('supplies.csv')]);
    expect(result.counts).toMatchObject({ enterprises: 4, supplies: 3 });
    // The industry code is more specific evidence than the keyword 鞋底 of its main products: the code's link alone.
    expect(await assignments('91411722MA9XK10012')).toEqual([
      { link: 'footwear/rubber-eva', basis: 'INDUSTRY_CODE', evidence: 'industry code C2919 matches C291*' },
    ]);
    // What matched is kept apart too, so the API can say it in Chinese.
    expect(await matches('91411722MA9XK10012')).toEqual([{ matched: 'C2919', matchedAgainst: 'C291*' }]);
    expect(await assignments('91411722MA9XK10025')).toEqual([{ link: 'footwear/shoe-assembly', basis: 'DECLARED', evidence: null }]);
    expect(await assignments('91411722MA9XK10038')).toEqual([
      { link: 'footwear/adhesives', basis: 'KEYWORD', evidence: 'keyword “胶粘剂” in main products' },
    ]);
    expect(await firm('91411721MA9XK1004W')).toMatchObject({ revenue: 12_505_000, placeId: '411721' });
  });

  it('imports the same firms from the workbook another program wrote, changing nothing', async () => {
    const before = await graphCounts(driver);
    const result = await importDataset(driver, example('enterprises.xlsx'));
    expect(result.counts.enterprises).toBe(4);
    expect(await graphCounts(driver)).toEqual(before);
    expect(await firm('91411722MA9XK10025')).toMatchObject({ revenue: 235_000_000, leading: true, placeId: 'shangcai' });
  });

  it('declared links replace rule-based ones', async () => {
    const csv = `统一社会信用代码,企业名称,产业链环节\n91411722MA9XK10012,上蔡县恒步鞋底有限公司,鞋底\n`;
    await importDataset(driver, write('declared.csv', csv));
    expect(await assignments('91411722MA9XK10012')).toEqual([{ link: 'footwear/soles', basis: 'DECLARED', evidence: null }]);
  });
});

describe('a dry run', () => {
  const HEADER = '统一社会信用代码,企业名称,行政区划代码,国民经济行业代码,经营范围,主营产品,营业收入(万元),从业人数,龙头企业,产业链环节';

  it('says what would be new, updated and unchanged, and what each rule would assign, writing nothing', async () => {
    const csv = [
      HEADER,
      // stored: the example's adhesive maker, with a new revenue
      '91411722MA9XK10038,驻马店市蔡洲鞋材科技有限公司,411722,C2922,,鞋用胶粘剂,2000,45,否,',
      // stored, the same as the example
      '91411721MA9XK1004W,西平县顺达包装有限公司,411721,C2231,纸箱、纸盒加工,鞋盒,1250.5,60,否,鞋盒包装',
      // new: one a rule places, one no rule places
      `${creditCode(20)},上蔡县步步高鞋垫厂,411722,C1959,,鞋垫,50,8,否,`,
      `${creditCode(21)},上蔡县麦田农场,411722,A0111,小麦种植,小麦,80,12,否,`,
    ].join('\n');
    const before = await graphCounts(driver);
    const result = await dryRunImport(driver, write('preview.csv', csv));
    expect(await graphCounts(driver)).toEqual(before);
    expect(result.preview.changes).toEqual({ enterprises: { new: 2, updated: 1, unchanged: 1, removed: 0 } });
    expect(result.preview.assignment).toEqual({
      firms: 3,
      byIndustryCode: 1,
      byKeyword: 1,
      byLink: {
        'footwear/adhesives': { INDUSTRY_CODE: 0, KEYWORD: 1 },
        'footwear/shoe-assembly': { INDUSTRY_CODE: 1, KEYWORD: 0 },
      },
      unassigned: 1,
      unassignedNames: ['上蔡县麦田农场'],
    });
  });

  it('of the same file, imported, leaves the unplaced firm to the unassigned-firms report', async () => {
    await importDataset(driver, write('farm.csv', `${HEADER}\n${creditCode(21)},上蔡县麦田农场,411722,A0111,小麦种植,小麦,80,12,否,\n`));
    const { rows } = await new ReportRunner(driver).runReport('unassigned-firms', { regionId: 'shangcai' });
    expect(rows).toContainEqual(expect.objectContaining({ id: creditCode(21), name: '上蔡县麦田农场', industryCode: 'A0111' }));
    expect(rows.map((row) => (row as { id: string }).id)).not.toContain('91411722MA9XK10012');
  });
});
