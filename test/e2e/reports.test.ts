import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { readRows } from '../../src/neo4j/driver.js';
import { parseCsv } from '../support/csv.js';
import {
  expectedFunnel,
  expectedLeadingFirmNetwork,
  expectedLocationQuotients,
  expectedParkScorecard,
  expectedSupplierConcentration,
  fixtureNodeCount,
  REPORTS_FIXTURE,
} from '../support/reports-fixture.js';
import { testNeo4jUri } from '../support/neo4j.js';
import { useStack } from '../support/stack.js';

const stack = useStack(REPORTS_FIXTURE);
const analyst = stack.as('analyst');

interface Result {
  columns: { name: string; type: string }[];
  rows: Record<string, unknown>[];
  rowCount: number;
  truncated: boolean;
  elapsedMs: number;
}

async function runReport(name: string, params?: Record<string, unknown>) {
  return analyst<{ runReport: Result }>(
    'query ($name: String!, $params: JSON) { runReport(name: $name, params: $params) { columns { name type } rows rowCount truncated elapsedMs } }',
    { name, params },
  );
}

async function rowsOf(name: string, params?: Record<string, unknown>) {
  const { data, errors } = await runReport(name, params);
  expect(errors).toBeUndefined();
  return data!.runReport.rows;
}

/** Report rows reduced to the given columns, for comparison with values computed from the fixture. */
const pick = (rows: Record<string, unknown>[], columns: string[]) =>
  rows.map((row) => Object.fromEntries(columns.map((column) => [column, row[column]])));

function expectClose(actual: Record<string, unknown>[], expected: Record<string, unknown>[]) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((row, index) => {
    for (const [column, value] of Object.entries(row)) {
      if (typeof value === 'number' && !Number.isInteger(value)) expect(actual[index]![column], column).toBeCloseTo(value, 12);
      else expect(actual[index]![column], column).toEqual(value);
    }
  });
}

