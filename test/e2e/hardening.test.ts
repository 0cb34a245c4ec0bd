/**
 * The attacks of the hardening review, each re-run against the real stack over the demo data: each must be refused
 * or harmless, with nothing lost or leaked.
 */
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '../../src/auth/tokens.js';
import { authSettings, DEVELOPMENT_JWT_SECRET } from '../../src/config.js';
import { DEMO_DATASET } from '../../src/dataset/demo.js';
import { importDataset } from '../../src/dataset/import.js';
import { IMPORT_STARTED } from '../../src/dataset/repository.js';
import { SUPERGRAPH_PATH } from '../../src/gateway/compose.js';
import { startGateway } from '../../src/gateway/gateway.js';
import { readRows, writeRows } from '../../src/neo4j/driver.js';
import { postGraphQL, postToSubgraph, testToken, useStack } from '../support/stack.js';

const stack = useStack();
const shangcaiPlanner = stack.as('planner', 'shangcai');

describe('a region hierarchy with a cycle in the database', () => {
  const addCycle = "MATCH (henan:Region {id: 'henan'}), (shangcai:Region {id: 'shangcai'}) MERGE (henan)-[:PART_OF]->(shangcai)";
  const removeCycle = "MATCH (:Region {id: 'henan'})-[edge:PART_OF]->(:Region {id: 'shangcai'}) DELETE edge";

  it("does not show a county's planner the projects of the counties around it", async () => {
    await writeRows(stack.driver, addCycle);
    try {
      const { data, errors } = await shangcaiPlanner<{ region: { projects: { id: string }[] } }>(
        '{ region(id: "shangcai") { projects { id } } }',
      );
      expect(errors).toBeUndefined();
      expect(data!.region.projects.map((project) => project.id).sort()).toEqual([
        'shangcai-longfeng-park',
        'shangcai-smartphone-display',
        'shangcai-xiongan-footwear-park',
      ]);
      const other = await shangcaiPlanner('{ project(id: "minquan-huayi-compressors") { id investment } }');
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(other.data?.project ?? null).toBeNull();
      const henan = await shangcaiPlanner('{ region(id: "henan") { projects { id } } }');
      expect(henan.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await writeRows(stack.driver, removeCycle);
    }
  });
});

describe('an analyst query that would harm other users', () => {
  const analyst = stack.as('analyst');
  const runCypher = (query: string, params: Record<string, unknown> = {}) =>
    analyst<{ runCypher: { rows: Record<string, unknown>[] } }>(
      'query ($query: String!, $params: JSON) { runCypher(query: $query, params: $params) { rows } }',
      { query, params },
    );

  it.each([
    ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS'],
    ['TERMINATE TRANSACTIONS over a range of ids', "TERMINATE TRANSACTIONS [x IN range(1, 2000) | 'neo4j-transaction-' + toString(x)]"],
    ['SHOW SETTINGS', 'SHOW SETTINGS'],
  ])('refuses %s by what its plan does', async (_what, query) => {
    const { errors } = await runCypher(query);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/administrative command/);
  });

  it('stops a memory bomb alone, while a planner is answered at the same time', async () => {
    const [bomb, planner] = await Promise.all([
      runCypher('UNWIND range(1, 200000000) AS x RETURN size(collect(x)) AS n'),
      shangcaiPlanner<{ chainGaps: { completeness: number } }>('{ chainGaps(regionId: "shangcai", chainId: "footwear") { completeness } }'),
    ]);
    expect(bomb.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bomb.errors?.[0]?.message).toMatch(/more memory than one query may use/);
    expect(planner.errors).toBeUndefined();
    expect(planner.data!.chainGaps.completeness).toBeGreaterThan(0);
  });

  it('refuses a regular expression, which no timeout stops, but not the text =~ in a string', async () => {
    const { errors } = await runCypher("RETURN $s =~ '(.*a){12}b' AS m", { s: 'a'.repeat(40) });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/Regular expressions \(=~\) are not allowed.*STARTS WITH/);
    const text = await runCypher("RETURN 'a =~ b' AS s // =~");
    expect(text.errors).toBeUndefined();
    expect(text.data!.runCypher.rows).toEqual([{ s: 'a =~ b' }]);
  });

  it('stops the transaction of a request its client abandons', async () => {
    const slow = 'MATCH (a), (b), (c), (d) WHERE a.id + b.id + c.id + d.id = "never" RETURN count(*) AS n';
    const token = await testToken('analyst');
    const client = new AbortController();
    const request = fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query ($q: String!) { runCypher(query: $q) { rowCount } }', variables: { q: slow } }),
      signal: client.signal,
    }).catch(() => undefined);
    const running = () =>
      readRows<{ n: number }>(stack.driver, "SHOW TRANSACTIONS YIELD metaData WHERE metaData.query = 'runCypher' RETURN count(*) AS n");
    await vi.waitFor(async () => expect((await running())[0]!.n).toBe(1), { timeout: 5_000, interval: 100 });
    client.abort();
    await request;
    // Without the hand-off it would run on for its whole 10 s timeout.
    await vi.waitFor(async () => expect((await running())[0]!.n).toBe(0), { timeout: 3_000, interval: 100 });
  });
});

