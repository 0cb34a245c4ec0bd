/**
 * The spreadsheets of the third hardening review: a workbook that inflates to a huge cell, one cut mid-cell, a CSV
 * with a quote never closed or its last row cut. Each is refused, saying where it broke, and nothing is written.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidDatasetError, importDataset } from '../../src/dataset/import.js';
import { graphCounts } from '../../src/dataset/repository.js';
import { TABLE_LIMITS } from '../../src/dataset/tables/table-limits.js';
import { readRows } from '../../src/neo4j/driver.js';
import { DEMO_JSON } from '../../seeds/demo/build.js';
import { clearDatabase, testDriver } from '../support/neo4j.js';

let driver: Driver;
const dir = mkdtempSync(path.join(tmpdir(), 'chain-graph-hostile-tables-'));
const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};
let jinlu: { code: string; nameZh: string };

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await importDataset(driver, DEMO_JSON);
  const [stored] = await readRows<{ code: string; nameZh: string }>(
    driver,
    "MATCH (e:Enterprise {id: 'henan-jinlu-shoes'}) RETURN e.creditCode AS code, e.nameZh AS nameZh",
  );
  jinlu = stored!;
});
afterAll(async () => {
  await driver.close();
});

/** Imports the file and returns the problems it was refused with, checking that nothing was written. */
async function refused(file: string): Promise<string[]> {
  const before = await graphCounts(driver);
  const error = await importDataset(driver, file).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(InvalidDatasetError);
  expect(await graphCounts(driver)).toEqual(before);
  const [stored] = await readRows<{ nameZh: string }>(driver, "MATCH (e:Enterprise {id: 'henan-jinlu-shoes'}) RETURN e.nameZh AS nameZh");
  expect(stored!.nameZh).toBe(jinlu.nameZh);
  return (error as InvalidDatasetError).problems.map((problem) => `${problem.path}: ${problem.message}`);
}

/** A real workbook of three firms (the stored one renamed in row 3), written by exceljs, as its zip's parts. */
async function workbookParts(): Promise<JSZip> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('firms');
  sheet.addRow(['统一社会信用代码', '企业名称']);
  sheet.addRow([jinlu.code, jinlu.nameZh]);
  sheet.addRow([jinlu.code, '截断的名字']);
  return JSZip.loadAsync(Buffer.from(await workbook.xlsx.writeBuffer()));
}

async function sheetXml(zip: JSZip): Promise<string> {
  return zip.file('xl/worksheets/sheet1.xml')!.async('string');
}

const zipped = (zip: JSZip) => zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });

