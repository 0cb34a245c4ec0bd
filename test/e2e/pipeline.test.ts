import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readRows } from '../../src/neo4j/driver.js';
import { useStack } from '../support/stack.js';

const WORKED_EXAMPLE = fileURLToPath(new URL('../fixtures/worked-example.json', import.meta.url));

const stack = useStack(WORKED_EXAMPLE);
const admin = stack.as('admin');

interface Project {
  id: string;
  status: string;
  version: number;
  nextStatuses: string[];
  updatedAt: string;
  enterprise: { id: string; name: string };
  region: { id: string };
  park: { id: string } | null;
  link: { id: string; name: string } | null;
}

const PROJECT = 'id status version nextStatuses updatedAt enterprise { id name } region { id } park { id } link { id name }';

async function createProject(input: Record<string, unknown>) {
  return admin<{ createProject: Project }>(`mutation ($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT} } }`, {
    input,
  });
}

async function advance(id: string, status: string, expectedVersion: number) {
  return admin<{ advanceProject: Project }>(
    `mutation ($id: ID!, $status: ProjectStatus!, $expectedVersion: Int!) {
      advanceProject(id: $id, status: $status, expectedVersion: $expectedVersion) { ${PROJECT} }
    }`,
    { id, status, expectedVersion },
  );
}

async function stored(id: string) {
  const [row] = await readRows<{ status: string; version: number }>(
    stack.driver,
    'MATCH (project:Project {id: $id}) RETURN project.status AS status, project.version AS version',
    { id },
  );
  return row;
}

