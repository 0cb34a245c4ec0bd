import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { VIEWER_HEADER } from '../../src/auth/request-viewer.js';
import { signInternalToken, TOKEN_AUDIENCE, TOKEN_ISSUER } from '../../src/auth/tokens.js';
import type { Role } from '../../src/auth/viewer.js';
import { authSettings, DEVELOPMENT_JWT_SECRET } from '../../src/config.js';
import { importDataset } from '../../src/dataset/import.js';
import { SUPERGRAPH_PATH } from '../../src/gateway/compose.js';
import { startGateway } from '../../src/gateway/gateway.js';
import { SUBGRAPHS } from '../../src/subgraphs/index.js';
import { postGraphQL, testToken, useStack, type GraphQLResponse } from '../support/stack.js';

const WORKED_EXAMPLE = fileURLToPath(new URL('../fixtures/worked-example.json', import.meta.url));
const stack = useStack(WORKED_EXAMPLE);
const admin = stack.as('admin');

type Who = 'anonymous' | Role;
const WHO: Who[] = ['anonymous', 'planner', 'analyst', 'admin'];
const querier = (who: Who) => (who === 'anonymous' ? stack.query : stack.as(who, who === 'planner' ? 'wx-county' : undefined));

/** A firm and link no project of these tests has used yet: a firm has one active project per region and link. */
const unusedFirmAndLink = (() => {
  const firms = ['wx-oc1', 'wx-oa1', 'wx-ob1', 'wx-ob3', 'wx-od1', 'wx-oe1', 'wx-of1', 'wx-og1'];
  const links = ['wx/a', 'wx/b', 'wx/c', 'wx/d', 'wx/e', 'wx/f', 'wx/g'];
  let next = 0;
  return () => {
    const at = next++;
    return { enterpriseId: firms[at % firms.length]!, linkId: links[Math.floor(at / firms.length) % links.length]! };
  };
})();

async function newProject(regionId = 'wx-county') {
  const { data, errors } = await admin<{ createProject: { id: string; version: number } }>(
    'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id version } }',
    { input: { name: 'Security test', ...unusedFirmAndLink(), regionId } },
  );
  expect(errors).toBeUndefined();
  return data!.createProject;
}

/** A free carrier in the county's park, a new one each time, for reserveCarrier. */
let carriers = 0;
async function freeCarrier() {
  const id = `wx-carrier-${(carriers += 1)}`;
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'security-')), 'carrier.json');
  writeFileSync(file, JSON.stringify({ carriers: [{ id, name: id, parkId: 'wx-park', kind: 'LAND', areaM2: 1000, status: 'AVAILABLE' }] }));
  await importDataset(stack.driver, file);
  return id;
}

/** A project of the county with an open blocker, for resolveBlocker. */
async function blockedProject() {
  const project = await newProject();
  const { data } = await admin<{ openBlocker: { blockers: { id: string }[] } }>(
    `mutation { openBlocker(projectId: "${project.id}", kind: LAND, text: "Land quota") { blockers { id } } }`,
  );
  return data!.openBlocker.blockers[0]!.id;
}

