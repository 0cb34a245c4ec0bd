import { csvDocument, type CsvCell } from '../../format/csv.js';
import type { JsonValue } from '../../neo4j/values.js';
import type { ReportResultRecord } from './repository.js';

export const OUTPUT_FORMATS = ['table', 'csv', 'json'] as const;

/** The result with every non-integer number rounded to `digits` decimals (`--round N`), for reading. */
export function rounded(result: ReportResultRecord, digits: number): ReportResultRecord {
  const round = (value: JsonValue): JsonValue =>
    typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(digits)) : value;
  return {
    ...result,
    rows: result.rows.map((row) => Object.fromEntries(Object.entries(row).map(([name, value]) => [name, round(value)]))),
  };
}
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** A cell as text: lists and maps as JSON, null as empty. */
function cellText(value: JsonValue): string {
  if (value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A cell for CSV: numbers and booleans as the report computed them, the rest as text (lists and maps as JSON). */
function csvCell(value: JsonValue): CsvCell {
  return typeof value === 'number' || typeof value === 'boolean' ? value : value === null ? null : cellText(value);
}

export function toCsv(result: ReportResultRecord): string {
  const names = result.columns.map((column) => column.name);
  return csvDocument(
    names,
    result.rows.map((row) => names.map((name) => csvCell(row[name] ?? null))),
  );
}

/** A plain-text table for the terminal; wide characters (Han) count as two columns. */
export function toTable(result: ReportResultRecord): string {
  const names = result.columns.map((column) => column.name);
  const cells = result.rows.map((row) => names.map((name) => cellText(row[name] ?? null)));
  const widths = names.map((name, index) => Math.max(displayWidth(name), ...cells.map((row) => displayWidth(row[index]!))));
  const line = (values: string[]) =>
    values
      .map((value, index) => value + ' '.repeat(widths[index]! - displayWidth(value)))
      .join('  ')
      .trimEnd();
  return [line(names), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n') + '\n';
}

export function toJson(result: ReportResultRecord): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

function displayWidth(text: string): number {
  let width = 0;
  for (const character of text)
    width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(character) ? 2 : 1;
  return width;
}