describe('a hostile .xlsx', () => {
  it('whose one cell inflates to 64 MiB is refused while it inflates, before it is held', async () => {
    const zip = await workbookParts();
    const xml = await sheetXml(zip);
    const huge = 'A'.repeat(64 * 1024 * 1024);
    zip.file(
      'xl/worksheets/sheet1.xml',
      xml.replace(/<\/sheetData>/, `<row r="4"><c r="A4" t="inlineStr"><is><t>${huge}</t></is></c></row></sheetData>`),
    );
    const file = write('huge-cell.xlsx', await zipped(zip));
    expect(readFileSync(file).length).toBeLessThan(1024 * 1024);
    const heapBefore = process.memoryUsage().heapUsed;
    const problems = await refused(file);
    expect(problems).toEqual([
      expect.stringMatching(/^huge-cell\.xlsx: xl\/worksheets\/sheet1\.xml, line \d+ \(row 4\): a cell or tag longer than/),
    ]);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(48 * 1024 * 1024);
  });

  it(`with more than ${TABLE_LIMITS.sharedStrings} distinct texts is refused while they inflate`, async () => {
    const zip = await workbookParts();
    const strings = '<si><t>x</t></si>'.repeat(TABLE_LIMITS.sharedStrings + 1);
    zip.file(
      'xl/sharedStrings.xml',
      `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings}</sst>`,
    );
    expect(await refused(write('strings.xlsx', await zipped(zip)))).toEqual([
      `strings.xlsx: xl/sharedStrings.xml, line 1: more than ${TABLE_LIMITS.sharedStrings} distinct texts`,
    ]);
  });

  it(`with more than ${TABLE_LIMITS.columns} columns in a row is refused`, async () => {
    const zip = await workbookParts();
    const cells = Array.from({ length: TABLE_LIMITS.columns + 1 }, (_, i) => `<c t="inlineStr"><is><t>${i}</t></is></c>`).join('');
    zip.file('xl/worksheets/sheet1.xml', (await sheetXml(zip)).replace(/<\/sheetData>/, `<row r="4">${cells}</row></sheetData>`));
    expect(await refused(write('wide.xlsx', await zipped(zip)))).toEqual([
      `wide.xlsx: xl/worksheets/sheet1.xml, line 2 (row 4): more than ${TABLE_LIMITS.columns} columns in one row`,
    ]);
  });

  it('whose sheet is cut mid-cell is refused naming the row, instead of importing the rows before it', async () => {
    const zip = await workbookParts();
    const xml = await sheetXml(zip);
    zip.file('xl/worksheets/sheet1.xml', xml.slice(0, xml.indexOf('<c r="B3"') + 12));
    const problems = await refused(write('cut-sheet.xlsx', await zipped(zip)));
    expect(problems).toEqual([
      expect.stringMatching(
        /^cut-sheet\.xlsx: xl\/worksheets\/sheet1\.xml, line \d+ \(row 3\): .*the file is damaged or cut short; export it again$/,
      ),
    ]);
  });

  it('cut short as a file is refused as not a whole workbook', async () => {
    const whole = await zipped(await workbookParts());
    const problems = await refused(write('cut-file.xlsx', whole.subarray(0, Math.floor(whole.length * 0.7))));
    expect(problems).toEqual([expect.stringMatching(/^cut-file\.xlsx: is not a whole Excel workbook \(\.xlsx\).*export it again$/)]);
  });
});

describe('cells another program wrote', () => {
  it('are read as the text the sheet shows: a hyperlink of rich text, a formula never calculated — never [object Object]', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('firms');
    sheet.addRow(['统一社会信用代码', '企业名称', '营业收入(万元)']);
    sheet.addRow([jinlu.code, '', '']);
    // exceljs types a hyperlink's text as a string, but reads (and other programs write) rich text there too.
    sheet.getCell('B2').value = { text: { richText: [{ text: jinlu.nameZh }] }, hyperlink: 'https://example.invalid/firm' } as never;
    sheet.getCell('C2').value = { formula: 'D2*2', date1904: false };
    const file = path.join(dir, 'cells.xlsx');
    await workbook.xlsx.writeFile(file);
    const error = await importDataset(driver, file).catch((caught: unknown) => caught);
    expect(error instanceof InvalidDatasetError ? error.problems : []).toEqual([]);
    const [stored] = await readRows<{ nameZh: string }>(driver, "MATCH (e:Enterprise {id: 'henan-jinlu-shoes'}) RETURN e.nameZh AS nameZh");
    expect(stored!.nameZh).toBe(jinlu.nameZh);
  });
});

describe('a hostile .csv', () => {
  it('with a quote never closed over megabytes is refused at once, not read to its end', async () => {
    const file = write('unclosed.csv', `统一社会信用代码,企业名称\n${jinlu.code},"${'鞋'.repeat(3 * 1024 * 1024)}\n`);
    const started = Date.now();
    expect(await refused(file)).toEqual([
      expect.stringMatching(/^unclosed\.csv: has a row longer than .* a quote is probably never closed/),
    ]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('ending inside a quoted cell is refused as cut short', async () => {
    const file = write('open-quote.csv', `统一社会信用代码,企业名称\n${jinlu.code},"截断`);
    expect(await refused(file)).toEqual([expect.stringMatching(/^open-quote\.csv: breaks off in a quoted cell that is never closed/)]);
  });

  it('whose last row is cut is refused naming that row, instead of renaming a stored firm', async () => {
    const file = write('cut-row.csv', `统一社会信用代码,企业名称,营业收入(万元)\n${jinlu.code},${jinlu.nameZh},100\n${jinlu.code},截断`);
    expect(await refused(file)).toEqual([
      "cut-row.csv row 3: has 2 of the header's 3 columns: the row is cut short (the file may have been cut off, or a quote not closed); fix it and import again",
    ]);
  });
});
