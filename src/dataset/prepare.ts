/**
 * The first step of an import: every file given is read once and written, section by section, into one private
 * dataset file that validation and the writes then read — so the bytes checked are the bytes written, several files
 * import as one (all or nothing), and region codes are resolved to region ids before any rule is checked.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { chmod, constants, copyFile, mkdir, mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { DatasetFormatError, forEachRecord, readDatasetItems } from './read.js';
import type { DatasetProblem } from './schema-check.js';
import { tableLayout } from './tables/columns.js';
import { isTableFile, tableRows, type TableRow } from './tables/read-table.js';
import { NameDirectory, RegionDirectory } from './tables/directories.js';
import { convertRow, fieldHeaders, type TableLookups } from './tables/table-records.js';
import { isEmptyCell, type ColumnMapping, type TableKind } from './tables/columns.js';
import { SECTIONS, type SectionName } from './types.js';

/** The file cannot be read at all (missing, a folder, no permission). */
export class DatasetFileError extends Error {}

/** What the database already holds that a file may name by code or by name. */
export interface PrepareLookups {
  /** Every region code in the database, with its region's id. */
  regionCodes(): Promise<Map<string, string>>;
  /** Every region, park and chain link, with the names a table may give them by. */
  places(): Promise<{ regions: NamedPlace[]; parks: NamedPlace[]; links: NamedPlace[] }>;
  /** For each of these codes held by an enterprise in the database, that enterprise's id. */
  creditCodeHolders(codes: string[]): Promise<Map<string, string>>;
}

export interface NamedPlace {
  id: string;
  name: string;
  nameZh: string | null;
  parentId?: string | null;
}

/** A run of records of one section that came from one file: a JSON section, or a table's rows. */
interface Segment {
  file: string;
  /** The index in the prepared section of the segment's first record. */
  start: number;
  count: number;
  /** A table's: each record's spreadsheet row, and the column each record field was read from. */
  table?: { rows: number[]; headers: Record<string, string> };
}

/** Table rows converted per batch: the credit codes of a batch are looked up in the database at once. */
const TABLE_BATCH = 5_000;

export interface PreparedImport {
  /** The private dataset file (read-only, removed by `remove`). */
  path: string;
  /** Problems found while preparing (unreadable files, unknown region codes, bad cells), named in the files given. */
  problems: DatasetProblem[];
  /** Records per section. */
  counts: Record<SectionName, number>;
  /** What each table was read as: its kind, rows, which column became which field, and which were ignored. */
  readings: TableReading[];
  /**
   * A problem of the prepared file in the words of the file it came from: `enterprises[12].creditCode` →
   * `b.json: enterprises[2].creditCode`, or for a table its file, row and header, with the table's own words in the
   * message (a row, not `enterprises[1]`; 所属区县, not `regionId`). Null for a problem another one already says.
   */
  inSourceWords(problem: DatasetProblem): DatasetProblem | null;
  remove(): Promise<void>;
}

/** How a table was read, for the steward to check (docs/dataset.md, "Say what was read"). */
export interface TableReading {
  file: string;
  kind: TableKind;
  rows: number;
  /** Each column taken: its header as written, the field it became, and how many of its cells were read. */
  columns: { header: string; field: string; given: number; recognised: number }[];
  /** The headers no field takes, as written. */
  ignored: string[];
  /** How cells were read that the steward should know of, each with the number of rows it was read in. */
  notes: { note: string; rows: number }[];
}

type Fields = Record<string, unknown>;

/** The fields that name a region by id, and the field that may name it by code instead. */
const REGION_REFERENCES: Partial<Record<SectionName, [idField: string, codeField: string][]>> = {
  regions: [['parentId', 'parentCode']],
  parks: [['regionId', 'regionCode']],
  enterprises: [['regionId', 'regionCode']],
  priorities: [['regionId', 'regionCode']],
  projects: [['regionId', 'regionCode']],
};

