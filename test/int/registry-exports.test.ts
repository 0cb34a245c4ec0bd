/**
 * A county's firm list as the enterprise-information platforms export it (企查查 / 天眼查 / 启信宝 style): the columns
 * they write, divisions by name in three columns or in the address, capital in 万元人民币 and 万美元, 参保人数, status
 * — imported with no hand editing, against the real Neo4j with the national division layer.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dryRunImport, importDataset, importNationalRegions, InvalidDatasetError } from '../../src/dataset/import.js';
import { columnMappingProblems } from '../../src/dataset/tables/columns.js';
import { creditCodeCheckCharacter } from '../../src/domain/credit-code.js';
import { readRows } from '../../src/neo4j/driver.js';
import { DEMO_JSON } from '../../seeds/demo/build.js';
import { parseCsv } from '../support/csv.js';
import { clearDatabase, testDriver } from '../support/neo4j.js';

let driver: Driver;
const dir = mkdtempSync(path.join(tmpdir(), 'chain-graph-exports-'));
/** A valid credit code of a firm registered in the division `division` (six digits). */
function creditCode(division: string, i: number): string {
  const body = `91${division}MA${String(i).padStart(7, '0')}`;
  return `${body}${creditCodeCheckCharacter(body)}`;
}

const HEADER = [
  '企业名称',
  '登记状态',
  '法定代表人',
  '注册资本',
  '成立日期',
  '统一社会信用代码',
  '所属省份',
  '所属城市',
  '所属区县',
  '电话',
  '企业类型',
  '国标行业',
  '参保人数',
  '注册地址',
  '经营范围',
];
const ROWS = [
  [
    '上蔡县恒达鞋业有限公司',
    '存续',
    '张三',
    '5000万元人民币',
    '2015-06-18',
    creditCode('411722', 1),
    '河南省',
    '驻马店市',
    '上蔡县',
    '0396-6912345',
    '有限责任公司(自然人投资或控股)',
    '制造业>皮革、毛皮、羽毛及其制品和制鞋业>制鞋业>皮鞋制造',
    '236',
    '河南省驻马店市上蔡县东洪镇工业园3号',
    '皮鞋、运动鞋制造、销售',
  ],
  [
    '上蔡县华美鞋材有限公司',
    '在业',
    '李四',
    '300万美元',
    '2019/3/5',
    creditCode('411722', 2),
    '河南省',
    '驻马店市',
    '上蔡县',
    '-',
    '有限责任公司(外国法人独资)',
    '制鞋业',
    '48',
    '上蔡县产业集聚区',
    '鞋底、鞋材生产',
  ],
  [
    '开封市鼓楼区鼓韵商贸有限公司',
    '注销',
    '王五',
    '50万元人民币',
    '2012年7月1日',
    creditCode('410204', 3),
    '河南省',
    '开封市',
    '鼓楼区',
    '-',
    '有限责任公司',
    '批发和零售业/零售业',
    '0',
    '开封市鼓楼区',
    '日用品销售',
  ],
  [
    '福州市鼓楼区闽韵贸易有限公司',
    '吊销，未注销',
    '赵六',
    '100万元人民币',
    '2010-01-20',
    creditCode('350102', 4),
    '福建省',
    '福州市',
    '鼓楼区',
    '-',
    '有限责任公司',
    '批发业',
    '-',
    '福州市鼓楼区五四路',
    '贸易',
  ],
];

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await importDataset(driver, DEMO_JSON);
  await importNationalRegions(driver);
});
afterAll(async () => {
  await driver.close();
});

const firm = (code: string) =>
  readRows(
    driver,
    `MATCH (e:Enterprise {creditCode: $code})-[:LOCATED_IN]->(place)
     RETURN e.nameZh AS nameZh, e.registrationStatus AS status, e.employees AS employees,
            e.registeredCapitalAmount AS capital, e.registeredCapitalCurrency AS currency, e.foundedOn AS foundedOn,
            e.companyType AS companyType, e.legalRepresentative AS legalRepresentative, e.phone AS phone,
            e.industryCode AS industryCode, place.code AS division`,
    { code },
  ).then((rows) => rows[0]);