/** Each protected operation, and the roles that may use it (admins may use everything). */
const OPERATIONS: { name: string; allowed: Who[]; run: (who: Who) => Promise<GraphQLResponse> }[] = [
  { name: 'industries (registry)', allowed: WHO, run: (who) => querier(who)('{ industries { id } }') },
  { name: 'chain (chains)', allowed: WHO, run: (who) => querier(who)('{ chain(id: "wx-chain") { links { id } } }') },
  {
    name: 'chainGaps',
    allowed: ['planner', 'admin'],
    run: (who) => querier(who)('{ chainGaps(regionId: "wx-outside", chainId: "wx-chain") { completeness } }'),
  },
  {
    name: 'simulateRecruitment',
    allowed: ['planner', 'admin'],
    run: (who) =>
      querier(who)('{ simulateRecruitment(regionId: "wx-county", chainId: "wx-chain", enterpriseIds: ["wx-ob1"]) { completeness } }'),
  },
  {
    name: 'Region.chainOverview',
    allowed: ['planner', 'admin'],
    run: (who) => querier(who)('{ region(id: "wx-county") { chainOverview { completeness } } }'),
  },
  { name: 'Region.projects', allowed: ['planner', 'admin'], run: (who) => querier(who)('{ region(id: "wx-county") { projects { id } } }') },
  {
    name: 'Region.growthOpportunities',
    allowed: ['planner', 'admin'],
    run: (who) =>
      querier(who)(
        '{ region(id: "wx-county") { growthOpportunities { relatedness } peers { similarity } chainOpportunities { relatedness } } }',
      ),
  },
  {
    name: 'nationalOverview',
    allowed: ['planner', 'admin'],
    run: (who) =>
      querier(who)(
        '{ nationalOverview(chainId: "wx-chain") { subregions { completeness } } region(id: "wx-city") { subregionOverview(chainId: "wx-chain") { subregions { completeness } } } }',
      ),
  },
  {
    name: 'recruitmentTrips',
    allowed: ['planner', 'admin'],
    run: (who) => querier(who)('{ recruitmentTrips(regionId: "wx-county", chainId: "wx-chain") { totalScore } }'),
  },
  { name: 'project', allowed: ['planner', 'admin'], run: (who) => querier(who)('{ project(id: "wx-project-ob2") { id } }') },
  {
    name: 'createProject',
    allowed: ['planner', 'admin'],
    run: (who) =>
      querier(who)('mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }', {
        input: { name: 'x', ...unusedFirmAndLink(), regionId: 'wx-county' },
      }),
  },
  {
    name: 'updateProject',
    allowed: ['planner', 'admin'],
    run: async (who) => {
      const project = await newProject();
      return querier(who)(`mutation { updateProject(id: "${project.id}", expectedVersion: 1, input: { officer: "x" }) { version } }`);
    },
  },
  {
    name: 'addProjectNote',
    allowed: ['planner', 'admin'],
    run: async (who) => querier(who)(`mutation { addProjectNote(id: "${(await newProject()).id}", text: "x") { version } }`),
  },
  {
    name: 'openBlocker',
    allowed: ['planner', 'admin'],
    run: async (who) =>
      querier(who)(`mutation { openBlocker(projectId: "${(await newProject()).id}", kind: PERMIT, text: "x") { version } }`),
  },
  {
    name: 'resolveBlocker',
    allowed: ['planner', 'admin'],
    run: async (who) => querier(who)(`mutation { resolveBlocker(id: "${await blockedProject()}") { version } }`),
  },
  {
    name: 'setChainChief',
    allowed: ['planner', 'admin'],
    run: (who) => querier(who)('mutation { setChainChief(regionId: "wx-county", chainId: "wx-chain", name: "x") { chief } }'),
  },
  {
    name: 'adoptChainTemplate',
    allowed: ['planner', 'admin'],
    run: (who) => querier(who)('mutation { adoptChainTemplate(regionId: "wx-county", templateId: "photovoltaics") { id } }'),
  },
  {
    name: 'reserveCarrier',
    allowed: ['planner', 'admin'],
    run: async (who) => {
      const [project, carrierId] = await Promise.all([newProject(), freeCarrier()]);
      return querier(who)(
        `mutation { reserveCarrier(projectId: "${project.id}", carrierId: "${carrierId}", expectedVersion: 1) { version } }`,
      );
    },
  },
  {
    name: 'releaseCarrier',
    allowed: ['planner', 'admin'],
    run: async (who) => {
      const [project, carrierId] = await Promise.all([newProject(), freeCarrier()]);
      await admin(`mutation { reserveCarrier(projectId: "${project.id}", carrierId: "${carrierId}", expectedVersion: 1) { version } }`);
      return querier(who)(`mutation { releaseCarrier(projectId: "${project.id}", expectedVersion: 2) { version } }`);
    },
  },
  {
    name: 'editChain',
    allowed: ['admin'],
    run: async (who) => {
      const { data } = await admin<{ chain: { version: number; links: { id: string; name: string }[] } }>(
        '{ chain(id: "wx-chain") { version links { id name } } }',
      );
      const [link] = data!.chain.links;
      return querier(who)(
        `mutation { editChain(chainId: "wx-chain", expectedVersion: ${data!.chain.version}, changes: { renameLinks: [{ linkId: "${link!.id}", name: "${link!.name}" }] }) { version } }`,
      );
    },
  },
  {
    name: 'dropLeadingChain',
    allowed: ['planner', 'admin'],
    run: async (who) => {
      await admin('mutation { adoptChainTemplate(regionId: "wx-county", templateId: "packaging") { id } }');
      return querier(who)('mutation { dropLeadingChain(regionId: "wx-county", chainId: "packaging") { id } }');
    },
  },
  {
    name: 'Region.attention',
    allowed: ['planner', 'admin'],
    run: (who) => querier(who)('{ region(id: "wx-county") { attention { kinds } } }'),
  },
  {
    name: 'advanceProject',
    allowed: ['planner', 'admin'],
    run: async (who) => {
      const project = await newProject();
      return querier(who)(`mutation { advanceProject(id: "${project.id}", status: CONTACTED, expectedVersion: 1) { version } }`);
    },
  },
  { name: 'reports', allowed: ['analyst', 'admin'], run: (who) => querier(who)('{ reports { name } }') },
  { name: 'report', allowed: ['analyst', 'admin'], run: (who) => querier(who)('{ report(name: "park-scorecard") { name } }') },
  {
    name: 'runReport',
    allowed: ['analyst', 'admin'],
    run: (who) => querier(who)('{ runReport(name: "park-scorecard") { rowCount } }'),
  },
  { name: 'runCypher', allowed: ['analyst', 'admin'], run: (who) => querier(who)('{ runCypher(query: "RETURN 1 AS one") { rowCount } }') },
];

