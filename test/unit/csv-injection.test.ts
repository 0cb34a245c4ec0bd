import { describe, expect, it } from 'vitest';
import { csvDocument } from '../../src/format/csv.js';
import { toCsv } from '../../src/subgraphs/reports/formats.js';
import { candidatesCsv } from '../../src/web/candidates-csv.js';
import { tripsCsv } from '../../src/web/trips-csv.js';
import { parseCsv } from '../support/csv.js';

/** Cells a spreadsheet would run as formulas (OWASP, "CSV Injection"). */
const HOSTILE = ['=HYPERLINK("http://evil.invalid","点击")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1'];

describe('every CSV the product writes neutralises formula-leading cells', () => {
  it('prefixes a text cell that starts with = + - @ tab or CR with an apostrophe, and leaves other cells alone', () => {
    const rows = parseCsv(csvDocument(['name'], [...HOSTILE.map((text) => [text]), ['上蔡鞋业'], ['a=b']]));
    expect(rows.slice(1).map((row) => row[0])).toEqual([...HOSTILE.map((text) => `'${text}`), '上蔡鞋业', 'a=b']);
  });

  it('keeps numbers the product computed as numbers, negative ones included', () => {
    expect(csvDocument(['delta'], [[-0.25], [3]])).toBe('\uFEFFdelta\r\n-0.25\r\n3\r\n');
  });

  it('in reports (npm run report -- … --format csv)', () => {
    const csv = toCsv({
      columns: [
        { name: 'enterprise', type: 'String' },
        { name: 'change', type: 'Float' },
      ],
      rows: HOSTILE.map((enterprise) => ({ enterprise, change: -1.5 })),
      rowCount: HOSTILE.length,
      truncated: false,
      elapsedMs: 1,
    });
    for (const [enterprise, change] of parseCsv(csv).slice(1)) {
      expect(enterprise!.startsWith("'")).toBe(true);
      expect(change).toBe('-1.5');
    }
  });

  it("in the map's candidates and trips exports", () => {
    const firm = { name: HOSTILE[0]!, nameZh: '@cmd', region: '-Jinjiang', score: 0.5, reasons: ['=1+1'] };
    const candidates = parseCsv(
      candidatesCsv(
        [{ ...firm, rank: 1, creditCode: '+91', annualValueToLocalFirms: 0, revenue: null, leading: false, listed: false }],
        'zh',
      ),
    )[1]!;
    const trips = parseCsv(tripsCsv([{ ...firm, trip: 1, destination: '=Jinjiang', link: '+Soles' }], 'en'))[1]!;
    for (const cell of [...candidates, ...trips]) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
