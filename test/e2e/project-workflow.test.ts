/**
 * The recruitment workflow (docs/domain.md, "The recruitment workflow") through the gateway on the worked example:
 * projects with a unit, an officer and a follow-up date, edits, notes and blockers, each an event kept for ever;
 * one active project per firm, region and link; attention; chain chiefs; and the region scope on all of it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../src/dataset/import.js';
import { createAccessToken } from '../../src/auth/tokens.js';
import { DEVELOPMENT_JWT_SECRET } from '../../src/config.js';
import { writeRows } from '../../src/neo4j/driver.js';
import { postGraphQL, useStack } from '../support/stack.js';

const WORKED_EXAMPLE = fileURLToPath(new URL('../fixtures/worked-example.json', import.meta.url));
const stack = useStack(WORKED_EXAMPLE);
const outsider = stack.as('planner', 'wx-outside');
const analyst = stack.as('analyst');

/** A planner of the county with a name for a subject, as an organisation's sign-in gives. */
async function asPlanner<Data>(query: string, variables?: Record<string, unknown>, subject = '王科长') {
  const token = await createAccessToken({ role: 'planner', regionId: 'wx-county', subject, ttl: '10m' }, DEVELOPMENT_JWT_SECRET);
  return postGraphQL<Data>(stack.gatewayUrl, query, variables, token);
}

interface Project {
  id: string;
  name: string;
  status: string;
  version: number;
  investment: number | null;
  responsibleUnit: string | null;
  officer: string | null;
  followUpAt: string | null;
  blockers: { id: string; kind: string; text: string; openedAt: string; resolvedAt: string | null; resolution: string | null }[];
  events: { at: string; by: string; status: string; note: string | null; kind: string }[];
}

const PROJECT = `id name status version investment responsibleUnit officer followUpAt
  blockers { id kind text openedAt resolvedAt resolution } events { at by status note kind }`;

async function create(input: Record<string, unknown>) {
  return asPlanner<{ createProject: Project }>(`mutation ($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT} } }`, {
    input,
  });
}

async function read(id: string): Promise<Project> {
  const { data } = await asPlanner<{ project: Project }>(`query ($id: ID!) { project(id: $id) { ${PROJECT} } }`, { id });
  return data!.project;
}

const update = (id: string, expectedVersion: number, input: Record<string, unknown>) =>
  asPlanner<{ updateProject: Project }>(
    `mutation ($id: ID!, $v: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, expectedVersion: $v, input: $input) { ${PROJECT} } }`,
    { id, v: expectedVersion, input },
  );
const advance = (id: string, status: string, expectedVersion: number, note?: string) =>
  asPlanner<{ advanceProject: Project }>(
    `mutation ($id: ID!, $s: ProjectStatus!, $v: Int!, $note: String) { advanceProject(id: $id, status: $s, expectedVersion: $v, note: $note) { ${PROJECT} } }`,
    { id, s: status, v: expectedVersion, note },
  );
const note = (id: string, text: string) =>
  asPlanner<{ addProjectNote: Project }>(`mutation ($id: ID!, $text: String!) { addProjectNote(id: $id, text: $text) { ${PROJECT} } }`, {
    id,
    text,
  });
const openBlocker = (projectId: string, kind: string, text: string) =>
  asPlanner<{ openBlocker: Project }>(
    `mutation ($id: ID!, $kind: BlockerKind!, $text: String!) { openBlocker(projectId: $id, kind: $kind, text: $text) { ${PROJECT} } }`,
    { id: projectId, kind, text },
  );
const resolveBlocker = (id: string, resolution?: string) =>
  asPlanner<{ resolveBlocker: Project }>(`mutation ($id: ID!, $note: String) { resolveBlocker(id: $id, note: $note) { ${PROJECT} } }`, {
    id,
    note: resolution,
  });

/** Events are listed newest first and never change: every list ends with the one before it. */
function expectAppended(before: Project['events'], after: Project['events'], added: number) {
  expect(after).toHaveLength(before.length + added);
  expect(after.slice(added)).toEqual(before);
}