async function expectImported() {
  expect(await firm(creditCode('411722', 1))).toEqual({
    nameZh: '上蔡县恒达鞋业有限公司',
    status: 'ACTIVE',
    employees: 236,
    capital: 50_000_000,
    currency: 'CNY',
    foundedOn: '2015-06-18',
    companyType: '有限责任公司(自然人投资或控股)',
    legalRepresentative: '张三',
    phone: '0396-6912345',
    industryCode: 'C1952',
    division: '411722108',
  });
  // 国标行业 at every level: a class by its path, a group, a division by a path, a division by its name.
  expect(await firm(creditCode('411722', 2))).toMatchObject({
    capital: 3_000_000,
    currency: 'USD',
    foundedOn: '2019-03-05',
    phone: null,
    industryCode: 'C195',
  });
  // 鼓楼区 under 开封市 and under 福州市 are two districts.
  expect(await firm(creditCode('410204', 3))).toMatchObject({
    status: 'DEREGISTERED',
    division: '410204',
    foundedOn: '2012-07-01',
    industryCode: 'F52',
  });
  expect(await firm(creditCode('350102', 4))).toMatchObject({
    status: 'REVOKED',
    division: '350102',
    employees: null,
    industryCode: 'F51',
  });
}

describe('a platform export', () => {
  it('goes in as a CSV another tool wrote, with no hand editing', async () => {
    const file = path.join(dir, 'qcc.csv');
    const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
    writeFileSync(file, `\uFEFF${[HEADER, ...ROWS].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`);
    await importDataset(driver, file);
    await expectImported();
  });

  it('goes in as an .xlsx, the same', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('企业列表');
    sheet.addRow(HEADER);
    for (const row of ROWS) sheet.addRow(row);
    const file = path.join(dir, 'qcc.xlsx');
    await workbook.xlsx.writeFile(file);
    await importDataset(driver, file);
    await expectImported();
  });

  it('finds the district, and the township, in the address when no division column is given', async () => {
    const file = path.join(dir, 'address.csv');
    writeFileSync(
      file,
      `统一社会信用代码,企业名称,注册地址\n${creditCode('411722', 5)},上蔡县地址鞋厂,河南省驻马店市上蔡县东洪镇工业园8号\n`,
    );
    await importDataset(driver, file);
    // 东洪镇 is a township of 上蔡县: the firm is there, and counts for the county.
    expect(await firm(creditCode('411722', 5))).toMatchObject({ division: '411722108' });
  });

  it('says which district it cannot tell, instead of guessing', async () => {
    const file = path.join(dir, 'ambiguous.csv');
    writeFileSync(
      file,
      [
        '统一社会信用代码,企业名称,所属区县,注册地址',
        `${creditCode('410204', 6)},鼓楼某厂,鼓楼区,`,
        `${creditCode('410204', 7)},无处某厂,,某某路1号`,
      ].join('\n'),
    );
    const error = (await importDataset(driver, file).catch((caught: unknown) => caught)) as InvalidDatasetError;
    expect(error.problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      'ambiguous.csv row 2, 所属区县: 鼓楼区 names more than one region: give 所属区县 all (鼓楼区 is in 开封市 and in 福州市)',
      expect.stringMatching(/^ambiguous\.csv row 3, 注册地址: '某某路1号' names no county or district/),
    ]);
  });
});

