/**
 * `tsx bench/dataset-tables.ts DATASET.json OUT_PREFIX`: turns a generated dataset into what a county's data steward
 * brings (docs/dataset.md, "Tables"): OUT_PREFIX-enterprises.csv and OUT_PREFIX-supplies.csv with Chinese headers,
 * revenue in 万元 and firms keyed by credit code, and OUT_PREFIX-rest.json with the regions, parks, industries, chains
 * and priorities. Run by bench/import.ts in a process of its own, so the import it measures starts with a clean heap.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { stringify, type Stringifier } from 'csv-stringify';
import { forEachRecord } from '../src/dataset/read.js';
import { DatasetWriter } from '../seeds/generator/json-writer.js';

export const tableFiles = (prefix: string) => ({
  rest: `${prefix}-rest.json`,
  enterprises: `${prefix}-enterprises.csv`,
  supplies: `${prefix}-supplies.csv`,
});

const ENTERPRISE_HEADERS = [
  '统一社会信用代码',
  '企业名称',
  '英文名称',
  '所属地区',
  '园区',
  '营业收入(万元)',
  '从业人数',
  '龙头企业',
  '上市',
  '产业链环节',
];
const SUPPLY_HEADERS = ['供应商统一社会信用代码', '客户统一社会信用代码', '产业链环节', '年供货额(元)'];
const REST_SECTIONS = ['regions', 'parks', 'industries', 'chains', 'priorities'] as const;

/** Whole yuan as 万元 with four decimals, written digit by digit so the table reads back to the same yuan. */
const tenThousands = (yuan: number) => `${Math.floor(yuan / 1e4)}.${String(yuan % 1e4).padStart(4, '0')}`;
const flag = (value: unknown) => (value ? '是' : '否');

async function writeRow(table: Stringifier, row: unknown[]): Promise<void> {
  if (!table.write(row)) await once(table, 'drain');
}

/** A CSV table being written to `file`; `written` settles once the file holds all of it. */
function csvFile(file: string, headers: string[]): { table: Stringifier; written: Promise<void> } {
  const table = stringify({ header: true, columns: headers, bom: true });
  return { table, written: pipeline(table, createWriteStream(file)) };
}

interface GeneratedFirm {
  id: string;
  name: string;
  nameZh: string;
  creditCode: string;
  regionId?: string;
  parkId?: string;
  linkIds: string[];
  revenue: number;
  employees: number;
  leading: boolean;
  listed: boolean;
}

interface GeneratedSupply {
  supplierId: string;
  customerId: string;
  linkId: string;
  annualValue: number;
}

export async function writeDatasetTables(datasetFile: string, prefix: string): Promise<void> {
  const files = tableFiles(prefix);
  const rest = new Map<string, unknown[]>(REST_SECTIONS.map((section) => [section, []]));
  // Generated firm ids are g0, g1, …: their credit codes by index, for the supplies table.
  const creditCodes: string[] = [];
  const enterprises = csvFile(files.enterprises, ENTERPRISE_HEADERS);
  const supplies = csvFile(files.supplies, SUPPLY_HEADERS);
  await forEachRecord(datasetFile, [...REST_SECTIONS, 'enterprises', 'supplies'], async ({ section, value }) => {
    if (section === 'enterprises') {
      const firm = value as GeneratedFirm;
      creditCodes[Number(firm.id.slice(1))] = firm.creditCode;
      await writeRow(enterprises.table, [
        firm.creditCode,
        firm.nameZh,
        firm.name,
        firm.regionId ?? '',
        firm.parkId ?? '',
        tenThousands(firm.revenue),
        firm.employees,
        flag(firm.leading),
        flag(firm.listed),
        firm.linkIds.join('；'),
      ]);
    } else if (section === 'supplies') {
      const supply = value as GeneratedSupply;
      const code = (id: string) => creditCodes[Number(id.slice(1))]!;
      await writeRow(supplies.table, [code(supply.supplierId), code(supply.customerId), supply.linkId, supply.annualValue]);
    } else {
      rest.get(section)!.push(value);
    }
  });
  enterprises.table.end();
  supplies.table.end();
  await Promise.all([enterprises.written, supplies.written]);
  const writer = new DatasetWriter(files.rest);
  for (const [section, records] of rest) await writer.section(section, records);
  await writer.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [datasetFile, prefix] = process.argv.slice(2);
  if (!datasetFile || !prefix) throw new Error('Usage: tsx bench/dataset-tables.ts DATASET.json OUT_PREFIX');
  await writeDatasetTables(datasetFile, prefix);
}