describe('an operation whose lists multiply', () => {
  const fanOut =
    '{ enterprises(first: 100) { edges { node { customers { customer { suppliers { supplier { customers { customer { id } } } } } } } } } }';

  it('is refused before it runs, however few fields it names', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: fanOut }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0]!.message).toMatch(/more than the 50000 allowed: ask for fewer items/);
  });

  it('pages the lists of regions and parks', async () => {
    const first = await stack.query<{ regions: { id: string }[] }>('{ regions(first: 2) { id } }');
    expect(first.data!.regions).toHaveLength(2);
    const next = await stack.query<{ regions: { id: string }[] }>('query ($after: ID) { regions(first: 2, after: $after) { id } }', {
      after: first.data!.regions[1]!.id,
    });
    expect(next.data!.regions[0]!.id > first.data!.regions[1]!.id).toBe(true);
    const tooMany = await stack.query('{ regions(first: 5000) { id } }');
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const children = await stack.query<{ region: { children: { id: string }[] } }>('{ region(id: "henan") { children(first: 1) { id } } }');
    expect(children.data!.region.children).toHaveLength(1);
  });
});

describe('the subgraphs behind the gateway', () => {
  it('listen on loopback only', () => {
    for (const subgraph of stack.stack.subgraphs) expect(new URL(subgraph.url).hostname).toBe('127.0.0.1');
  });

  it('answer no request without the gateway’s signed viewer, _service included', async () => {
    for (const subgraph of stack.stack.subgraphs) {
      const response = await fetch(subgraph.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
      });
      expect(response.status).toBe(401);
      const body = await response.text();
      expect(body).toContain('UNAUTHENTICATED');
      expect(body).not.toContain('type Query');
    }
  });

  it('apply the gateway’s limits to a request that carries a viewer', async () => {
    const registryUrl = stack.stack.subgraphs.find((subgraph) => subgraph.name === 'registry')!.url;
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: industries { id }`).join(' ');
    const response = await postToSubgraph(registryUrl, `{ ${aliases} }`);
    expect(response.errors?.[0]?.message).toMatch(/aliases/i);
    expect(response.data ?? null).toBeNull();
  });
});

describe('a retried project creation', () => {
  const create = (idempotencyKey: string, enterpriseId = 'jinjiang-sanchuang-soles') =>
    shangcaiPlanner<{ createProject: { id: string } }>('mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }', {
      input: { name: 'Sanchuang soles plant', enterpriseId, regionId: 'shangcai', idempotencyKey },
    });

  it('returns the project the first attempt created, also when attempts race', async () => {
    const key = `retry-${Date.now()}`;
    const answers = await Promise.all(Array.from({ length: 8 }, () => create(key)));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const ids = new Set(answers.map((answer) => answer.data!.createProject.id));
    expect(ids.size).toBe(1);
    expect((await create(key)).data!.createProject.id).toBe([...ids][0]);
    const [count] = await readRows<{ n: number }>(stack.driver, 'MATCH (p:Project {id: $id}) RETURN count(p) AS n', { id: [...ids][0] });
    expect(count!.n).toBe(1);
  });

  it('refuses a key used before for another project', async () => {
    const key = `reused-${Date.now()}`;
    // Another firm than the test before's: a firm has one active project per region and link.
    expect((await create(key, 'wenzhou-hongji-soles')).errors).toBeUndefined();
    const other = await create(key, 'henan-jinlu-shoes');
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(other.errors?.[0]?.message).toMatch(/idempotencyKey was already used/);
  });
});

describe('an import stopped midway (the importer killed between its batches)', () => {
  it('makes /ready and the API say the data is incomplete, answers typed errors, and is completed by running it again', async () => {
    // What a killed importer leaves: its mark, and a firm written without its location yet.
    await writeRows(stack.driver, IMPORT_STARTED, { file: 'registry.json' });
    await writeRows(
      stack.driver,
      "CREATE (:Enterprise {id: 'half-imported', name: 'Half imported', creditCode: '91410000MA0000001X', leading: false, listed: false})",
    );
    const subgraph = stack.stack.subgraphs[0]!;
    const ready = await fetch(subgraph.url.replace(/\/graphql$/, '/ready'));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      ready: false,
      dataset: expect.stringMatching(/^incomplete: an import of registry.json started at .* run it again/),
    });
    expect((await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/ready'))).status).toBe(503);

    const status = await stack.query<{ dataset: { complete: boolean; message: string } }>('{ dataset { complete message } }');
    expect(status.data!.dataset).toMatchObject({ complete: false, message: expect.stringMatching(/incomplete/) });
    const list = await stack.query('{ enterprises(filter: { nameContains: "Half" }) { edges { node { id region { id } } } } }');
    const codes = (list.errors ?? []).map((error) => error.extensions?.code);
    expect(codes).toContain('SERVICE_UNAVAILABLE');
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');

    await writeRows(stack.driver, "MATCH (e:Enterprise {id: 'half-imported'}) DELETE e");
    await importDataset(stack.driver, DEMO_DATASET);
    expect((await fetch(subgraph.url.replace(/\/graphql$/, '/ready'))).status).toBe(200);
    expect((await stack.query<{ dataset: { complete: boolean } }>('{ dataset { complete } }')).data!.dataset.complete).toBe(true);
  });
});

describe('error bodies', () => {
  it('carry no internal subgraph address when a subgraph refuses the gateway', async () => {
    const subgraphUrls = Object.fromEntries(stack.stack.subgraphs.map((service) => [service.name, service.url]));
    const impostor = await startGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
      subgraphUrls,
      port: 0,
      auth: { ...authSettings(), internalSecret: 'not-the-secret-the-subgraphs-know-about' },
    });
    try {
      const response = await fetch(impostor.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ industries { id } }"}',
      });
      const body = await response.text();
      expect(body).toContain('UNAUTHENTICATED');
      for (const subgraph of stack.stack.subgraphs) expect(body).not.toContain(String(subgraph.port));
      expect(body).not.toMatch(/"response"|127\.0\.0\.1/);
    } finally {
      await impostor.stop();
    }
  });
});

describe('slow or sly HTTP clients', () => {
  it('are cut off when they take more than 10 s to send their headers', async () => {
    const { port } = new URL(stack.gatewayUrl);
    const socket = connect(Number(port), '127.0.0.1');
    await once(socket, 'connect');
    socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\n');
    const started = Date.now();
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    await once(socket, 'close');
    expect(answer).toMatch(/^HTTP\/1.1 408/);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 30_000);

  it('are not served a file through a symbolic link among the map’s files', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'chain-graph-web-'));
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>map</title>');
    writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    const secret = path.join(mkdtempSync(path.join(tmpdir(), 'chain-graph-secret-')), 'secret.txt');
    writeFileSync(secret, 'private');
    symlinkSync(secret, path.join(root, 'assets', 'outside.txt'));
    symlinkSync(path.join(root, 'assets', 'app.js'), path.join(root, 'assets', 'inside.js'));
    const subgraphUrls = Object.fromEntries(stack.stack.subgraphs.map((service) => [service.name, service.url]));
    const gateway = await startGateway({ supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'), subgraphUrls, port: 0, webRoot: root });
    try {
      const base = gateway.url.replace(/\/graphql$/, '/map');
      expect((await fetch(`${base}/assets/app.js`)).status).toBe(200);
      const outside = await fetch(`${base}/assets/outside.txt`);
      expect(outside.status).toBe(404);
      expect(await outside.text()).not.toContain('private');
      expect((await fetch(`${base}/assets/inside.js`)).status).toBe(404);
    } finally {
      await gateway.stop();
    }
  });
});

describe('a symbolic link planted in MAP_BOUNDARIES_DIR', () => {
  it('is not followed: the base map is served, what the link points at is not', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'chain-graph-boundaries-'));
    mkdirSync(path.join(root, 'province'));
    writeFileSync(path.join(root, 'china.json'), '{"type":"FeatureCollection","features":[]}');
    const secret = path.join(mkdtempSync(path.join(tmpdir(), 'chain-graph-secret-')), 'passwd');
    writeFileSync(secret, 'root:x:0:0');
    symlinkSync(secret, path.join(root, 'province', 'henan.json'));
    process.env.MAP_BOUNDARIES_DIR = root;
    const subgraphUrls = Object.fromEntries(stack.stack.subgraphs.map((service) => [service.name, service.url]));
    const gateway = await startGateway({ supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'), subgraphUrls, port: 0 });
    delete process.env.MAP_BOUNDARIES_DIR;
    try {
      const base = gateway.url.replace(/\/graphql$/, '/map/boundaries');
      expect((await fetch(`${base}/china.json`)).status).toBe(200);
      const planted = await fetch(`${base}/province/henan.json`);
      expect(planted.status).toBe(404);
      expect(await planted.text()).not.toContain('root:x');
    } finally {
      await gateway.stop();
    }
  });
});

describe('an answer larger than a service sends', () => {
  it('is refused with what to ask for instead', async () => {
    process.env.MAX_RESPONSE_BYTES = '2000';
    const subgraphUrls = Object.fromEntries(stack.stack.subgraphs.map((service) => [service.name, service.url]));
    const gateway = await startGateway({ supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'), subgraphUrls, port: 0 });
    delete process.env.MAX_RESPONSE_BYTES;
    try {
      const small = await postGraphQL<{ industries: unknown[] }>(gateway.url, '{ industries { id } }');
      expect(small.errors).toBeUndefined();
      const large = await postGraphQL(gateway.url, '{ regions(first: 100) { id name nameZh level } }');
      expect(large.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(large.errors?.[0]?.message).toMatch(/larger than 0.002 MB; ask for fewer items/);
    } finally {
      await gateway.stop();
    }
  });
});

describe('a token that claims to be valid for years', () => {
  it('is refused', async () => {
    const forever = await new SignJWT({ role: 'analyst' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setSubject('forever')
      .setIssuedAt()
      .setExpirationTime(new Date('9999-12-31T00:00:00Z'))
      .sign(new TextEncoder().encode(DEVELOPMENT_JWT_SECRET));
    const response = await postGraphQL(stack.gatewayUrl, '{ reports { name } }', undefined, forever);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