describe('what an import of a table says', () => {
  it('names which column became which field, how many cells were read, and which columns were left out', async () => {
    const file = path.join(dir, 'said.csv');
    writeFileSync(
      file,
      [
        '企业名称,统一社会信用代码,所属区县,参保人数,网址,邮箱',
        `上蔡甲厂,${creditCode('411722', 21)},上蔡县,12,www.a.cn,a@a.cn`,
        `上蔡乙厂,${creditCode('411722', 22)},上蔡县,-,,`,
      ].join('\n'),
    );
    const result = await importDataset(driver, file);
    expect(result.readings).toEqual([
      {
        file: 'said.csv',
        kind: 'enterprises',
        rows: 2,
        columns: [
          { header: '企业名称', field: 'name', given: 2, recognised: 2 },
          { header: '统一社会信用代码', field: 'creditCode', given: 2, recognised: 2 },
          { header: '所属区县', field: 'district', given: 2, recognised: 2 },
          // '-' is the exports' word for nothing: not a value given.
          { header: '参保人数', field: 'employees', given: 1, recognised: 1 },
        ],
        ignored: ['网址', '邮箱'],
        notes: [],
      },
    ]);
  });

  it('speaks of rows and headers: a repeated credit code names both rows, once; a firm with no place says which columns give one', async () => {
    const file = path.join(dir, 'words.csv');
    writeFileSync(
      file,
      [
        '企业名称,统一社会信用代码,所属区县',
        `上蔡丙厂,${creditCode('411722', 23)},上蔡县`,
        `上蔡丙厂,${creditCode('411722', 23)},上蔡县`,
        `无址厂,${creditCode('411722', 24)},`,
      ].join('\n'),
    );
    const error = (await importDataset(driver, file).catch((caught: unknown) => caught)) as InvalidDatasetError;
    expect(error.problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      `words.csv row 3, 统一社会信用代码: '${creditCode('411722', 23)}' is also in words.csv row 2; give each firm once`,
      'words.csv row 4: a new firm needs where it is (所属省份, 所属城市 and 所属区县; 行政区划代码; 所属地区; 园区; or 注册地址)',
    ]);
    expect(error.message).not.toMatch(/enterprises\[|regionId/);
  });
});

describe('国标行业 (GB/T 4754-2017)', () => {
  it('reads a 2011-edition name as the 2017 class of the same activity, and the import says so', async () => {
    const file = path.join(dir, 'industry-2011.csv');
    writeFileSync(
      file,
      [
        '企业名称,统一社会信用代码,所属区县,国标行业',
        `上蔡塑件厂,${creditCode('411722', 41)},上蔡县,制造业>橡胶和塑料制品业>塑料制品业>塑料零件制造`,
        `上蔡塑品厂,${creditCode('411722', 42)},上蔡县,塑料零件制造`,
        `上蔡鞋厂,${creditCode('411722', 43)},上蔡县,C1952`,
      ].join('\n'),
    );
    const result = await importDataset(driver, file);
    expect(result.readings[0]!.notes).toEqual([
      { note: "国标行业: '塑料零件制造' is the GB/T 4754-2011 name of C2929 塑料零件及其他塑料制品制造", rows: 2 },
    ]);
    expect(result.readings[0]!.columns).toContainEqual({ header: '国标行业', field: 'industryCode', given: 3, recognised: 3 });
    expect(await firm(creditCode('411722', 41))).toMatchObject({ industryCode: 'C2929' });
    expect(await firm(creditCode('411722', 43))).toMatchObject({ industryCode: 'C1952' });
  });

  it("refuses an industry the standard does not have, in the table's words", async () => {
    const file = path.join(dir, 'industry-unknown.csv');
    writeFileSync(
      file,
      [
        '企业名称,统一社会信用代码,所属区县,国标行业',
        `上蔡甲鞋厂,${creditCode('411722', 44)},上蔡县,制造业>鞋业`,
        `上蔡乙鞋厂,${creditCode('411722', 45)},上蔡县,批发和零售业>制鞋业`,
        `上蔡丙鞋厂,${creditCode('411722', 46)},上蔡县,C1958`,
      ].join('\n'),
    );
    const error = (await importDataset(driver, file).catch((caught: unknown) => caught)) as InvalidDatasetError;
    expect(error.problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      "industry-unknown.csv row 2, 国标行业: '鞋业' is not a GB/T 4754-2017 industry: give its code (C1952) or its name as the standard writes it (皮鞋制造)",
      "industry-unknown.csv row 3, 国标行业: '制鞋业' (C195) is not under '批发和零售业' (F) in GB/T 4754-2017",
      "industry-unknown.csv row 4, 国标行业: 'C1958' is not a GB/T 4754-2017 industry: give its code (C1952) or its name as the standard writes it (皮鞋制造)",
    ]);
  });

  it('refuses a dataset code, or a chain link rule, the standard does not have', async () => {
    const file = path.join(dir, 'industry-unknown.json');
    writeFileSync(
      file,
      JSON.stringify({
        chains: [
          {
            id: 'shoes-x',
            name: 'Shoes X',
            industryId: 'footwear',
            links: [{ id: 'shoes-x/assembly', name: 'Assembly', stage: 'DOWNSTREAM', industryCodes: ['C195*', 'C1958', 'C99*'] }],
          },
        ],
        enterprises: [{ id: 'x1', name: 'X1', creditCode: creditCode('411722', 47), regionId: 'shangcai', industryCode: 'C1958' }],
      }),
    );
    const error = (await importDataset(driver, file).catch((caught: unknown) => caught)) as InvalidDatasetError;
    expect(error.problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      expect.stringMatching(/^chains\[0\]\.links\[0\]\.industryCodes\[1\]: 'C1958' is not a GB\/T 4754-2017 code/),
      expect.stringMatching(/^chains\[0\]\.links\[0\]\.industryCodes\[2\]: 'C99\*' is not a GB\/T 4754-2017 code/),
      "enterprises[0].industryCode: 'C1958' is not a code of GB/T 4754-2017: give one the standard has (C1952 is leather footwear)",
    ]);
  });
});