describe('the project workflow', () => {
  let projectId: string;

  it('creates a project with its unit, officer, follow-up date and first note, as an event by its author', async () => {
    const { data, errors } = await create({
      name: 'F1 新厂',
      enterpriseId: 'wx-of1',
      regionId: 'wx-county',
      linkId: 'wx/f',
      investment: 2e8,
      responsibleUnit: ' 县商务局 ',
      officer: '李专员',
      followUpAt: '2026-12-20',
      note: '首次对接',
    });
    expect(errors).toBeUndefined();
    const project = data!.createProject;
    projectId = project.id;
    expect(project).toMatchObject({ responsibleUnit: '县商务局', officer: '李专员', followUpAt: '2026-12-20', blockers: [] });
    expect(project.events).toEqual([{ at: expect.any(String), by: '王科长', status: 'LEAD', note: '首次对接', kind: 'CREATED' }]);
  });

  it('refuses a second active project for the same firm, region and link, naming the first; allows one once it is dropped', async () => {
    const again = await create({ name: 'F1 again', enterpriseId: 'wx-of1', parkId: 'wx-park', linkId: 'wx/f' });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', projectId } });
    expect(again.errors?.[0]?.message).toContain("'F1 新厂'");
    // Another link, or another region, is another project.
    expect((await create({ name: 'F1 for D', enterpriseId: 'wx-of1', regionId: 'wx-county', linkId: 'wx/d' })).errors).toBeUndefined();

    const other = await create({ name: 'G1 first', enterpriseId: 'wx-og1', regionId: 'wx-county', linkId: 'wx/g' });
    await advance(other.data!.createProject.id, 'DROPPED', 1);
    expect((await create({ name: 'G1 second', enterpriseId: 'wx-og1', regionId: 'wx-county', linkId: 'wx/g' })).errors).toBeUndefined();
  });

  it('lets a new project in once an import ends the active one', async () => {
    const first = (await create({ name: 'B3 first', enterpriseId: 'wx-ob3', regionId: 'wx-county', linkId: 'wx/d' })).data!.createProject;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'chain-graph-workflow-')), 'dropped.json');
    const dropped = { id: first.id, name: 'B3 first', enterpriseId: 'wx-ob3', regionId: 'wx-county', linkId: 'wx/d', status: 'DROPPED' };
    writeFileSync(file, JSON.stringify({ projects: [dropped] }));
    await importDataset(stack.driver, file);
    expect((await create({ name: 'B3 second', enterpriseId: 'wx-ob3', regionId: 'wx-county', linkId: 'wx/d' })).errors).toBeUndefined();
  });

  it('keeps one active project when many creations race for the same firm, region and link', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 10 }, (_, i) => create({ name: `E1 race ${i}`, enterpriseId: 'wx-oe1', regionId: 'wx-county', linkId: 'wx/e' })),
    );
    expect(attempts.filter((attempt) => attempt.data?.createProject)).toHaveLength(1);
    expect(attempts.filter((attempt) => attempt.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(9);
  });

  it('edits only the fields given (null clears), as one EDITED event, and refuses bad or stale edits', async () => {
    const before = await read(projectId);
    const { data, errors } = await update(projectId, before.version, { officer: '赵专员', followUpAt: null, investment: 3e8 });
    expect(errors).toBeUndefined();
    const edited = data!.updateProject;
    expect(edited).toMatchObject({ name: 'F1 新厂', responsibleUnit: '县商务局', officer: '赵专员', followUpAt: null, investment: 3e8 });
    expect(edited.version).toBe(before.version + 1);
    expectAppended(before.events, edited.events, 1);
    expect(edited.events[0]).toMatchObject({ kind: 'EDITED', by: '王科长', status: 'LEAD' });

    const stale = await update(projectId, before.version, { officer: 'x' });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: edited.version });
    const bad = await update(projectId, edited.version, { name: null, followUpAt: '2026-02-30' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badDate = await update(projectId, edited.version, { followUpAt: '2026-02-30' });
    expect(badDate.errors?.[0]?.message).toContain('followUpAt must be a date as YYYY-MM-DD');
    expect(await read(projectId)).toEqual(edited);
  });

  it('records moves with their note, notes and blockers as events, and never edits or loses one', async () => {
    let current = await read(projectId);
    const step = async (change: Promise<{ data?: Record<string, Project> | null; errors?: unknown }>, added = 1) => {
      const result = await change;
      expect(result.errors).toBeUndefined();
      const next = Object.values(result.data!)[0]!;
      expectAppended(current.events, next.events, added);
      current = next;
      return next;
    };
    await step(advance(projectId, 'CONTACTED', current.version, '已电话联系'));
    expect(current.events[0]).toMatchObject({ kind: 'STATUS_CHANGED', status: 'CONTACTED', note: '已电话联系' });
    await step(note(projectId, '对方总经理下周来考察'));
    expect(current.events[0]).toMatchObject({ kind: 'NOTE', note: '对方总经理下周来考察', status: 'CONTACTED' });
    await step(openBlocker(projectId, 'LAND', '用地指标未落实'));
    expect(current.blockers).toEqual([
      {
        id: expect.stringMatching(/^blocker-/),
        kind: 'LAND',
        text: '用地指标未落实',
        openedAt: expect.any(String),
        resolvedAt: null,
        resolution: null,
      },
    ]);
    const blockerId = current.blockers[0]!.id;
    await step(resolveBlocker(blockerId, '县自然资源局已调剂指标'));
    expect(current.blockers[0]).toMatchObject({ resolution: '县自然资源局已调剂指标', resolvedAt: expect.any(String) });
    expect(current.events[0]).toMatchObject({ kind: 'BLOCKER_RESOLVED' });

    const twice = await resolveBlocker(blockerId);
    expect(twice.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(twice.errors?.[0]?.message).toContain('resolved already');
    expect((await resolveBlocker('blocker-ghost')).errors?.[0]).toMatchObject({
      message: "no Blocker 'blocker-ghost'.",
      extensions: { code: 'NOT_FOUND' },
    });
    expect((await note(projectId, '  ')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await read(projectId)).events).toEqual(current.events);
  });

  it('lets one of 50 racing edits of the same version through, and loses none of 50 racing notes', async () => {
    const before = await read(projectId);
    const edits = await Promise.all(Array.from({ length: 50 }, (_, i) => update(projectId, before.version, { officer: `专员${i}` })));
    const winners = edits.filter((edit) => edit.data?.updateProject);
    expect(winners).toHaveLength(1);
    expect(edits.filter((edit) => edit.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(49);
    const afterEdits = await read(projectId);
    expect(afterEdits.officer).toBe(winners[0]!.data!.updateProject.officer);
    expectAppended(before.events, afterEdits.events, 1);

    const notes = await Promise.all(Array.from({ length: 50 }, (_, i) => note(projectId, `note ${i}`)));
    expect(notes.flatMap((result) => result.errors ?? [])).toEqual([]);
    const afterNotes = await read(projectId);
    expectAppended(afterEdits.events, afterNotes.events, 50);
    expect(new Set(afterNotes.events.slice(0, 50).map((event) => event.note)).size).toBe(50);
    expect(afterNotes.version).toBe(afterEdits.version + 50);
  });

  it('lists the region’s projects that need attention: overdue, blocked or stale, with why', async () => {
    const overdue = (await create({ name: 'A1 overdue', enterpriseId: 'wx-oa1', regionId: 'wx-county', followUpAt: '2026-01-05' })).data!
      .createProject;
    const blocked = (await create({ name: 'C1 blocked', enterpriseId: 'wx-oc1', regionId: 'wx-county' })).data!.createProject;
    await openBlocker(blocked.id, 'ENVIRONMENT', '环评未批复');
    const stale = (await create({ name: 'D1 stale', enterpriseId: 'wx-od1', regionId: 'wx-county' })).data!.createProject;
    // Time passes for this one: its only event happened 40 days ago.
    await writeRows(
      stack.driver,
      'MATCH (:Project {id: $id})-[:HAS_EVENT]->(e:ProjectEvent) SET e.at = datetime() - duration({days: 40})',
      {
        id: stale.id,
      },
    );
    const { data, errors } = await asPlanner<{ region: { attention: { project: { id: string }; kinds: string[]; reasons: string[] }[] } }>(
      '{ region(id: "wx-county") { attention { project { id } kinds reasons } } }',
    );
    expect(errors).toBeUndefined();
    const byId = new Map(data!.region.attention.map((item) => [item.project.id, item]));
    expect(byId.get(overdue.id)).toMatchObject({
      kinds: ['OVERDUE'],
      reasons: [expect.stringMatching(/^follow-up was due on 2026-01-05, \d+ days ago$/)],
    });
    expect(byId.get(blocked.id)).toMatchObject({
      kinds: ['BLOCKED'],
      reasons: [expect.stringMatching(/^blocked \(environment\) since .*: 环评未批复$/)],
    });
    expect(byId.get(stale.id)).toMatchObject({ kinds: ['STALE'], reasons: [expect.stringMatching(/^nothing done for 40 days/)] });
    expect(byId.has(projectId)).toBe(false); // its blocker was resolved, its follow-up date cleared, and it was just changed
  });

  it('names a chain chief for a leading chain, shown on the chain’s overview', async () => {
    const { data, errors } = await asPlanner<{ setChainChief: { chief: string; chain: { id: string } } }>(
      'mutation { setChainChief(regionId: "wx-county", chainId: "wx-chain", name: "张副县长") { chief chain { id } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.setChainChief).toEqual({ chief: '张副县长', chain: { id: 'wx-chain' } });
    const overview = await asPlanner<{ region: { chainOverview: { chief: string }[] } }>(
      '{ region(id: "wx-county") { chainOverview { chief } } }',
    );
    expect(overview.data!.region.chainOverview).toEqual([{ chief: '张副县长' }]);
    const notLeading = await asPlanner('mutation { setChainChief(regionId: "wx-park-none", chainId: "wx-chain", name: "x") { chief } }');
    expect(notLeading.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const city = await stack.as('admin')('mutation { setChainChief(regionId: "wx-city", chainId: "wx-chain", name: "x") { chief } }');
    expect(city.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'chainId' } });
  });

  it('shows each link’s active projects: neither DROPPED nor OPERATING, in the viewer’s scope', async () => {
    const query = '{ region(id: "wx-county") { chainOverview { links { link { id } activeProjects { id status } } } } }';
    type Links = { region: { chainOverview: { links: { link: { id: string }; activeProjects: { id: string; status: string }[] }[] }[] } };
    const { data } = await asPlanner<Links>(query);
    const atB = data!.region.chainOverview[0]!.links.find((link) => link.link.id === 'wx/b')!;
    expect(atB.activeProjects.map((project) => project.id).sort()).toEqual(['wx-project-ob2', 'wx-project-ob4']);
    const atG = data!.region.chainOverview[0]!.links.find((link) => link.link.id === 'wx/g')!;
    expect(atG.activeProjects.map((project) => project.status)).toEqual(['LEAD']); // the dropped one is not listed
    const seenFromOutside = await outsider<Links>(query);
    expect(seenFromOutside.data!.region.chainOverview[0]!.links.every((link) => link.activeProjects.length === 0)).toBe(true);
  });

  it('refuses every new mutation and field outside the planner’s region, and to other roles', async () => {
    const { version } = await read(projectId);
    const blockerId = (await read(projectId)).blockers[0]!.id;
    const attempts = {
      updateProject: `mutation { updateProject(id: "${projectId}", expectedVersion: ${version}, input: { officer: "x" }) { id } }`,
      advanceProject: `mutation { advanceProject(id: "${projectId}", status: DROPPED, expectedVersion: ${version}) { id } }`,
      addProjectNote: `mutation { addProjectNote(id: "${projectId}", text: "x") { id } }`,
      openBlocker: `mutation { openBlocker(projectId: "${projectId}", kind: OTHER, text: "x") { id } }`,
      resolveBlocker: `mutation { resolveBlocker(id: "${blockerId}") { id } }`,
      setChainChief: 'mutation { setChainChief(regionId: "wx-county", chainId: "wx-chain", name: "x") { chief } }',
      attention: '{ region(id: "wx-county") { attention { project { id } } } }',
    };
    for (const [name, query] of Object.entries(attempts)) {
      const outside = await outsider(query);
      expect(outside.errors?.[0]?.extensions?.code, `${name} by a planner of another region`).toBe('FORBIDDEN');
      const other = await analyst(query);
      expect(other.errors?.[0]?.extensions?.code, `${name} by an analyst`).toBe('FORBIDDEN');
    }
    expect(await read(projectId)).toMatchObject({ version, officer: (await read(projectId)).officer });
  });
});