async function checkReadable(file: string): Promise<void> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    await (await open(file, 'r')).close();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new DatasetFileError(`Cannot read ${file}: ${why}.`);
  }
}

/**
 * The region codes a run of files uses: the database's, then those the files' regions carry. A file's region whose
 * code the database holds under another id is that region (one region per code), so its id is an alias of the
 * stored one and every reference to it is rewritten.
 */
async function regionIdentities(files: string[], stored: Map<string, string>) {
  const codeToId = new Map(stored);
  const aliases = new Map<string, string>();
  for (const file of files) {
    await forEachRecord(file, ['regions'], ({ value }) => {
      const { id, code } = (value ?? {}) as Fields;
      if (typeof id !== 'string' || typeof code !== 'string') return;
      const holder = codeToId.get(code);
      if (holder === undefined) codeToId.set(code, id);
      else if (holder !== id && stored.get(code) === holder) aliases.set(id, holder);
    }).catch((error: unknown) => {
      if (!(error instanceof DatasetFormatError)) throw error; // reported by the copying pass
    });
  }
  return { codeToId, aliases };
}

/** Prepares `files` (JSON dataset files and tables; the JSON first, as tables may name what it defines); see the module comment. */
/** Table rows to leave out, by the table's file name and its rows (the spreadsheet's numbers): those set aside. */
export type SetAside = ReadonlyMap<string, ReadonlySet<number>>;

