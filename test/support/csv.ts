import { parse } from 'csv-parse/sync';

/** Reads back a CSV the product wrote (byte-order mark, quoted fields, CRLF) as rows of text. */
export function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: true }) as string[][];
}
