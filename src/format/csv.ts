/**
 * RFC 4180 CSV that Excel opens as UTF-8 (a byte-order mark first, CRLF line ends), so Chinese names survive:
 * fields with a comma, quote or line break are quoted, quotes doubled. Used by the report CLI and the map's export.
 */
export function csvDocument(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const lines = [header, ...rows].map((cells) => cells.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