describe('the role matrix', () => {
  for (const operation of OPERATIONS) {
    for (const who of WHO) {
      const allowed = operation.allowed.includes(who) || who === 'admin';
      it(`${operation.name} × ${who}: ${allowed ? 'allowed' : 'refused'}`, async () => {
        const response = await operation.run(who);
        if (allowed) {
          expect(response.errors).toBeUndefined();
        } else {
          expect(response.errors?.[0]?.extensions?.code).toBe(who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          expect(JSON.stringify(response.data ?? null)).not.toMatch(/wx-/);
          // Nothing internal in the body: no subgraph URL, no stack; UNAUTHENTICATED says how to sign in.
          expect(JSON.stringify(response.errors)).not.toMatch(/https?:\/\/|stacktrace|\.[jt]s:\d+/);
          if (who === 'anonymous') expect(response.errors?.[0]?.message).toMatch(/^Sign in/);
        }
      });
    }
  }

  it('covers every root field of the protected subgraphs (default: nothing there is public)', () => {
    const covered = new Set(OPERATIONS.map((operation) => operation.name));
    for (const subgraph of SUBGRAPHS.filter((candidate) => ['recruitment', 'reports'].includes(candidate.name))) {
      for (const coordinate of Object.keys(subgraph.policy)) expect(subgraph.policy[coordinate]!.length).toBeGreaterThan(0);
      const roots = subgraph.typeDefs.definitions.flatMap((definition) =>
        definition.kind === 'ObjectTypeDefinition' && ['Query', 'Mutation'].includes(definition.name.value)
          ? (definition.fields ?? []).map((field) => `${definition.name.value}.${field.name.value}`)
          : [],
      );
      for (const root of roots) {
        expect(subgraph.policy[root], `${subgraph.name}: ${root} has a policy`).toBeDefined();
        expect(covered.has(root.split('.')[1]!), `${root} is in the role matrix`).toBe(true);
      }
    }
  });
});

describe('a planner and other regions’ projects (IDOR)', () => {
  it('cannot read, list or change a project of another region by id, and nothing changes', async () => {
    const outside = await newProject('wx-outside');
    const planner = stack.as('planner', 'wx-county');
    const read = await planner(`{ project(id: "${outside.id}") { id name } }`);
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(read.data?.project ?? null).toBeNull();
    const list = await planner('{ region(id: "wx-outside") { projects { id } } }');
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const province = await planner('{ region(id: "wx-province") { projects { id } } }');
    expect(province.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const change = await planner(`mutation { advanceProject(id: "${outside.id}", status: DROPPED, expectedVersion: 1) { id } }`);
    expect(change.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const create = await planner('mutation { createProject(input: { name: "x", enterpriseId: "wx-oc1", regionId: "wx-outside" }) { id } }');
    expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const viaEnterprise = await planner('{ enterprise(id: "wx-oc1") { projects { id region { id } } } }');
    expect(viaEnterprise.errors).toBeUndefined();
    const regions = (viaEnterprise.data as { enterprise: { projects: { region: { id: string } }[] } }).enterprise.projects.map(
      (project) => project.region.id,
    );
    expect(regions.length).toBeGreaterThan(0);
    expect(regions.every((id) => id === 'wx-county')).toBe(true);

    const stored = await admin<{ project: { status: string; version: number } }>(`{ project(id: "${outside.id}") { status version } }`);
    expect(stored.data!.project).toEqual({ status: 'LEAD', version: 1 });
    const own = await stack.as('planner', 'wx-outside')(`{ project(id: "${outside.id}") { id } }`);
    expect(own.errors).toBeUndefined();
  });
});

describe('tokens', () => {
  const send = (token: string) => postGraphQL(stack.gatewayUrl, '{ reports { name } }', undefined, token);
  const sign = (claims: Record<string, unknown>) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(TOKEN_ISSUER).setAudience(TOKEN_AUDIENCE).setIssuedAt();

  const refused: [string, () => Promise<string>][] = [
    [
      'signed with another secret',
      () =>
        sign({ role: 'admin' })
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode('x'.repeat(40))),
    ],
    [
      'expired',
      () =>
        sign({ role: 'admin' })
          .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
          .sign(new TextEncoder().encode(DEVELOPMENT_JWT_SECRET)),
    ],
    ['that never expires', () => sign({ role: 'admin' }).sign(new TextEncoder().encode(DEVELOPMENT_JWT_SECRET))],
    [
      'for another audience',
      () => sign({ role: 'admin' }).setAudience('elsewhere').setExpirationTime('1h').sign(new TextEncoder().encode(DEVELOPMENT_JWT_SECRET)),
    ],
    ['of an unknown role', () => sign({ role: 'root' }).setExpirationTime('1h').sign(new TextEncoder().encode(DEVELOPMENT_JWT_SECRET))],
    [
      'of a planner without a region',
      () => sign({ role: 'planner' }).setExpirationTime('1h').sign(new TextEncoder().encode(DEVELOPMENT_JWT_SECRET)),
    ],
    [
      'unsigned (alg none)',
      async () =>
        `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ role: 'admin', iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE })).toString('base64url')}.`,
    ],
    ['not a JWT', async () => 'garbage'],
  ];
  for (const [what, token] of refused) {
    it(`refuses a token ${what} with 401 UNAUTHENTICATED`, async () => {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await token()}` },
        body: JSON.stringify({ query: '{ industries { id } }' }),
      });
      expect(response.status).toBe(401);
      const body = (await response.json()) as GraphQLResponse;
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(body.data ?? null).toBeNull();
    });
  }

  it('accepts a good token', async () => {
    expect((await send(await testToken('analyst'))).errors).toBeUndefined();
  });

  it('a subgraph refuses a viewer header the gateway did not sign, and treats a request without one as anonymous', async () => {
    const reports = stack.stack.subgraphs.find((subgraph) => subgraph.name === 'reports')!;
    const forged = await signInternalToken({ role: 'admin', subject: 'mallory', regionId: null }, 'not-the-internal-secret-0123456789');
    const response = await fetch(reports.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [VIEWER_HEADER]: forged },
      body: JSON.stringify({ query: '{ reports { name } }' }),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const direct = await postGraphQL(reports.url, '{ runCypher(query: "MATCH (n) RETURN n") { rowCount } }');
    expect(direct.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const entities = await postGraphQL(
      stack.stack.subgraphs.find((subgraph) => subgraph.name === 'recruitment')!.url,
      '{ _entities(representations: [{ __typename: "Project", id: "wx-project-ob2" }]) { ... on Project { name } } }',
    );
    expect(entities.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('operation limits', () => {
  it('refuses operations too deep, too aliased, too long, batched or too large', async () => {
    const deep = `{ region(id: "wx-county") { ${'parent { '.repeat(14)}id${' }'.repeat(14)} } }`;
    const aliased = `{ ${Array.from({ length: 40 }, (_, index) => `a${index}: industries { id }`).join(' ')} }`;
    const long = `{ industries { ${'id '.repeat(3_500)}} }`;
    for (const [query, message] of [
      [deep, /depth/i],
      [aliased, /aliases/i],
      [long, /token/i],
    ] as const) {
      const response = await stack.query(query);
      expect(response.errors?.[0]?.message).toMatch(message);
      expect(response.errors?.[0]?.extensions?.code).toMatch(/GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED|BAD_USER_INPUT/);
    }
    const batched = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ industries { id } }' }, { query: '{ industries { id } }' }]),
    });
    expect(batched.status).toBe(400);
  });

  it('needs a CSRF-safe request: a simple GET without a preflight header is refused', async () => {
    const response = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ industries { id } }')}`);
    expect(response.status).toBe(400);
    const allowed = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ industries { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
  });
});

describe('production settings', () => {
  it('turn introspection and field suggestions off', async () => {
    const auth = authSettings();
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const gateway = await startGateway({
        supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
        subgraphUrls: Object.fromEntries(stack.stack.subgraphs.map((subgraph) => [subgraph.name, subgraph.url])),
        port: 0,
        auth,
      });
      try {
        const introspection = await postGraphQL(gateway.url, '{ __schema { types { name } } }');
        expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
        const typo = await postGraphQL(gateway.url, '{ industriez { id } }');
        expect(typo.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(typo.errors?.[0]?.message).not.toMatch(/did you mean/i);
        const dev = await stack.query('{ industriez { id } }');
        expect(dev.errors?.[0]?.message).toMatch(/did you mean/i);
      } finally {
        await gateway.stop();
      }
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
});

describe('50 concurrent advanceProject calls with the same expectedVersion', () => {
  it('let exactly one win; the other 49 get CONFLICT', async () => {
    const project = await newProject();
    const planner = stack.as('planner', 'wx-county');
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        planner(
          `mutation { advanceProject(id: "${project.id}", status: ${index % 2 ? 'DROPPED' : 'CONTACTED'}, expectedVersion: 1) { version } }`,
        ),
      ),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => result.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(49);
    const stored = await admin<{ project: { version: number } }>(`{ project(id: "${project.id}") { version } }`);
    expect(stored.data!.project.version).toBe(2);
  });
});
