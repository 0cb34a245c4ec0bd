/**
 * A project says what site it needs and gets one (docs/domain.md, "Carriers"), end to end on the demo data: Shangcai's
 * parks offer standard factories A3 (6,000 m², 800 kVA), B2 (5,200 m², 630 kVA, from 2027-03-01) and C1 (8,000 m²,
 * 1,250 kVA) free, B1 occupied (seeds/demo/carriers.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../src/dataset/import.js';
import { useStack } from '../support/stack.js';

const stack = useStack();
const planner = stack.as('planner', 'shangcai');

interface ProjectAnswer {
  id: string;
  version: number;
  status: string;
  siteNeed: { kind: string; minAreaM2: number; powerKva: number | null } | null;
  carrier: { id: string; status: string } | null;
  events: { kind: string; note: string | null }[];
}
const PROJECT = 'id version status siteNeed { kind minAreaM2 powerKva } carrier { id status } events { kind note }';

let firms: string[] = [];
async function newProject(name: string, siteNeed?: Record<string, unknown>): Promise<ProjectAnswer> {
  if (firms.length === 0) {
    const { data } = await planner<{ enterprises: { edges: { node: { id: string } }[] } }>(
      '{ enterprises(first: 40, filter: { regionId: "henan" }) { edges { node { id } } } }',
    );
    firms = data!.enterprises.edges.map((edge) => edge.node.id);
  }
  const { data, errors } = await planner<{ createProject: ProjectAnswer }>(
    `mutation ($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT} } }`,
    { input: { name, enterpriseId: firms.shift(), regionId: 'shangcai', ...(siteNeed ? { siteNeed } : {}) } },
  );
  expect(errors).toBeUndefined();
  return data!.createProject;
}

const reserve = (project: { id: string; version: number }, carrierId: string) =>
  planner<{ reserveCarrier: ProjectAnswer }>(
    `mutation { reserveCarrier(projectId: "${project.id}", carrierId: "${carrierId}", expectedVersion: ${project.version}) { ${PROJECT} } }`,
  );
const carrierStatus = async (id: string) => {
  const { data } = await planner<{ region: { carriers: { id: string; status: string; reservedFor: { id: string } | null }[] } }>(
    '{ region(id: "shangcai") { carriers(first: 100) { id status reservedFor { id } } } }',
  );
  return data!.region.carriers.find((carrier) => carrier.id === id)!;
};

describe('a project’s site', () => {
  it('lists the free carriers that meet its need: smallest adequate area first, each with why', async () => {
    const project = await newProject('Sites: a shoe plant', { kind: 'STANDARD_FACTORY', minAreaM2: 5000 });
    expect(project.siteNeed).toEqual({ kind: 'STANDARD_FACTORY', minAreaM2: 5000, powerKva: null });
    const { data, errors } = await planner<{
      project: { matchingCarriers: { carrier: { id: string; name: string }; reasons: string[] }[] };
    }>(`{ project(id: "${project.id}") { matchingCarriers { carrier { id name } reasons } } }`);
    expect(errors).toBeUndefined();
    expect(data!.project.matchingCarriers.map((match) => match.carrier.id)).toEqual(['xiongan-sf-b2', 'xiongan-sf-a3', 'longfeng-sf-c1']);
    expect(data!.project.matchingCarriers[0]).toEqual({
      carrier: { id: 'xiongan-sf-b2', name: 'Standard factory B2' },
      reasons: ['5,200 m² for the 5,000 m² needed', 'available from 2027-03-01'],
    });

    // 700 kVA: B2's 630 is not enough.
    const updated = await planner<{ updateProject: { siteNeed: { powerKva: number }; matchingCarriers: { carrier: { id: string } }[] } }>(
      `mutation { updateProject(id: "${project.id}", expectedVersion: ${project.version}, input: { siteNeed: { kind: STANDARD_FACTORY, minAreaM2: 5000, powerKva: 700 } }) {
        siteNeed { powerKva } matchingCarriers(first: 1) { carrier { id } } } }`,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateProject.matchingCarriers.map((match) => match.carrier.id)).toEqual(['xiongan-sf-a3']);
  });

  it('reserves one, releases what it held, and follows the project: occupied once it operates, free once dropped', async () => {
    let project = await newProject('Sites: reserved then operating', { kind: 'STANDARD_FACTORY', minAreaM2: 5000 });
    const first = await reserve(project, 'xiongan-sf-b2');
    expect(first.errors).toBeUndefined();
    project = first.data!.reserveCarrier;
    expect(project.carrier).toEqual({ id: 'xiongan-sf-b2', status: 'RESERVED' });
    // Reserving another releases the first.
    const second = await reserve(project, 'xiongan-sf-a3');
    project = second.data!.reserveCarrier;
    expect(project.carrier).toEqual({ id: 'xiongan-sf-a3', status: 'RESERVED' });
    expect((await carrierStatus('xiongan-sf-b2')).status).toBe('AVAILABLE');
    expect((await carrierStatus('xiongan-sf-a3')).reservedFor).toEqual({ id: project.id });
    expect(project.events.slice(0, 3).map((event) => `${event.kind} ${event.note}`)).toEqual([
      'CARRIER_RESERVED Standard factory A3 (xiongan-sf-a3)',
      'CARRIER_RELEASED Standard factory B2 (xiongan-sf-b2)',
      'CARRIER_RESERVED Standard factory B2 (xiongan-sf-b2)',
    ]);
    for (const status of ['CONTACTED', 'NEGOTIATING', 'SIGNED', 'LANDED', 'OPERATING']) {
      const moved = await planner<{ advanceProject: ProjectAnswer }>(
        `mutation { advanceProject(id: "${project.id}", status: ${status}, expectedVersion: ${project.version}) { ${PROJECT} } }`,
      );
      expect(moved.errors).toBeUndefined();
      project = moved.data!.advanceProject;
    }
    expect(project.carrier).toEqual({ id: 'xiongan-sf-a3', status: 'OCCUPIED' });
    expect(project.events[0]!.kind).toBe('CARRIER_OCCUPIED');

    let dropped = await newProject('Sites: dropped', { kind: 'STANDARD_FACTORY', minAreaM2: 5000 });
    dropped = (await reserve(dropped, 'xiongan-sf-b2')).data!.reserveCarrier;
    const drop = await planner<{ advanceProject: ProjectAnswer }>(
      `mutation { advanceProject(id: "${dropped.id}", status: DROPPED, expectedVersion: ${dropped.version}) { ${PROJECT} } }`,
    );
    expect(drop.data!.advanceProject.carrier).toBeNull();
    expect(drop.data!.advanceProject.events[0]!.kind).toBe('CARRIER_RELEASED');
    expect((await carrierStatus('xiongan-sf-b2')).status).toBe('AVAILABLE');
  });

  it('gives a carrier to one of ten racing projects; the others get CONFLICT naming it', async () => {
    const racers = await Promise.all(Array.from({ length: 10 }, (_, i) => newProject(`Sites: racer ${i}`)));
    const answers = await Promise.all(racers.map((racer) => reserve(racer, 'longfeng-sf-c1')));
    const winners = answers.filter((answer) => !answer.errors);
    expect(winners).toHaveLength(1);
    const winner = winners[0]!.data!.reserveCarrier;
    for (const answer of answers.filter((candidate) => candidate.errors)) {
      expect(answer.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', projectId: winner.id } });
      expect(answer.errors![0]!.message).toContain(`(${winner.id})`);
    }
    expect((await carrierStatus('longfeng-sf-c1')).reservedFor).toEqual({ id: winner.id });
    const released = await planner<{ releaseCarrier: ProjectAnswer }>(
      `mutation { releaseCarrier(projectId: "${winner.id}", expectedVersion: ${winner.version}) { ${PROJECT} } }`,
    );
    expect(released.data!.releaseCarrier.carrier).toBeNull();
    expect((await carrierStatus('longfeng-sf-c1')).status).toBe('AVAILABLE');
  });

  it('refuses a carrier in use, one outside the project’s region, one that does not exist, and a stale version', async () => {
    const project = await newProject('Sites: refusals');
    const occupied = await reserve(project, 'xiongan-sf-b1');
    expect(occupied.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'carrierId' } });
    expect(occupied.errors?.[0]?.message).toContain("carrier 'xiongan-sf-b1' is OCCUPIED, not AVAILABLE");

    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sites-')), 'weihui.json');
    writeFileSync(
      file,
      JSON.stringify({
        carriers: [{ id: 'houhe-plot', name: 'Houhe plot', parkId: 'houhe-park', kind: 'LAND', areaM2: 20000, status: 'AVAILABLE' }],
      }),
    );
    await importDataset(stack.driver, file);
    const elsewhere = await reserve(project, 'houhe-plot');
    expect(elsewhere.errors?.[0]?.message).toContain("carrier 'houhe-plot' is not at or under the project's region");

    const missing = await reserve(project, 'atlantis');
    expect(missing.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const stale = await reserve({ id: project.id, version: project.version - 1 }, 'xiongan-sf-b2');
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await carrierStatus('xiongan-sf-b2')).status).toBe('AVAILABLE');
  });
});
