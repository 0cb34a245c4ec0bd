/**
 * Reads a table — a `.csv` (UTF-8 with or without BOM, or GB18030) or the first sheet of an `.xlsx` — as its header
 * and then one row at a time, each with the row number a spreadsheet shows (the header is row 1). Streamed: a file
 * of a million rows is never held whole.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { DatasetFormatError, strictDecoding } from '../read.js';
import { checkWorkbook, TABLE_LIMITS } from './table-limits.js';

export interface TableRow {
  /** The spreadsheet's own row number. */
  row: number;
  /** The cells as text, in header order; an empty cell is ''. */
  cells: string[];
  /** Why the row cannot be read as it stands (it is cut short, or a cell is too long); it is then not imported. */
  problem?: string;
}

export const TABLE_EXTENSIONS = ['.csv', '.xlsx'] as const;
export const isTableFile = (file: string) => TABLE_EXTENSIONS.some((extension) => file.toLowerCase().endsWith(extension));

/** The first bytes decide: text that is not UTF-8 there is taken as GB18030 (which GBK files are a subset of). */
const SNIFF_BYTES = 64 * 1024;

async function csvEncoding(file: string): Promise<'utf-8' | 'gb18030'> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    // A multi-byte character cut by the sniff window is not a sign of another encoding: decode as a stream.
    new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, bytesRead), { stream: bytesRead === SNIFF_BYTES });
    return 'utf-8';
  } catch {
    return 'gb18030';
  } finally {
    await handle.close();
  }
}

const notText = () => new DatasetFormatError('is neither UTF-8 nor GB18030 text; save it as CSV UTF-8');

async function* csvRows(file: string): AsyncGenerator<TableRow> {
  const encoding = await csvEncoding(file);
  // relax_column_count: a short row is named below with its number, instead of failing the parse.
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: TABLE_LIMITS.csvRowCharacters,
  });
  const done = pipeline(createReadStream(file), strictDecoding(encoding, notText), parser).catch((error: unknown) => {
    parser.destroy(error as Error);
  });
  let width = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      width ||= record.length;
      yield { row: info.lines, cells: record.map(cellOfCsv), problem: rowProblem(record, width) };
    }
  } catch (error) {
    if (error instanceof DatasetFormatError) throw error;
    throw new DatasetFormatError(csvFailure(error as Error & { code?: string; lines?: number }));
  } finally {
    await done;
  }
}

/**
 * A cell as the table means it: a spreadsheet-safe CSV (ours, src/format/csv.ts, and others written as OWASP advises)
 * writes a text starting with = + - @ behind an apostrophe, which is not part of the text.
 */
function cellOfCsv(cell: string): string {
  return cell.trim().replace(/^'(?=[=+\-@\t\r])/, '');
}

/** A CSV row that is cut short (a file cut mid-row, a quote that swallowed the rest) or holds what no export does. */
function rowProblem(record: string[], width: number): string | undefined {
  if (record.length > TABLE_LIMITS.columns) return `has ${record.length} columns; a table may have at most ${TABLE_LIMITS.columns}`;
  if (record.length < width) {
    return `has ${record.length} of the header's ${width} columns: the row is cut short (the file may have been cut off, or a quote not closed); fix it and import again`;
  }
  const long = record.findIndex((cell) => cell.length > TABLE_LIMITS.cellCharacters);
  if (long !== -1) return `column ${long + 1} holds more than ${TABLE_LIMITS.cellCharacters} characters, more than a cell can`;
  return undefined;
}

function csvFailure(error: Error & { code?: string; lines?: number }): string {
  const at = error.lines === undefined ? '' : ` (line ${error.lines})`;
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return `breaks off in a quoted cell that is never closed${at}: the file is cut short, or a quote is missing; fix it and import again`;
  }
  if (error.code === 'CSV_MAX_RECORD_SIZE') {
    return `has a row longer than ${TABLE_LIMITS.csvRowCharacters} characters${at}, far more than any export: a quote is probably never closed; fix it and import again`;
  }
  return `is not a CSV table: ${error.message}`;
}

/** A cell of exceljs as the text the sheet shows; a formula nobody calculated shows nothing. */
function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    // A hyperlink's text may itself be rich text.
    if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

async function* xlsxRows(file: string): AsyncGenerator<TableRow> {
  await checkWorkbook(file);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  // exceljs reads a sheet that comes before workbook.xml in the zip (as SheetJS writes it) without the workbook's
  // model, and fails on it; the sheet list is only used for names, which the first sheet does not need.
  (workbook as unknown as { model?: { sheets: unknown[] } }).model ??= { sheets: [] };
  try {
    for await (const sheet of workbook) {
      for await (const row of sheet) {
        // row.values is 1-based: index 0 is empty.
        const values = (row.values as ExcelJS.CellValue[]).slice(1);
        const cells = Array.from(values, (value) => cellText(value).trim());
        if (cells.some((cell) => cell !== '')) yield { row: row.number, cells };
      }
      return; // the first sheet only
    }
  } catch (error) {
    if (error instanceof DatasetFormatError) throw error;
    throw new DatasetFormatError(`is not an Excel workbook (.xlsx): ${(error as Error).message}`);
  }
}

/** The rows of a table file, header first. */
export function tableRows(file: string): AsyncGenerator<TableRow> {
  return file.toLowerCase().endsWith('.xlsx') ? xlsxRows(file) : csvRows(file);
}