export async function prepareImport(
  sources: string[],
  existing: PrepareLookups,
  setAside: SetAside = new Map(),
  mapping: ColumnMapping = {},
): Promise<PreparedImport> {
  for (const file of sources) await checkReadable(file);
  const folder = await mkdtemp(path.join(tmpdir(), 'chain-graph-import-'));
  const remove = () => rm(folder, { recursive: true, force: true });
  try {
    // Every pass reads a private copy (named as the file given): a file replaced or edited meanwhile could
    // otherwise be read differently by two passes.
    const files = await Promise.all(
      sources.map(async (source, i) => {
        const copy = path.join(folder, `source-${i}`, path.basename(source));
        await mkdir(path.dirname(copy));
        await copyFile(source, copy, constants.COPYFILE_FICLONE);
        return copy;
      }),
    );
    const jsonFiles = files.filter((file) => !isTableFile(file));
    const tables = files.filter(isTableFile);
    const { codeToId, aliases } = await regionIdentities(jsonFiles, await existing.regionCodes());
    const lookups = await directories(tables.length > 0 ? existing : undefined);
    const problems: DatasetProblem[] = [];
    const readings: TableReading[] = [];
    const segments = new Map<SectionName, Segment[]>(SECTIONS.map((section) => [section, []]));
    const counts = Object.fromEntries(SECTIONS.map((s) => [s, 0])) as Record<SectionName, number>;
    const parts = new Map<SectionName, WriteStream>();
    const partOf = (section: SectionName) => {
      let stream = parts.get(section);
      if (!stream) parts.set(section, (stream = createWriteStream(path.join(folder, `${section}.part`))));
      return stream;
    };

    const write = async (section: SectionName, value: unknown) => {
      const stream = partOf(section);
      if (!stream.write(`${counts[section] === 0 ? '' : ','}${JSON.stringify(value)}\n`)) await once(stream, 'drain');
      counts[section] += 1;
      segments.get(section)!.at(-1)!.count += 1;
    };

    for (const file of jsonFiles) {
      const label = files.length > 1 ? path.basename(file) : undefined;
      const at = (section: SectionName, index: number) => `${section}[${index}]`;
      try {
        for await (const item of readDatasetItems(file)) {
          if (item.kind === 'section') {
            if (!(SECTIONS as readonly string[]).includes(item.section)) {
              if (item.section !== '$schema') {
                problems.push({
                  path: prefixed(label, item.section),
                  message: `is not a section of a dataset (expected one of ${SECTIONS.join(', ')})`,
                });
              }
            } else if (!item.isArray) problems.push({ path: prefixed(label, item.section), message: 'must be an array' });
            else segments.get(item.section as SectionName)!.push({ file, start: counts[item.section as SectionName], count: 0 });
            continue;
          }
          const section = item.section as SectionName;
          if (!segments.has(section)) continue;
          const index = counts[section];
          const segment = segments.get(section)!.at(-1)!;
          const value = resolveRegions(section, item.value, codeToId, aliases, (field, message) =>
            problems.push({ path: prefixed(label, `${at(section, index - segment.start)}.${field}`), message }),
          );
          learnNames(lookups, section, value);
          await write(section, value);
        }
      } catch (error) {
        if (!(error instanceof DatasetFormatError)) throw error;
        problems.push({ path: label ?? '$', message: error.message });
      }
    }
    for (const file of tables) {
      const begin = (section: SectionName, table: Segment['table']) =>
        segments.get(section)!.push({ file, start: counts[section], count: 0, table });
      const regionsOf = (section: SectionName, record: unknown, where: (field: string) => string) =>
        resolveRegions(section, record, codeToId, aliases, (field, message) => problems.push({ path: where(field), message }));
      const skipped = setAside.get(path.basename(file)) ?? new Set<number>();
      const context = { lookups, existing, begin, write, regionsOf, skipped, mapping };
      const reading = await prepareTable(file, context, (problem) => problems.push(problem));
      if (reading) readings.push(reading);
    }
    const prepared = await joinedParts(folder, parts);
    const inSourceWords = (problem: DatasetProblem) => problemInSourceWords(problem, segments, files.length > 1);
    return { path: prepared, problems, counts, readings, inSourceWords, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** Ends the sections' parts and joins them into the private dataset file, read-only. */
async function joinedParts(folder: string, parts: Map<SectionName, WriteStream>): Promise<string> {
  for (const stream of parts.values()) {
    stream.end();
    await once(stream, 'close');
  }
  const prepared = path.join(folder, 'dataset.json');
  await joinSections(prepared, folder, [...parts.keys()]);
  await chmod(prepared, 0o400);
  return prepared;
}

/** The names tables may use; what the database holds is read only when there are tables to name it. */
async function directories(existing: PrepareLookups | undefined): Promise<TableLookups> {
  const lookups: TableLookups = { regions: new RegionDirectory(), parks: new NameDirectory(), links: new NameDirectory() };
  if (!existing) return lookups;
  const stored = await existing.places();
  for (const region of stored.regions) lookups.regions.add(region.id, region.name, region.nameZh, region.parentId ?? null);
  for (const park of stored.parks) lookups.parks.add(park.id, park.name, park.nameZh);
  for (const link of stored.links) lookups.links.add(link.id, link.name, link.nameZh);
  return lookups;
}

/** A JSON file's regions, parks and chain links may be named by the tables imported with it. */
function learnNames(lookups: TableLookups, section: SectionName, value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  const record = value as Fields;
  const text = (field: unknown) => (typeof field === 'string' ? field : null);
  if (typeof record.id !== 'string' || typeof record.name !== 'string') return;
  if (section === 'regions') lookups.regions.add(record.id, record.name, text(record.nameZh), text(record.parentId));
  if (section === 'parks') lookups.parks.add(record.id, record.name, text(record.nameZh));
  if (section === 'chains' && Array.isArray(record.links)) {
    for (const link of record.links as Fields[]) {
      if (typeof link?.id === 'string' && typeof link.name === 'string') lookups.links.add(link.id, link.name, text(link.nameZh));
    }
  }
}

/** One table: its kind from its header, then its rows converted a batch at a time. */
interface TableContext {
  lookups: TableLookups;
  existing: PrepareLookups;
  /** Starts the table's segment of its section. */
  begin: (section: SectionName, table: Segment['table']) => void;
  write: (section: SectionName, value: unknown) => Promise<void>;
  /** The record with its region codes resolved, as for JSON records; `where` names a field's cell. */
  regionsOf: (section: SectionName, record: unknown, where: (field: string) => string) => unknown;
  /** Rows set aside: not read into the import. */
  skipped: ReadonlySet<number>;
  /** Headers the steward mapped to fields. */
  mapping: ColumnMapping;
}

async function prepareTable(
  file: string,
  context: TableContext,
  report: (problem: DatasetProblem) => void,
): Promise<TableReading | undefined> {
  const { lookups, existing, begin, write, regionsOf, skipped, mapping } = context;
  const name = path.basename(file);
  let reading: TableReading | undefined;
  try {
    const rows = tableRows(file);
    const first = await rows.next();
    if (first.done) return void report({ path: name, message: 'is empty: it has no header row' });
    const { layout, problems } = tableLayout(first.value.cells, mapping);
    for (const problem of problems) report({ path: `${name} row ${first.value.row}`, message: problem });
    if (!layout) return undefined;
    const section = layout.kind;
    const table = { rows: [] as number[], headers: fieldHeaders(layout) };
    begin(section, table);
    reading = {
      file: name,
      kind: layout.kind,
      rows: 0,
      columns: layout.columns.map((column) => ({ header: column.header, field: column.column.field, given: 0, recognised: 0 })),
      ignored: layout.ignored,
      notes: [],
    };
    const tally = reading;
    const codeFields: string[] = { enterprises: ['creditCode'], supplies: ['supplierCreditCode', 'customerCreditCode'], carriers: [] }[
      layout.kind
    ];
    const codeColumns = layout.columns.filter((c) => codeFields.includes(c.column.field)).map((c) => c.index);
    let batch: TableRow[] = [];
    const flush = async () => {
      const codes = [...new Set(batch.flatMap(({ cells }) => codeColumns.map((i) => (cells[i] ?? '').trim().toUpperCase())))].filter(
        Boolean,
      );
      const holders = await existing.creditCodeHolders(codes);
      for (const { row, cells, problem } of batch) {
        if (problem) {
          report({ path: `${name} row ${row}`, message: problem });
          tally.rows += 1;
          continue;
        }
        const cell = (header: string) => `${name} row ${row}, ${header}`;
        const converted = convertRow(layout, cells, lookups, holders, cell);
        converted.problems.forEach(report);
        for (const note of converted.notes) {
          const seen = tally.notes.find((noted) => noted.note === note);
          if (seen) seen.rows += 1;
          else tally.notes.push({ note, rows: 1 });
        }
        tally.rows += 1;
        layout.columns.forEach((column, i) => {
          if (isEmptyCell(cells[column.index])) return;
          tally.columns[i]!.given += 1;
          if (!converted.problems.some((problem) => problem.path === cell(column.header))) tally.columns[i]!.recognised += 1;
        });
        if (!converted.record) continue;
        table.rows.push(row);
        await write(
          section,
          regionsOf(section, converted.record, (field) => cell(table.headers[field] ?? field)),
        );
      }
      batch = [];
    };
    for await (const row of rows) {
      if (skipped.has(row.row)) {
        tally.rows += 1;
        continue;
      }
      batch.push(row);
      if (batch.length >= TABLE_BATCH) await flush();
    }
    await flush();
  } catch (error) {
    if (!(error instanceof DatasetFormatError)) throw error;
    report({ path: name, message: error.message });
  }
  return reading;
}

const prefixed = (label: string | undefined, where: string) => (label ? `${label}: ${where}` : where);

/** A record with its region codes replaced by region ids, and ids the database knows by another name rewritten. */
function resolveRegions(
  section: SectionName,
  value: unknown,
  codeToId: Map<string, string>,
  aliases: Map<string, string>,
  report: (field: string, message: string) => void,
): unknown {
  const references = REGION_REFERENCES[section];
  if (!references || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const record = { ...(value as Fields) };
  if (section === 'regions' && typeof record.id === 'string') record.id = aliases.get(record.id) ?? record.id;
  for (const [idField, codeField] of references) {
    const code = record[codeField];
    if (typeof code === 'string') {
      const id = codeToId.get(code);
      if (id === undefined) {
        report(
          codeField,
          `no region has the code '${code}' in the files or in the database (load the national divisions: npm run seed -- --regions national)`,
        );
        continue;
      }
      if (typeof record[idField] === 'string' && (aliases.get(record[idField] as string) ?? record[idField]) !== id) {
        report(codeField, `'${code}' is region '${id}', not '${String(record[idField])}'; give one or make them agree`);
        continue;
      }
      record[idField] = id;
      delete record[codeField];
    } else if (typeof record[idField] === 'string') {
      record[idField] = aliases.get(record[idField] as string) ?? record[idField];
    }
  }
  return record;
}

/** Writes `{"regions":[…],"parks":[…],…}` from the section parts, streamed. */
async function joinSections(target: string, folder: string, sections: SectionName[]): Promise<void> {
  const out = createWriteStream(target);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('{');
  for (const [i, section] of SECTIONS.filter((s) => sections.includes(s)).entries()) {
    await write(`${i === 0 ? '' : ','}${JSON.stringify(section)}:[`);
    for await (const chunk of createReadStream(path.join(folder, `${section}.part`))) await write(chunk as string);
    await write(']');
  }
  await write('}');
  out.end();
  await once(out, 'close');
}

/** Maps a path into the prepared file back to the file (and the record's place in it) it came from. */
function sourceOfPath(problemPath: string, segments: Map<SectionName, Segment[]>, nameFiles: boolean): string {
  const match = /^(\w+)\[(\d+)\](.*)$/s.exec(problemPath);
  if (!match) return problemPath;
  const [, section, indexText, rest] = match;
  const index = Number(indexText);
  const segment = segmentOf(segments, section!, index);
  if (!segment) return problemPath;
  if (segment.table) {
    const field = /^\.(\w+)/.exec(rest!)?.[1] ?? '';
    const header = segment.table.headers[field] ?? segment.table.headers[''];
    const row = `${path.basename(segment.file)} row ${segment.table.rows[index - segment.start]}`;
    return rest && header ? `${row}, ${header}` : row;
  }
  const where = `${section}[${index - segment.start}]${rest}`;
  return nameFiles ? `${path.basename(segment.file)}: ${where}` : where;
}

function segmentOf(segments: Map<SectionName, Segment[]>, section: string, index: number): Segment | undefined {
  return segments.get(section as SectionName)?.find((s) => index >= s.start && index < s.start + s.count);
}

/** What a new firm of a table needs, in the table's words. */
const TABLE_NEEDS: Record<string, string> = {
  name: '企业名称',
  creditCode: '统一社会信用代码',
  'regionId or parkId': 'where it is (所属省份, 所属城市 and 所属区县; 行政区划代码; 所属地区; 园区; or 注册地址)',
};

/** See PreparedImport.inSourceWords. */
function problemInSourceWords(problem: DatasetProblem, segments: Map<SectionName, Segment[]>, nameFiles: boolean): DatasetProblem | null {
  const record = /^(\w+)\[(\d+)\](\.\w+)?/.exec(problem.path);
  const table = record ? segmentOf(segments, record[1]!, Number(record[2]))?.table : undefined;
  const where = sourceOfPath(problem.path, segments, nameFiles);
  if (!table) return { path: where, message: problem.message };
  // A table's firm is keyed by its credit code, its id derived from it: a repeated code is said once, of the code.
  if (record![3] === '.id' && /is already used by/.test(problem.message)) return null;
  const message = problem.message
    .replace(
      /is already used by (\w+\[\d+\])/,
      (_, earlier: string) => `is also in ${sourceOfPath(earlier, segments, nameFiles)}; give each firm once`,
    )
    .replace(/^'[^']*' is a new enterprise and needs (.*)$/, (_, needs: string) => {
      const named = needs.split(', ').map((need) => TABLE_NEEDS[need] ?? need);
      return `a new firm needs ${named.join(' and ')}`;
    });
  return { path: where, message };
}
