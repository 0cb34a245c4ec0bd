import { stringify } from 'csv-stringify/sync';

/**
 * Every CSV the product writes (reports, the map's candidates and trips) goes through here: RFC 4180 by
 * csv-stringify, with a byte-order mark and CRLF line ends so Excel and WPS open it as UTF-8 with the Chinese intact.
 *
 * A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula (a firm
 * named `=HYPERLINK(…)` in an imported registry would become a live link), so such a text cell is written with a
 * leading apostrophe, as OWASP's "CSV Injection" advises; the apostrophe shows and says the cell was text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralisedCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell: text (neutralised), or a number or boolean the product computed, which a spreadsheet should see as such. */
export type CsvCell = string | number | boolean | null;

export function csvDocument(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  const cell = (value: CsvCell) => (value === null ? '' : typeof value === 'string' ? neutralisedCell(value) : String(value));
  const body = stringify(
    [header, ...rows].map((cells) => cells.map(cell)),
    { record_delimiter: '\r\n', quoted_match: /[\r\n]/ },
  );
  return `\uFEFF${body}`;
}
