/**
 * What a table file may hold before it is read: a registry export is at most a million rows of a few dozen short
 * columns, and anything far beyond that is a mistake or an attack (a 266 KB workbook that inflates to one 256 MiB
 * cell). An `.xlsx` is checked part by part while it is inflated, before exceljs reads it; a cut or malformed one
 * is refused naming the part, line and row where it broke. SECURITY.md says what each limit protects.
 */
import { promisify } from 'node:util';
import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { DatasetFormatError } from '../read.js';

export const TABLE_LIMITS = {
  /** Excel's own limit on the characters of one cell. */
  cellCharacters: 32_767,
  /** Columns of one row; an export has a few dozen. */
  columns: 256,
  /** Excel's own limit on the rows of a sheet. */
  rows: 1_048_576,
  /** Distinct texts of a workbook, and the bytes of their part: exceljs keeps every one in memory while it reads. */
  sharedStrings: 2_000_000,
  sharedStringsBytes: 256 * 1024 * 1024,
  /** The workbook's parts inflated, all together. */
  inflatedBytes: 1024 * 1024 * 1024,
  /** The characters of one CSV row. */
  csvRowCharacters: 1024 * 1024,
} as const;

/**
 * XML between two angle brackets (a cell's text or a tag): a cell's characters, each written as an entity at
 * worst (`&#x4E2D;`), and then some. A longer run is refused before the XML parser holds it.
 */
const MAX_XML_RUN = TABLE_LIMITS.cellCharacters * 8;

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const SHARED_STRINGS = 'xl/sharedStrings.xml';

const openZip = promisify<string, yauzl.Options, ZipFile>(yauzl.open);

/** Refuses a workbook beyond TABLE_LIMITS, cut short or malformed, naming where; resolves when it is sound. */
export async function checkWorkbook(file: string): Promise<void> {
  let zip: ZipFile;
  try {
    zip = await openZip(file, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true });
  } catch (error) {
    throw new DatasetFormatError(
      `is not a whole Excel workbook (.xlsx): ${(error as Error).message}; it may have been cut short while copied — export it again`,
    );
  }
  const openEntry = promisify<Entry, Readable>(zip.openReadStream.bind(zip));
  let inflated = 0;
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      inflated += entry.uncompressedSize;
      if (inflated > TABLE_LIMITS.inflatedBytes) throw tooLarge();
      if (entry.fileName === SHARED_STRINGS && entry.uncompressedSize > TABLE_LIMITS.sharedStringsBytes) {
        throw new DatasetFormatError(
          `${SHARED_STRINGS} inflates to more than ${TABLE_LIMITS.sharedStringsBytes / 1024 ** 2} MiB of texts; split the export into several files`,
        );
      }
      const stream = await openEntry(entry);
      if (WORKSHEET.test(entry.fileName) || entry.fileName === SHARED_STRINGS) await checkPart(entry.fileName, stream);
      else await drain(stream);
    }
  } catch (error) {
    if (error instanceof DatasetFormatError) throw error;
    throw new DatasetFormatError(`is not a whole Excel workbook (.xlsx): ${(error as Error).message}; export it again`);
  } finally {
    zip.close();
  }
}

const tooLarge = () =>
  new DatasetFormatError(
    `inflates to more than ${TABLE_LIMITS.inflatedBytes / 1024 ** 3} GiB; a registry export is far smaller — split it into several files`,
  );

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => zip.removeAllListeners('entry').removeAllListeners('end').removeAllListeners('error');
    zip.once('entry', (entry: Entry) => (cleanup(), resolve(entry)));
    zip.once('end', () => (cleanup(), resolve(null)));
    zip.once('error', (error: Error) => (cleanup(), reject(error)));
    zip.readEntry();
  });
}

async function drain(stream: Readable): Promise<void> {
  for await (const chunk of stream) void chunk;
}

/** A worksheet or the shared strings, parsed as they inflate: well-formed, and within every limit. */
async function checkPart(part: string, stream: Readable): Promise<void> {
  const parser = new SaxesParser();
  const where = () => `${part}, line ${parser.line}${row > 0 ? ` (row ${row})` : ''}`;
  const refuse = (message: string) => new DatasetFormatError(`${where()}: ${message}`);
  let row = 0;
  let rows = 0;
  let cells = 0;
  let strings = 0;
  let problem: DatasetFormatError | undefined;
  parser.on('opentag', (tag) => {
    if (tag.name === 'row') {
      rows += 1;
      cells = 0;
      row = Number(tag.attributes.r) || row + 1;
      if (rows > TABLE_LIMITS.rows) problem ??= refuse(`more than ${TABLE_LIMITS.rows} rows, more than a sheet can hold`);
    } else if (tag.name === 'c') {
      cells += 1;
      if (cells > TABLE_LIMITS.columns) problem ??= refuse(`more than ${TABLE_LIMITS.columns} columns in one row`);
    } else if (tag.name === 'si') {
      strings += 1;
      if (strings > TABLE_LIMITS.sharedStrings) problem ??= refuse(`more than ${TABLE_LIMITS.sharedStrings} distinct texts`);
    }
  });
  parser.on('text', (text) => {
    if (text.length > TABLE_LIMITS.cellCharacters) problem ??= refuse(`a cell longer than ${TABLE_LIMITS.cellCharacters} characters`);
  });
  parser.on('error', (error) => {
    problem ??= refuse(`${error.message.replace(/^\d+:\d+: /, '')} — the file is damaged or cut short; export it again`);
  });
  const runs = new RunGuard();
  stream.setEncoding('utf8');
  for await (const chunk of stream as AsyncIterable<string>) {
    if (!runs.accepts(chunk)) problem ??= refuse(`a cell or tag longer than ${MAX_XML_RUN} characters`);
    if (problem) break;
    parser.write(chunk);
    if (problem) break;
  }
  if (!problem) parser.close();
  stream.destroy();
  if (problem) throw problem;
}

/** Tracks how long the XML has gone without an angle bracket, across chunks. */
class RunGuard {
  private run = 0;

  accepts(chunk: string): boolean {
    const last = Math.max(chunk.lastIndexOf('<'), chunk.lastIndexOf('>'));
    if (last === -1) {
      this.run += chunk.length;
      return this.run <= MAX_XML_RUN;
    }
    const first = firstBracket(chunk);
    const leading = this.run + first;
    this.run = chunk.length - 1 - last;
    // Runs inside one chunk are shorter than the chunk, which the stream keeps far below MAX_XML_RUN.
    return leading <= MAX_XML_RUN && this.run <= MAX_XML_RUN;
  }
}

function firstBracket(chunk: string): number {
  const lt = chunk.indexOf('<');
  const gt = chunk.indexOf('>');
  return lt === -1 ? gt : gt === -1 ? lt : Math.min(lt, gt);
}