describe('the report catalogue', () => {
  it('lists every report with its typed parameters and defaults', async () => {
    const { data, errors } = await analyst<{
      reports: { name: string; parameters: { name: string; type: string; required: boolean; default: unknown }[] }[];
    }>('{ reports { name description parameters { name type required default description } } }');
    expect(errors).toBeUndefined();
    expect(data!.reports.map((report) => report.name)).toEqual([
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
    const concentration = data!.reports.find((report) => report.name === 'supplier-concentration')!;
    expect(concentration.parameters).toEqual([
      expect.objectContaining({ name: 'regionId', type: 'ID', required: true, default: null }),
      expect.objectContaining({ name: 'threshold', type: 'FLOAT', required: false, default: 0.5 }),
    ]);
  });

  it('answers NOT_FOUND for a region that does not exist', async () => {
    const { errors } = await runReport('progress', { regionId: 'atlantis' });
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(errors?.[0]?.message).toMatch(/^Report 'progress': no Region 'atlantis'; look region ids up/);
  });

  it('refuses an unknown report, a missing parameter, a mistyped one and an unknown one, naming each', async () => {
    const cases: [string, Record<string, unknown> | undefined, RegExp][] = [
      ['no-such-report', undefined, /There is no report 'no-such-report'; the reports are chain-completeness, /],
      ['location-quotient', undefined, /needs parameter 'regionId'/],
      [
        'supplier-concentration',
        { regionId: 'r-k1', threshold: 'high' },
        /Parameter 'threshold' of report 'supplier-concentration' must be a Float, got "high"/,
      ],
      ['chain-completeness', { minEnterprises: 2.5 }, /'minEnterprises' .* must be an Int, got 2.5/],
      ['park-scorecard', { region: 'r-k1' }, /has no parameter 'region'; it takes regionId/],
    ];
    for (const [name, params, message] of cases) {
      const { errors } = await runReport(name, params);
      expect(errors?.[0]?.extensions?.code, name).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toMatch(message);
    }
  });
});

describe('each report on the fixture, against numbers computed from its JSON', () => {
  it('location-quotient: LQ by employees and the Cluster Mapping flag', async () => {
    const rows = await rowsOf('location-quotient', { regionId: 'r-k1' });
    const expected = expectedLocationQuotients('r-k1');
    expect(expected.length).toBe(2);
    expectClose(pick(rows, Object.keys(expected[0]!)), expected);
  });

  it('runs a report as one Cypher query, counted like every other (the benchmark reports the count)', async () => {
    await rowsOf('location-quotient', { regionId: 'r-k1' });
    stack.queries.reset();
    await rowsOf('location-quotient', { regionId: 'r-k1' });
    expect(stack.queries.count()).toBe(1);
  });

  it('supplier-concentration: Herfindahl index and single-source dependencies', async () => {
    for (const threshold of [0.5, 0.55]) {
      const rows = await rowsOf('supplier-concentration', { regionId: 'r-k1', threshold });
      const expected = expectedSupplierConcentration('r-k1', threshold);
      expectClose(pick(rows, Object.keys(expected[0]!)), expected);
    }
  });

  it('leading-firm-network: local and outside suppliers of each leading firm', async () => {
    for (const regionId of ['r-k1', 'rc']) {
      const expected = expectedLeadingFirmNetwork(regionId);
      const rows = await rowsOf('leading-firm-network', { regionId });
      expectClose(pick(rows, Object.keys(expected[0]!)), expected);
    }
  });

  it('recruitment-funnel: per stage, region and park, the projects there, those that reached it and went on', async () => {
    for (const regionId of [null, 'r-k1', 'rp']) {
      const expected = expectedFunnel(regionId);
      const rows = await rowsOf('recruitment-funnel', regionId ? { regionId } : undefined);
      expect(pick(rows, ['status', 'regionId', 'parkId', 'projects', 'investment', 'reached', 'conversion', 'medianDays'])).toEqual(
        expected,
      );
    }
  });

  it('park-scorecard: firms, revenue, jobs, chains and links of each park', async () => {
    const rows = await rowsOf('park-scorecard', { regionId: 'rp' });
    expect(rows).toEqual(expectedParkScorecard());
  });

  it('chain-completeness: the same completeness and gap counts as chainGaps for every leading chain', async () => {
    const rows = await rowsOf('chain-completeness');
    expect(rows.map((row) => [row.regionId, row.chainId])).toEqual([
      ['r-k1', 'shoe-chain'],
      ['r-k2', 'chip-chain'],
    ]);
    for (const row of rows) {
      const { data } = await stack.as('planner', row.regionId as string)<{
        chainGaps: { completeness: number; linkCount: number; presentLinkCount: number; gaps: { kind: string }[] };
      }>('query ($r: ID!, $c: ID!) { chainGaps(regionId: $r, chainId: $c) { completeness linkCount presentLinkCount gaps { kind } } }', {
        r: row.regionId,
        c: row.chainId,
      });
      const analysis = data!.chainGaps;
      const count = (kind: string) => analysis.gaps.filter((gap) => gap.kind === kind).length;
      expect(row).toMatchObject({
        completeness: analysis.completeness,
        links: analysis.linkCount,
        presentLinks: analysis.presentLinkCount,
        fill: count('FILL'),
        extend: count('EXTEND'),
        strengthen: count('STRENGTHEN'),
      });
    }
  });

  it('names the columns of a computed report when it has no rows, as a Cypher report does', async () => {
    const cases: [string, Record<string, unknown>, string[]][] = [
      [
        'chain-completeness',
        { regionId: 'r-k3' },
        ['regionId', 'region', 'regionZh', 'chainId', 'chain', 'links', 'presentLinks', 'completeness', 'fill', 'extend', 'strengthen'],
      ],
      [
        'growth-opportunities',
        { regionId: 'r-k3', first: 0 },
        ['linkId', 'link', 'linkZh', 'chainId', 'relatedness', 'rca', 'firms', 'relatedLinkIds'],
      ],
    ];
    for (const [name, params, columns] of cases) {
      const { data, errors } = await runReport(name, params);
      expect(errors, name).toBeUndefined();
      expect(data!.runReport.rowCount).toBe(0);
      expect(data!.runReport.columns).toEqual(columns.map((column) => ({ name: column, type: 'Unknown' })));
    }
  });

  it('types the columns from their values', async () => {
    const { data } = await runReport('park-scorecard', { regionId: 'rp' });
    expect(data!.runReport.columns).toEqual(
      expect.arrayContaining([
        { name: 'park', type: 'String' },
        { name: 'revenue', type: 'Integer' },
        { name: 'parkZh', type: 'String' },
      ]),
    );
    expect(data!.runReport).toMatchObject({ rowCount: 3, truncated: false });
  });
});

describe('runCypher: an analyst’s read-only Cypher', () => {
  const run = (query: string, params?: Record<string, unknown>) =>
    analyst<{ runCypher: Result }>(
      'query ($query: String!, $params: JSON) { runCypher(query: $query, params: $params) { columns { name type } rows rowCount truncated } }',
      { query, params },
    );
  const nodeCount = async () => (await readRows<{ n: number }>(stack.driver, 'MATCH (n) RETURN count(n) AS n'))[0]!.n;
  const saved = { ...process.env };
  afterEach(() => {
    process.env.CYPHER_TIMEOUT_MS = saved.CYPHER_TIMEOUT_MS;
    process.env.REPORT_MAX_ROWS = saved.REPORT_MAX_ROWS;
    if (saved.CYPHER_TIMEOUT_MS === undefined) delete process.env.CYPHER_TIMEOUT_MS;
    if (saved.REPORT_MAX_ROWS === undefined) delete process.env.REPORT_MAX_ROWS;
  });

  it('runs a read with parameters and returns plain JSON', async () => {
    const { data, errors } = await run('MATCH (e:Enterprise {id: $id})-[:LOCATED_IN]->(place) RETURN e.nameZh AS name, place', {
      id: 'a1',
    });
    expect(errors).toBeUndefined();
    expect(data!.runCypher.rows).toEqual([
      { name: '企业A1', place: { labels: ['Park'], properties: expect.objectContaining({ id: 'p-k1' }) } },
    ]);
  });

  it('passes whole JSON numbers as integers, at any depth, and others as floats', async () => {
    const { data, errors } = await run(
      'MATCH (r:Region) WITH r ORDER BY r.id LIMIT $n RETURN count(r) AS n, $nested.k + 1 AS k, $list[0] AS first, $share AS share',
      { n: 3, nested: { k: 41 }, list: [7], share: 0.5 },
    );
    expect(errors).toBeUndefined();
    expect(data!.runCypher.rows).toEqual([{ n: 3, k: 42, first: 7, share: 0.5 }]);
    expect(data!.runCypher.columns.map((column) => column.type)).toEqual(['Integer', 'Integer', 'Integer', 'Float']);
  });

  const refused: [string, string, RegExp][] = [
    ['CREATE', 'CREATE (n:Intruder) RETURN n', /only read-only cypher/i],
    ['MERGE', "MERGE (n:Intruder {id: 'x'}) RETURN n", /only read-only cypher/i],
    ['SET', "MATCH (n:Enterprise) SET n.name = 'hacked' RETURN count(n)", /only read-only cypher/i],
    ['DELETE', 'MATCH (n) DETACH DELETE n', /only read-only cypher/i],
    ['CREATE INDEX', 'CREATE INDEX intruder FOR (n:Enterprise) ON (n.revenue)', /changes the schema/],
    [
      'CALL { ... } IN TRANSACTIONS',
      'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS',
      /IN TRANSACTIONS is not allowed|only read-only/i,
    ],
    ['a read in transactions', 'CALL () { MATCH (n) RETURN n } IN TRANSACTIONS RETURN count(n) AS n', /IN TRANSACTIONS is not allowed/],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV is not allowed/],
    [
      'a write hidden in a subquery',
      'MATCH (n:Enterprise) CALL (n) { CREATE (:Intruder {of: n.id}) } RETURN count(*)',
      /only read-only cypher/i,
    ],
    ['a dbms procedure', 'CALL dbms.listConfig() YIELD name RETURN name', /Procedure dbms.listConfig is not allowed/],
    ['an admin command', 'SHOW USERS', /administers the database|administrative command/],
    ['listing the transactions of others', 'SHOW TRANSACTIONS', /SHOW TRANSACTIONS is an administrative command/],
    ['terminating transactions', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /TERMINATE TRANSACTIONS is an administrative command/],
  ];
  for (const [what, query, message] of refused) {
    it(`refuses ${what} and changes nothing`, async () => {
      const before = await nodeCount();
      const { data, errors } = await run(query);
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toMatch(message);
      expect(await nodeCount()).toBe(before);
      expect(before).toBe(fixtureNodeCount);
    });
  }

  it('explains a syntax error where the analyst wrote it', async () => {
    const { errors } = await run('MATCH (n RETURN n');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain('(line 1, column 10 (offset: 9))');
    expect(errors?.[0]?.message).not.toContain('EXPLAIN');
  });

  it('cuts a result at the row cap and says so', async () => {
    process.env.REPORT_MAX_ROWS = '3';
    const { data } = await run('MATCH (n) RETURN n.id AS id ORDER BY id');
    expect(data!.runCypher).toMatchObject({ rowCount: 3, truncated: true });
    const exact = await run('MATCH (n:Region) RETURN n.id AS id LIMIT 3');
    expect(exact.data!.runCypher).toMatchObject({ rowCount: 3, truncated: false });
  });

  it('stops a deliberately slow read at the timeout, and the server keeps answering', async () => {
    process.env.CYPHER_TIMEOUT_MS = '1500';
    const started = Date.now();
    const { errors } = await run(
      'MATCH (a), (b), (c), (d), (e), (f) WHERE a.id + b.id + c.id + d.id + e.id + f.id = "never" RETURN count(*) AS n',
    );
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(errors?.[0]?.message).toMatch(/ran longer than 1.5 s and was stopped/);
    const after = await run('MATCH (n:Industry) RETURN count(n) AS n');
    expect(after.data!.runCypher.rows).toEqual([{ n: 2 }]);
  });
});

describe('npm run report', () => {
  const cli = promisify(execFile);
  const dir = mkdtempSync(path.join(tmpdir(), 'chain-graph-report-'));

  it('writes Excel-compatible UTF-8 CSV that parses back to the same rows, Chinese and quotes included', async () => {
    const out = path.join(dir, 'parks.csv');
    const { stderr } = await cli(
      'npx',
      ['tsx', 'src/subgraphs/reports/cli.ts', 'park-scorecard', '--param', 'regionId=rp', '--format', 'csv', '--out', out],
      {
        env: { ...process.env, NEO4J_URI: testNeo4jUri() },
      },
    );
    expect(stderr).toContain('3 rows');
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...records] = parseCsv(bytes.toString('utf8').slice(1));
    const expected = await rowsOf('park-scorecard', { regionId: 'rp' });
    expect(header).toEqual(Object.keys(expected[0]!));
    expect(records).toEqual(expected.map((row) => header!.map((column) => (row[column] === null ? '' : String(row[column])))));
    expect(records.flat()).toContain('北区, 园');
    expect(records.flat()).toContain('Park of K1, "north"');
  });

  it('refuses a mistyped parameter with the message and exit code 2', async () => {
    const failed = await cli(
      'npx',
      ['tsx', 'src/subgraphs/reports/cli.ts', 'supplier-concentration', '--param', 'regionId=r-k1', '--param', 'threshold=high'],
      {
        env: { ...process.env, NEO4J_URI: testNeo4jUri() },
      },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toContain(`must be a Float, got "high"`);
  });

  it('says an unknown region is unknown instead of answering 0 rows, and rounds with --round', async () => {
    const env = { ...process.env, NEO4J_URI: testNeo4jUri() };
    const unknown = await cli('npx', ['tsx', 'src/subgraphs/reports/cli.ts', 'park-scorecard', '--param', 'regionId=atlantis'], {
      env,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(unknown).toMatchObject({ code: 2 });
    expect((unknown as { stderr: string }).stderr).toContain("Report 'park-scorecard': no Region 'atlantis'");

    const args = [
      'tsx',
      'src/subgraphs/reports/cli.ts',
      'location-quotient',
      '--param',
      'regionId=r-k1',
      '--format',
      'json',
      '--round',
      '2',
    ];
    const { stdout } = await cli('npx', args, { env });
    const numbersOf = (rows: Record<string, unknown>[]) =>
      rows.flatMap((row) => Object.values(row)).filter((value): value is number => typeof value === 'number');
    const exact = numbersOf(await rowsOf('location-quotient', { regionId: 'r-k1' }));
    expect(exact.some((value) => value !== Number(value.toFixed(2)))).toBe(true);
    expect(numbersOf((JSON.parse(stdout) as { rows: Record<string, unknown>[] }).rows)).toEqual(
      exact.map((value) => (Number.isInteger(value) ? value : Number(value.toFixed(2)))),
    );
  });
});