describe('the recruitment pipeline', () => {
  it('creates a LEAD project in a park, with what it points at', async () => {
    const { data, errors } = await createProject({
      name: ' Outside C1 plant ',
      enterpriseId: 'wx-oc1',
      parkId: 'wx-park',
      linkId: 'wx/c',
      investment: 3e7,
    });
    expect(errors).toBeUndefined();
    const project = data!.createProject;
    expect(project).toMatchObject({
      status: 'LEAD',
      version: 1,
      nextStatuses: ['CONTACTED', 'DROPPED'],
      enterprise: { id: 'wx-oc1', name: 'Outside C1' },
      region: { id: 'wx-county' },
      park: { id: 'wx-park' },
      link: { id: 'wx/c', name: 'Link C' },
    });
    expect(project.id).toMatch(/^project-/);
    expect(Date.parse(project.updatedAt)).not.toBeNaN();
  });

  it('refuses a project with unknown references (NOT_FOUND) or a bad input (BAD_USER_INPUT), creating nothing', async () => {
    const before = await readRows<{ n: number }>(stack.driver, 'MATCH (p:Project) RETURN count(p) AS n');
    const unknown = await createProject({ name: 'x', enterpriseId: 'ghost', regionId: 'atlantis', linkId: 'wx/zz' });
    expect(unknown.errors?.[0]).toMatchObject({
      message: "input: no Enterprise 'ghost'; no Region 'atlantis'; no ChainLink 'wx/zz'.",
      extensions: { code: 'NOT_FOUND' },
    });
    const both = await createProject({ name: 'x', enterpriseId: 'wx-oc1', regionId: 'wx-county', parkId: 'wx-park', investment: -1 });
    expect(both.errors?.[0]).toMatchObject({
      message: 'input: give regionId or parkId, not both (a park implies its region); investment must be from 0 to 10^15 yuan.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const huge = await createProject({ name: 'x', enterpriseId: 'wx-oc1', regionId: 'wx-county', investment: 1e308 });
    expect(huge.errors?.[0]).toMatchObject({
      message: 'input: investment must be from 0 to 10^15 yuan.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const nul = await createProject({ name: 'x', enterpriseId: 'wx-oc1', regionId: 'wx-county', note: 'call\u0000back' });
    expect(nul.errors?.[0]).toMatchObject({
      message: 'input: note holds an invisible control or text-direction character (U+0000 at position 5); remove it.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    // A right-to-left override would show "txt.exe" as "exe.txt" to the next planner who reads it.
    const bidi = await createProject({ name: 'visit \u202Eexe.txt', enterpriseId: 'wx-oc1', regionId: 'wx-county' });
    expect(bidi.errors?.[0]?.message).toMatch(/name holds an invisible control or text-direction character \(U\+202E at position 7\)/);
    expect(await readRows(stack.driver, 'MATCH (p:Project) RETURN count(p) AS n')).toEqual(before);
  });

  it('moves only along the allowed transitions, each bumping the version', async () => {
    const { data } = await createProject({ name: 'Outside F1', enterpriseId: 'wx-of1', regionId: 'wx-county', linkId: 'wx/f' });
    const id = data!.createProject.id;
    const contacted = await advance(id, 'CONTACTED', 1);
    expect(contacted.data!.advanceProject).toMatchObject({ status: 'CONTACTED', version: 2, nextStatuses: ['NEGOTIATING', 'DROPPED'] });

    const skip = await advance(id, 'SIGNED', 2);
    expect(skip.errors?.[0]).toMatchObject({
      message: 'status: a CONTACTED project can move only to NEGOTIATING or DROPPED, not to SIGNED.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await stored(id)).toEqual({ status: 'CONTACTED', version: 2 });

    const dropped = await advance(id, 'DROPPED', 2);
    expect(dropped.data!.advanceProject).toMatchObject({ status: 'DROPPED', version: 3, nextStatuses: [] });
    const revived = await advance(id, 'LEAD', 3);
    expect(revived.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const missing = await advance('project-ghost', 'CONTACTED', 1);
    expect(missing.errors?.[0]).toMatchObject({ message: "no Project 'project-ghost'.", extensions: { code: 'NOT_FOUND' } });
  });

  it('refuses a stale expectedVersion with CONFLICT and changes nothing', async () => {
    const { data } = await createProject({ name: 'Outside G1', enterpriseId: 'wx-og1', regionId: 'wx-county' });
    const id = data!.createProject.id;
    await advance(id, 'CONTACTED', 1);
    const stale = await advance(id, 'DROPPED', 1);
    expect(stale.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', currentVersion: 2, currentStatus: 'CONTACTED' },
    });
    expect(stale.errors?.[0]?.message).toContain('was changed by someone else');
    expect(await stored(id)).toEqual({ status: 'CONTACTED', version: 2 });
  });

  it('lets exactly one of several concurrent updates of the same version through', async () => {
    for (const enterpriseId of ['wx-oe1', 'wx-oa1', 'wx-od1']) {
      const { data } = await createProject({ name: `Race for ${enterpriseId}`, enterpriseId, regionId: 'wx-county' });
      const id = data!.createProject.id;
      const attempts = ['CONTACTED', 'DROPPED', 'CONTACTED', 'DROPPED', 'CONTACTED', 'DROPPED'];
      const results = await Promise.all(attempts.map((status) => advance(id, status, 1)));
      const succeeded = results.filter((result) => result.data?.advanceProject);
      const conflicts = results.filter((result) => result.errors?.[0]?.extensions?.code === 'CONFLICT');
      expect(succeeded).toHaveLength(1);
      expect(conflicts).toHaveLength(attempts.length - 1);
      expect(await stored(id)).toEqual({ status: succeeded[0]!.data!.advanceProject.status, version: 2 });
    }
  });

  it('lists projects by region subtree, enterprise and link', async () => {
    const { data, errors } = await admin<Record<string, { projects: { id: string }[] } | null>>(`{
      county: region(id: "wx-county") { projects { id } }
      province: region(id: "wx-province") { projects { id } }
      outside: region(id: "wx-outside") { projects { id } }
      landed: region(id: "wx-city") { projects(status: LANDED) { id } }
      enterprise(id: "wx-ob4") { projects { id } }
      chainLink(id: "wx/b") { projects { id } }
    }`);
    expect(errors).toBeUndefined();
    const ids = (key: string) => data![key]!.projects.map((project) => project.id).sort();
    expect(ids('county').length).toBeGreaterThanOrEqual(6);
    expect(ids('province')).toEqual(ids('county'));
    expect(ids('outside')).toEqual([]);
    expect(ids('landed')).toEqual(['wx-project-ob4']);
    expect(ids('enterprise')).toEqual(['wx-project-ob4']);
    expect(ids('chainLink')).toEqual(['wx-project-ob2', 'wx-project-ob4']);
  });

  it('stops offering a firm as a candidate once its project has LANDED in the region', async () => {
    const candidates = async () => {
      const { data } = await admin<{ chainGaps: { gaps: { link: { id: string }; candidates: { enterprise: { id: string } }[] }[] } }>(
        '{ chainGaps(regionId: "wx-city", chainId: "wx-chain") { gaps { link { id } candidates { enterprise { id } } } } }',
      );
      return data!.chainGaps.gaps.find((gap) => gap.link.id === 'wx/g')!.candidates.map((candidate) => candidate.enterprise.id);
    };
    expect(await candidates()).toEqual(['wx-og1']);
    const { data } = await createProject({ name: 'G1 plant', enterpriseId: 'wx-og1', parkId: 'wx-park', linkId: 'wx/g' });
    let project = data!.createProject;
    for (const status of ['CONTACTED', 'NEGOTIATING', 'SIGNED', 'LANDED']) {
      project = (await advance(project.id, status, project.version)).data!.advanceProject;
    }
    expect(project).toMatchObject({ status: 'LANDED', version: 5 });
    expect(await candidates()).toEqual([]);
  });
});
