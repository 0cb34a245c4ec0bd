/**
 * The OPERATING rule end to end (docs/domain.md, "Recruited firms count"), on test/fixtures/recruited-firms.json.
 * By hand: Recruit County has Local A1 (Link A, leading) and Local C1 (Link C, in its park); Link B's firms are all
 * outside. At import, project 'B4 plant' (Outside B4, in the county's park) is OPERATING, 'B2 plant' (Outside B2,
 * in the county) only LANDED, and 'B3 plant' (Outside B3) OPERATING in the sibling county. So the county counts
 * 1 firm in Link B — B4, through its project — completeness 3/3, Link B a STRENGTHEN gap (1 firm < 3, no leading
 * firm) whose candidates are B1, B3 and B5 (B4 local, B2 recruited). The city counts 2 (B3 and B4). Dropping 'B4 plant'
 * takes Link B back: missing, a FILL gap between A and C, completeness 2/3, candidates B1, B3, B4, B5.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { writeRows } from '../../src/neo4j/driver.js';
import { testNeo4jUri } from '../support/neo4j.js';
import { useStack } from '../support/stack.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/recruited-firms.json', import.meta.url));
const stack = useStack(FIXTURE);
const admin = stack.as('admin');
const today = () => new Date().toISOString().slice(0, 10);

interface Analysis {
  completeness: number;
  gaps: {
    kind: string;
    link: { id: string };
    localEnterpriseCount: number;
    reasons: string[];
    candidates: { enterprise: { id: string } }[];
  }[];
  links: { link: { id: string }; state: string; localEnterpriseCount: number; reasons: string[] }[];
}

const ANALYSIS = `completeness
  gaps { kind link { id } localEnterpriseCount reasons candidates { enterprise { id } } }
  links { link { id } state localEnterpriseCount reasons }`;

async function gaps(regionId: string): Promise<Analysis> {
  const { data, errors } = await admin<{ chainGaps: Analysis }>(
    `query ($regionId: ID!) { chainGaps(regionId: $regionId, chainId: "rf-chain") { ${ANALYSIS} } }`,
    { regionId },
  );
  expect(errors).toBeUndefined();
  return data!.chainGaps;
}

const linkB = (analysis: Analysis) => analysis.links.find((link) => link.link.id === 'rf/b')!;
const gapAtB = (analysis: Analysis) => analysis.gaps.find((gap) => gap.link.id === 'rf/b')!;
const candidatesAtB = (analysis: Analysis) => gapAtB(analysis).candidates.map((candidate) => candidate.enterprise.id);

async function projectVersion(id: string): Promise<number> {
  const { data } = await admin<{ project: { version: number } }>('query ($id: ID!) { project(id: $id) { version } }', { id });
  return data!.project.version;
}

async function advance(id: string, status: string) {
  const { data, errors } = await admin<{ advanceProject: { status: string; version: number } }>(
    `mutation ($id: ID!, $status: ProjectStatus!, $v: Int!) { advanceProject(id: $id, status: $status, expectedVersion: $v) { status version } }`,
    { id, status, v: await projectVersion(id) },
  );
  expect(errors).toBeUndefined();
  return data!.advanceProject;
}

async function completenessReport(regionId: string) {
  const { data, errors } = await admin<{ runReport: { rows: { regionId: string; completeness: number; presentLinks: number }[] } }>(
    `query ($regionId: JSON!) { runReport(name: "chain-completeness", params: { regionId: $regionId }) { rows } }`,
    { regionId },
  );
  expect(errors).toBeUndefined();
  return data!.runReport.rows.find((row) => row.regionId === regionId)!;
}

async function history(regionId: string) {
  const { data, errors } = await admin<{
    region: {
      chainOverview: {
        history: {
          completeness: number;
          presentLinkCount: number;
          cause: string;
          project: { id: string } | null;
          localSupplyShare: number | null;
        }[];
      }[];
    };
  }>(
    `query ($regionId: ID!) { region(id: $regionId) { chainOverview { history { completeness presentLinkCount cause project { id } localSupplyShare } } } }`,
    {
      regionId,
    },
  );
  expect(errors).toBeUndefined();
  return data!.region.chainOverview[0]!.history;
}

describe('recruited firms count for the chain', () => {
  it('counts the firm of an OPERATING project as local to its region and those above, not a LANDED one nor a sibling county’s', async () => {
    const county = await gaps('rf-county');
    expect(county.completeness).toBe(1);
    expect(linkB(county)).toMatchObject({ state: 'WEAK', localEnterpriseCount: 1 });
    expect(gapAtB(county).kind).toBe('STRENGTHEN');
    expect(gapAtB(county).reasons).toEqual([
      'only 1 local firm in Link B (fewer than 3)',
      'no local leading firm in Link B',
      `1 of 1 firm in Link B through project 'B4 plant', operating since ${today()}`,
    ]);
    expect(candidatesAtB(county).sort()).toEqual(['rf-b1', 'rf-b3', 'rf-b5']);

    const city = await gaps('rf-city');
    expect(linkB(city).localEnterpriseCount).toBe(2);
    expect(linkB(city).reasons.at(-1)).toMatch(
      /^2 of 2 firms in Link B through projects 'B(3|4) plant', operating since .*; 'B(3|4) plant'/,
    );

    const sibling = await gaps('rf-sibling');
    expect(sibling.completeness).toBeCloseTo(1 / 3);
    expect(linkB(sibling).localEnterpriseCount).toBe(1);
  });

  it('applies the same rule in chainOverview, in a simulation (on top of the recruited firms) and in the chain-completeness report', async () => {
    const { data } = await admin<{
      region: { chainOverview: { completeness: number; links: { link: { id: string }; localEnterpriseCount: number }[] }[] };
    }>('{ region(id: "rf-county") { chainOverview { completeness links { link { id } localEnterpriseCount } } } }');
    expect(data!.region.chainOverview[0]!.completeness).toBe(1);
    expect(data!.region.chainOverview[0]!.links.find((link) => link.link.id === 'rf/b')!.localEnterpriseCount).toBe(1);

    const simulated = await admin<{ simulateRecruitment: Analysis }>(
      `{ simulateRecruitment(regionId: "rf-county", chainId: "rf-chain", enterpriseIds: ["rf-b5", "rf-b4"]) { ${ANALYSIS} } }`,
    );
    expect(linkB(simulated.data!.simulateRecruitment).localEnterpriseCount).toBe(2); // B4 once, B5

    expect(await completenessReport('rf-county')).toMatchObject({ completeness: 1, presentLinks: 3 });
    expect(await completenessReport('rf-city')).toMatchObject({ completeness: 1, presentLinks: 3 });
  });

  it('takes a dropped project back at once, and counts a project moved to OPERATING at once, recording each change', async () => {
    // B4, recruited through 'B4 plant', sells C1 all it buys: the local supply rate is 1.
    expect(await history('rf-county')).toEqual([
      { completeness: 1, presentLinkCount: 3, cause: 'IMPORT', project: null, localSupplyShare: 1 },
    ]);

    await advance('rf-operating', 'DROPPED');
    const dropped = await gaps('rf-county');
    expect(dropped.completeness).toBeCloseTo(2 / 3);
    expect(linkB(dropped)).toMatchObject({ state: 'MISSING', localEnterpriseCount: 0 });
    expect(gapAtB(dropped).kind).toBe('FILL');
    expect(candidatesAtB(dropped).sort()).toEqual(['rf-b1', 'rf-b3', 'rf-b4', 'rf-b5']);
    expect(await completenessReport('rf-county')).toMatchObject({ presentLinks: 2 });

    const created = await admin<{ createProject: { id: string } }>(
      'mutation { createProject(input: { name: "B5 plant", enterpriseId: "rf-b5", regionId: "rf-county", linkId: "rf/b" }) { id } }',
    );
    const id = created.data!.createProject.id;
    for (const status of ['CONTACTED', 'NEGOTIATING', 'SIGNED', 'LANDED']) await advance(id, status);
    expect(linkB(await gaps('rf-county')).state).toBe('MISSING'); // LANDED: not producing yet
    await advance(id, 'OPERATING');
    const operating = await gaps('rf-county');
    expect(operating.completeness).toBe(1);
    expect(linkB(operating).reasons.at(-1)).toBe(`1 of 1 firm in Link B through project 'B5 plant', operating since ${today()}`);

    // B5 sells nothing here: the supply B4 brought left with its project.
    expect(await history('rf-county')).toEqual([
      { completeness: 1, presentLinkCount: 3, cause: 'IMPORT', project: null, localSupplyShare: 1 },
      { completeness: 2 / 3, presentLinkCount: 2, cause: 'PROJECT', project: { id: 'rf-operating' }, localSupplyShare: 0 },
      { completeness: 1, presentLinkCount: 3, cause: 'PROJECT', project: { id }, localSupplyShare: 0 },
    ]);
    // The city counted B3 and B4, then B3, then B3 and B5: Link B present throughout, so completeness stays 1; but its
    // local supply rate fell with B4's project, a point of its own.
    expect(await history('rf-city')).toEqual([
      { completeness: 1, presentLinkCount: 3, cause: 'IMPORT', project: null, localSupplyShare: 1 },
      { completeness: 1, presentLinkCount: 3, cause: 'PROJECT', project: { id: 'rf-operating' }, localSupplyShare: 0 },
    ]);
  });

  it('sums the period up as the weekly dispatch sheet (progress), and times each stage in the funnel from the events', async () => {
    // The import was ten days ago and 'B4 plant' was dropped eight days ago; 'B5 plant' went to OPERATING today.
    await writeRows(stack.driver, "MATCH (point:CompletenessPoint {cause: 'import'}) SET point.at = datetime() - duration({days: 10})");
    await writeRows(
      stack.driver,
      `MATCH (point:CompletenessPoint {cause: 'project:rf-operating'}) SET point.at = datetime() - duration({days: 8})
       WITH count(*) AS moved
       MATCH (:Project {id: 'rf-operating'})-[:HAS_EVENT]->(event:ProjectEvent) SET event.at = datetime() - duration({days: 8})`,
    );
    const { data, errors } = await admin<{ runReport: { rows: Record<string, unknown>[] } }>(
      '{ runReport(name: "progress", params: { regionId: "rf-county" }) { rows } }',
    );
    expect(errors).toBeUndefined();
    const row = (section: string, item: string) => ({ section, item });
    expect(data!.runReport.rows).toEqual([
      { ...row('completeness', 'rf-chain'), chainId: 'rf-chain', name: 'Recruitment example chain', before: 2 / 3, after: 1, count: 1 },
      { ...row('link turned present', 'rf/b'), chainId: 'rf-chain', name: 'Link B', before: null, after: null, count: 1 },
      ...['LEAD', 'CONTACTED', 'NEGOTIATING', 'SIGNED', 'LANDED', 'OPERATING'].map((status) => ({
        ...row('projects moved to', status),
        chainId: null,
        name: null,
        before: null,
        after: null,
        count: 1,
      })),
    ]);

    // A period from before anything was recorded starts from the first record (the import), not from nothing.
    const sinceLongAgo = await admin<{ runReport: { rows: Record<string, unknown>[] } }>(
      '{ runReport(name: "progress", params: { regionId: "rf-county", from: "2020-01-01" }) { rows } }',
    );
    expect(sinceLongAgo.data!.runReport.rows.filter((sheetRow) => sheetRow.chainId !== null)).toEqual([
      { ...row('completeness', 'rf-chain'), chainId: 'rf-chain', name: 'Recruitment example chain', before: 1, after: 1, count: 0 },
    ]);

    // 'B5 plant' spent a day in each stage before OPERATING.
    await writeRows(
      stack.driver,
      `MATCH (:Enterprise {id: 'rf-b5'})<-[:BY]-(:Project)-[:HAS_EVENT]->(event:ProjectEvent)
       SET event.at = datetime('2026-11-01T09:00:00Z') + duration({days: event.sequence})`,
    );
    const funnel = await admin<{
      runReport: { rows: { status: string; regionId: string; reached: number; conversion: number | null; medianDays: number | null }[] };
    }>('{ runReport(name: "recruitment-funnel", params: { regionId: "rf-county" }) { rows } }');
    const county = funnel.data!.runReport.rows.filter((funnelRow) => funnelRow.regionId === 'rf-county');
    expect(county.find((funnelRow) => funnelRow.status === 'SIGNED')).toMatchObject({ reached: 2, conversion: 1, medianDays: 1 });
    // Of the 'B2 plant' (LANDED, imported) and 'B5 plant', one went on to OPERATING.
    expect(county.find((funnelRow) => funnelRow.status === 'LANDED')).toMatchObject({ reached: 2, conversion: 0.5, medianDays: 1 });
  });

  it('answers an identical analysis from the ranking it kept, yet drops a firm whose project lands from the candidates at once', async () => {
    const rankingHits = async () => {
      const metrics = await (await fetch(`${new URL(stack.stack.gateway.url).origin}/metrics`)).text();
      return Number(/chain_graph_cache_lookups_total\{cache="rankedCandidates",result="hit"\} (\d+)/.exec(metrics)?.[1] ?? 0);
    };
    const first = await gaps('rf-county');
    expect(candidatesAtB(first)).toContain('rf-b1');
    const hitsBefore = await rankingHits();
    expect(await gaps('rf-county')).toEqual(first);
    expect(await rankingHits()).toBeGreaterThan(hitsBefore);

    // A landing changes no revision (the firm does not count as local yet), but the firm is no longer a candidate.
    const created = await admin<{ createProject: { id: string } }>(
      'mutation { createProject(input: { name: "B1 plant", enterpriseId: "rf-b1", regionId: "rf-county", linkId: "rf/b" }) { id } }',
    );
    for (const status of ['CONTACTED', 'NEGOTIATING', 'SIGNED', 'LANDED']) await advance(created.data!.createProject.id, status);
    expect(candidatesAtB(await gaps('rf-county'))).not.toContain('rf-b1');
  });

  it('prints the progress sheet from the command line', async () => {
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'src/subgraphs/reports/cli.ts', 'progress', '--param', 'regionId=rf-county', '--format', 'csv'],
      { env: { ...process.env, NEO4J_URI: testNeo4jUri() } },
    );
    expect(stdout).toContain('section,chainId,item,name,before,after,count');
    expect(stdout).toContain('link turned present,rf-chain,rf/b,Link B,,,1');
  });
});
