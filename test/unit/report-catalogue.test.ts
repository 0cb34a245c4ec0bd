import { describe, expect, it } from 'vitest';
import { CATALOGUE_DIR, CatalogueError, loadCatalogue, parseReport, type ComputedReport } from '../../src/subgraphs/reports/catalogue.js';
import { toCsv, toTable } from '../../src/subgraphs/reports/formats.js';
import { reportParameters } from '../../src/subgraphs/reports/parameters.js';

const header = (lines: string[]) => lines.map((line) => `// ${line}`).join('\n');

describe('the report catalogue', () => {
  it('loads the reports with their parameters', () => {
    const catalogue = loadCatalogue();
    expect(catalogue.map((report) => report.name)).toEqual([
      'chain-completeness',
      'growth-opportunities',
      'leading-firm-network',
      'location-quotient',
      'park-scorecard',
      'peers',
      'progress',
      'recruitment-funnel',
      'supplier-concentration',
      'unassigned-firms',
    ]);
    expect(catalogue.find((report) => report.name === 'supplier-concentration')!.parameters).toEqual([
      { name: 'regionId', type: 'ID', required: true, default: null, description: expect.any(String) },
      { name: 'threshold', type: 'Float', required: false, default: 0.5, description: expect.any(String) },
    ]);
  });

  const malformed: [string, string, RegExp][] = [
    ['no name', `${header(['@description d'])}\nRETURN 1`, /x.cypher:1: the header has no @name/],
    [
      'a name other than the file',
      `${header(['@name y', '@description d'])}\nRETURN 1`,
      /x.cypher:1: @name 'y' must be the file's name, 'x'/,
    ],
    [
      'an unknown type',
      `${header(['@name x', '@description d', '@param n Number = 1 n'])}\nRETURN $n`,
      /x.cypher:3: parameter 'n' has unknown type 'Number'/,
    ],
    [
      'a default of the wrong type',
      `${header(['@name x', '@description d', '@param n Int = "a" n'])}\nRETURN $n`,
      /x.cypher:3: the default of 'n' is not a Int/,
    ],
    [
      'a required parameter with a default',
      `${header(['@name x', '@description d', '@param n Int! = 1 n'])}\nRETURN $n`,
      /cannot have a default/,
    ],
    [
      'an undeclared $parameter',
      `${header(['@name x', '@description d'])}\nMATCH (n)\nRETURN $typo`,
      /x.cypher:4: the Cypher uses \$typo, which the header does not declare/,
    ],
    [
      'an unused parameter',
      `${header(['@name x', '@description d', '@param n Int = 1 n'])}\nRETURN 1`,
      /x.cypher:3: parameter 'n' is declared but the Cypher never uses \$n/,
    ],
    [
      'a parameter declared twice',
      `${header(['@name x', '@description d', '@param n Int = 1 n', '@param n Int = 2 n'])}\nRETURN $n`,
      /x.cypher:4: parameter 'n' is declared twice/,
    ],
    ['an unknown tag', `${header(['@name x', '@descr d'])}\nRETURN 1`, /x.cypher:2: unknown header tag '@descr'/],
    ['no Cypher', header(['@name x', '@description d']), /has no Cypher after its header/],
  ];
  for (const [what, text, message] of malformed) {
    it(`stops with a clear message on ${what}`, () => {
      expect(() => parseReport('/reports/x.cypher', text)).toThrow(CatalogueError);
      expect(() => parseReport('/reports/x.cypher', text)).toThrow(message);
    });
  }

  it('computes, never restates, the reports of what a rule decides: the gaps and relatedness', () => {
    const kinds = Object.fromEntries(loadCatalogue().map((report) => [report.name, report.kind]));
    expect(kinds).toMatchObject({ 'chain-completeness': 'computed', 'growth-opportunities': 'computed', peers: 'computed' });
    expect(Object.values(kinds).filter((kind) => kind === 'cypher')).toHaveLength(7);
  });

  const computed = (overrides: Partial<ComputedReport>): ComputedReport => ({
    kind: 'computed',
    name: 'y',
    file: 'y.ts',
    columns: [],
    description: 'd',
    parameters: [],
    compute: () => Promise.resolve([]),
    ...overrides,
  });
  const badlyComputed: [string, ComputedReport, RegExp][] = [
    ['the name of a Cypher report', computed({ name: 'progress' }), /y.ts: report 'progress' is also .*progress.cypher/],
    [
      'a default of the wrong type',
      computed({ parameters: [{ name: 'n', type: 'Int', required: false, default: 'a', description: 'n' }] }),
      /y.ts: the default of 'n' is not a Int: "a"/,
    ],
    [
      'a parameter declared twice',
      computed({
        parameters: [
          { name: 'n', type: 'Int', required: false, default: 1, description: 'n' },
          { name: 'n', type: 'Int', required: false, default: 2, description: 'n' },
        ],
      }),
      /y.ts: parameter 'n' is declared twice/,
    ],
  ];
  for (const [what, report, message] of badlyComputed) {
    it(`stops with a clear message on a computed report with ${what}`, () => {
      expect(() => loadCatalogue(CATALOGUE_DIR, [report])).toThrow(message);
    });
  }

  it('checks and defaults the parameters of a run', () => {
    const report = parseReport(
      '/r/x.cypher',
      `${header(['@name x', '@description d', '@param id ID! an id', '@param top Int = 5 how many'])}\nRETURN $id, $top`,
    );
    expect(reportParameters(report, { id: 'a' })).toEqual({ id: 'a', top: expect.objectContaining({ low: 5 }) });
    expect(() => reportParameters(report, {})).toThrow(/needs parameter 'id'/);
    expect(() => reportParameters(report, { id: 'a', top: 1.5 })).toThrow(/must be an Int, got 1.5/);
  });
});

describe('report output', () => {
  const result = {
    columns: [
      { name: 'name', type: 'String' },
      { name: 'value', type: 'Any' },
    ],
    rows: [
      { name: '北区, 园', value: 1 },
      { name: 'Park "north"', value: null },
      { name: 'two\nlines', value: [1, 2] },
    ],
    rowCount: 3,
    truncated: false,
    elapsedMs: 1,
  };

  it('writes CSV with a byte-order mark, CRLF, and quotes where RFC 4180 needs them', () => {
    expect(toCsv(result)).toBe('\uFEFFname,value\r\n"北区, 园",1\r\n"Park ""north""",\r\n"two\nlines","[1,2]"\r\n');
  });

  it('aligns a table, counting Han characters as two columns', () => {
    const lines = toTable({
      ...result,
      rows: [
        { name: '北区', value: 1 },
        { name: 'ab', value: 2 },
      ],
    }).split('\n');
    expect(lines.slice(0, 4)).toEqual(['name  value', '----  -----', '北区  1', 'ab    2']);
  });
});