describe('rows that cannot go in (--rejects)', () => {
  const bad = (i: number) => [
    [
      '',
      '存续',
      '钱七',
      '10万元人民币',
      '2020-01-01',
      creditCode('411722', 30 + i),
      '河南省',
      '驻马店市',
      '上蔡县',
      '-',
      '个体',
      '-',
      '3',
      '上蔡县',
      '鞋',
    ],
    [...ROWS[0]!],
  ];

  it('are set aside with their problems while every other row goes in, from a CSV and from a workbook', async () => {
    for (const kind of ['csv', 'xlsx'] as const) {
      const file = path.join(dir, `with-bad-rows.${kind}`);
      const rows = [HEADER, ...ROWS.slice(0, 2), ...bad(kind === 'csv' ? 0 : 1)];
      if (kind === 'csv')
        writeFileSync(file, `${rows.map((row) => row.map((cell) => (/[",]/.test(cell) ? `"${cell}"` : cell)).join(',')).join('\n')}\n`);
      else {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('企业列表');
        for (const row of rows) sheet.addRow(row);
        await workbook.xlsx.writeFile(file);
      }
      // Without --rejects, all or nothing.
      expect(await importDataset(driver, file).catch((caught: unknown) => caught)).toBeInstanceOf(InvalidDatasetError);
      const rejects = path.join(dir, `rejects-${kind}.csv`);
      const result = await importDataset(driver, file, { rejects });
      expect(result.setAside).toEqual([{ file: path.basename(file), rows: 2, writtenTo: rejects }]);
      const written = parseCsv(readFileSync(rejects, 'utf8'));
      expect(written[0]).toEqual([...HEADER, '问题']);
      expect(written.slice(1).map((row) => row[0])).toEqual(['', ROWS[0]![0]]);
      expect(written[1]!.at(-1)).toMatch(/企业名称: is empty; it is required/);
      expect(written[2]!.at(-1)).toMatch(/统一社会信用代码: .* is also in .* row 2; give each firm once/);
      expect(await firm(creditCode('411722', 2))).toMatchObject({ currency: 'USD' });
      expect(await firm(creditCode('411722', 30 + (kind === 'csv' ? 0 : 1)))).toBeUndefined();
    }
  });

  it('are fixed in the rejects file and imported from it, its 问题 column left out', async () => {
    const rejects = path.join(dir, 'rejects-csv.csv');
    const rows = parseCsv(readFileSync(rejects, 'utf8'));
    const fixed = [rows[0]!, [...rows[1]!.slice(0, -1).map((cell, i) => (i === 0 ? '上蔡县补名鞋厂' : cell)), rows[1]!.at(-1)!]];
    writeFileSync(rejects, fixed.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')).join('\n'));
    const result = await importDataset(driver, rejects);
    expect(result.readings[0]!.ignored).toEqual(['问题']);
    // The rejects file writes '-' as '-' behind an apostrophe (no spreadsheet formula); read back, it is empty again.
    expect(await firm(creditCode('411722', 30))).toMatchObject({ nameZh: '上蔡县补名鞋厂', division: '411722', phone: null, employees: 3 });
  });
});

describe('other headers (--columns)', () => {
  it('are mapped to fields as the steward says, and the dry run shows the mapping in use', async () => {
    const file = path.join(dir, 'own-headers.csv');
    writeFileSync(file, `单位名称,信用代码,区县名,职工人数,官网\n上蔡县映射鞋厂,${creditCode('411722', 40)},上蔡县,77,www.x.cn\n`);
    const columns = { 单位名称: 'name', 信用代码: 'creditCode', 区县名: 'district', 职工人数: 'employees' };
    const dryRun = await dryRunImport(driver, file, { columns });
    expect(dryRun.readings[0]!.columns.map((column) => `${column.header} → ${column.field}`)).toEqual([
      '单位名称 → name',
      '信用代码 → creditCode',
      '区县名 → district',
      '职工人数 → employees',
    ]);
    expect(dryRun.readings[0]!.ignored).toEqual(['官网']);
    await importDataset(driver, file, { columns });
    expect(await firm(creditCode('411722', 40))).toMatchObject({ nameZh: '上蔡县映射鞋厂', employees: 77, division: '411722' });
  });

  it('refuse a mapping to a field no table has, naming the fields', () => {
    expect(columnMappingProblems({ 单位名称: 'name', 职工: 'staff' })).toEqual([
      expect.stringMatching(/^职工: "staff" is no field; the fields are creditCode, name/),
    ]);
    expect(columnMappingProblems(['name'])).toEqual([expect.stringMatching(/must be a JSON object/)]);
  });
});

describe('the example platform export (seeds/examples/registry/platform-export.csv and .xlsx)', () => {
  const example = (name: string) => fileURLToPath(new URL(`../../seeds/examples/registry/${name}`, import.meta.url));
  const links = (creditCodeOf: string) =>
    readRows<{ link: string }>(
      driver,
      'MATCH (:Enterprise {creditCode: $code})-[:OPERATES_IN]->(link:ChainLink) RETURN link.id AS link ORDER BY link',
      { code: creditCodeOf },
    ).then((rows) => rows.map((row) => row.link));

  it.each(['platform-export.csv', 'platform-export.xlsx'])(
    '%s goes in with its two bad rows set aside, and places its firms by the rules',
    async (name) => {
      const rejects = path.join(dir, `${name}.rejects.csv`);
      const result = await importDataset(driver, example(name), { rejects });
      expect(result.setAside).toEqual([{ file: name, rows: 2, writtenTo: rejects }]);
      expect(result.registrationStatuses).toEqual({ ACTIVE: 6, DEREGISTERED: 1, REVOKED: 1 });
      expect(result.readings[0]!.ignored).toEqual([]);
      // A mould maker is in Lasts & sole moulds, not Soles; makers of 女鞋/童鞋 and of 劳保鞋 are in Shoe assembly.
      expect(await links('91411722MA9X00003X')).toEqual(['footwear/lasts-moulds']);
      expect(await links('91411722MA9X00001P')).toEqual(['footwear/shoe-assembly']);
      expect(await links('91411722MA9X000041')).toEqual(['footwear/shoe-assembly']);
      // 橡胶鞋底 in a business scope: two keywords of the same strength, two links.
      expect(await links('91411722MA9X00002T')).toEqual(['footwear/rubber-eva', 'footwear/soles']);
      // In its township, with its headcount, capital and status.
      expect(await firm('91411722MA9X00001P')).toMatchObject({
        division: '411722108',
        employees: 186,
        capital: 30_000_000,
        status: 'ACTIVE',
        industryCode: 'C1952',
      });
      expect(await firm('91411722MA9X000067')).toMatchObject({ status: 'DEREGISTERED', industryCode: 'C19' });
      // 国标行业 as the platform wrote it, at every level: a class by its path, a group and a division by name, a section.
      expect(await firm('91411722MA9X00003X')).toMatchObject({ industryCode: 'C3525' });
      expect(await firm('91411722MA9X000041')).toMatchObject({ industryCode: 'C195' });
      expect(await firm('91411722MA9X000054')).toMatchObject({ industryCode: 'F51' });
      expect(await firm('91411722MA9X00007A')).toMatchObject({ industryCode: 'C' });
      expect(await firm('91411722MA9X00002T')).toMatchObject({ industryCode: null });
    },
  );
});
