import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { externalNeo4jUri, localNeo4jSettings, neo4jCredentials } from '../../src/config.js';
import { DEMO_DATASET } from '../../src/dataset/demo.js';
import { importDataset } from '../../src/dataset/import.js';
import { createDriver, readRows } from '../../src/neo4j/driver.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j/local/server.js';
import { SUPERGRAPH_PATH } from '../../src/gateway/compose.js';
import { startGateway } from '../../src/gateway/gateway.js';
import { startStack, type RunningStack } from '../../src/topology/stack.js';
import { postGraphQL, testToken, type GraphQLResponse } from '../support/stack.js';

// Its own Neo4j in a temporary folder and port: these tests stop and restart it.
const root = mkdtempSync(path.join(tmpdir(), 'chain-graph-faults-'));
const settings = { ...localNeo4jSettings('faults'), port: 7691, heap: '512m', pageCache: '128m' };
const credentials = neo4jCredentials();
const startNeo4j = () => startLocalNeo4j(settings, credentials, { root, log: () => {} });

let driver: Driver;
let stack: RunningStack;
let uri: string;

beforeAll(async () => {
  uri = (await startNeo4j()).uri;
  driver = createDriver(uri, credentials);
  await importDataset(driver, DEMO_DATASET);
  stack = await startStack(driver, 'any');
});

afterAll(async () => {
  await stack?.stop();
  await driver?.close();
  await stopLocalNeo4j(settings, { root });
  rmSync(root, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How many transactions Neo4j is running whose query contains `text`. */
async function runningQueries(driver: Driver, text: string): Promise<number> {
  const [row] = await readRows<{ running: number }>(
    driver,
    'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $text RETURN count(*) AS running',
    { text },
  );
  return row?.running ?? 0;
}

interface Outcome {
  at: number;
  ok: boolean;
  codes: string[];
  ms: number;
}

/** Four clients sending operations in turn, each 50 ms after its last answer, until stopped. */
function startLoad(operations: string[], token: string) {
  const outcomes: Outcome[] = [];
  let running = true;
  const client = async (index: number) => {
    for (let count = 0; running; count += 1) {
      const started = Date.now();
      const response: GraphQLResponse = await postGraphQL<Record<string, unknown>>(
        stack.gateway.url,
        operations[(index + count) % operations.length]!,
        undefined,
        token,
      ).catch(() => ({ errors: [{ message: 'no HTTP answer', extensions: { code: 'NO_ANSWER' } }] }));
      const codes = (response.errors ?? []).map((error) => String(error.extensions?.code));
      outcomes.push({ at: started, ok: codes.length === 0, codes, ms: Date.now() - started });
      await sleep(50);
    }
  };
  const clients = Promise.all([0, 1, 2, 3].map(client));
  return {
    outcomes,
    async stop() {
      running = false;
      await clients;
    },
  };
}

/** Milliseconds from `since` to the first of 8 successes in a row, if there was one. */
function recoveryAfter(outcomes: Outcome[], since: number): number | undefined {
  const after = outcomes.filter((outcome) => outcome.at >= since);
  const start = after.findIndex((_, index) => after.length >= index + 8 && after.slice(index, index + 8).every((outcome) => outcome.ok));
  return start < 0 ? undefined : after[start]!.at - since;
}

describe.skipIf(externalNeo4jUri() !== undefined)('faults', () => {
  it('fails fast with SERVICE_UNAVAILABLE while Neo4j is down, and recovers without a restart once it is back', async () => {
    const load = startLoad(
      [
        '{ chainGaps(regionId: "shangcai", chainId: "footwear") { completeness gaps { kind link { name } } } }',
        '{ enterprises(first: 20, filter: { regionId: "henan" }) { totalCount edges { node { name region { name } } } } }',
      ],
      await testToken('planner', 'shangcai'),
    );
    let down: number, restarting: number, back: number;
    let recovered: number | undefined;
    try {
      for (let waited = 0; load.outcomes.length < 20 && waited < 30_000; waited += 100) await sleep(100);
      expect(load.outcomes.length).toBeGreaterThanOrEqual(20);
      expect(load.outcomes.every((outcome) => outcome.ok)).toBe(true);

      await stopLocalNeo4j(settings, { root });
      down = Date.now();
      await sleep(7_000);
      expect((await fetch(stack.gateway.url.replace(/\/graphql$/, '/ready'))).status).toBe(503);

      restarting = Date.now();
      await startNeo4j();
      back = Date.now();
      for (let waited = 0; recovered === undefined && waited < 30_000; waited += 100) {
        await sleep(100);
        recovered = recoveryAfter(load.outcomes, back);
      }
    } finally {
      await load.stop();
    }

    // Requests sent after the stop completed and answered before the restart began.
    const whileDown = load.outcomes.filter((outcome) => outcome.at >= down && outcome.at + outcome.ms < restarting);
    console.log(
      `Neo4j down for ${((back - down) / 1000).toFixed(1)} s (its restart took ${((back - restarting) / 1000).toFixed(1)} s): ` +
        `${whileDown.length} requests, all failed within ${Math.max(...whileDown.map((outcome) => outcome.ms))} ms; ` +
        `success back to 100% ${recovered} ms after Neo4j was up.`,
    );
    expect(whileDown.length).toBeGreaterThan(4);
    for (const outcome of whileDown) {
      expect(outcome.ok).toBe(false);
      expect(new Set(outcome.codes)).toEqual(new Set(['SERVICE_UNAVAILABLE']));
      expect(outcome.ms).toBeLessThan(8_000);
    }
    expect(recovered).toBeDefined();
    expect(recovered!).toBeLessThanOrEqual(10_000);
    expect((await fetch(stack.gateway.url.replace(/\/graphql$/, '/ready'))).status).toBe(200);
    // Its waits add up to more than a minute on a busy machine: Neo4j stops, stays down 7 s and starts again.
  }, 180_000);

  it('drains an in-flight request on SIGTERM before it stops', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, NEO4J_URI: uri, PORT: '4310', SUBGRAPH_BASE_PORT: '4311', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    for (let waited = 0; !output.includes('Gateway:') && waited < 60_000; waited += 200) await sleep(200);
    expect(output).toContain('Gateway:');

    const slow = postGraphQL<{ runCypher: { rows: { n: number }[] } }>(
      'http://localhost:4310/graphql',
      '{ runCypher(query: "UNWIND range(1, 60000000) AS x WITH x WHERE x % 3 = 0 RETURN count(*) AS n") { rows } }',
      undefined,
      await testToken('analyst'),
    );
    // SIGTERM once the query runs in Neo4j: a request still on its way when the server stops is refused, not drained.
    for (let waited = 0; !(await runningQueries(driver, 'range(1, 60000000)')) && waited < 60_000; waited += 100) await sleep(100);
    child.kill('SIGTERM');
    const answer = await slow;
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.runCypher.rows).toEqual([{ n: 20_000_000 }]);
    expect(await exited).toBe(0);
    expect(output).toContain('Stopping: draining requests');
  });

  it('answers SERVICE_UNAVAILABLE for a subgraph that stops answering midway, once its time is up', async () => {
    // Headers and the start of a body, then nothing: the gateway's time limit runs out while it reads the body.
    const stalling = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"data":');
    });
    await once(stalling.listen(0, '127.0.0.1'), 'listening');
    const { port } = stalling.address() as AddressInfo;
    const subgraphUrls = {
      ...Object.fromEntries(stack.subgraphs.map((service) => [service.name, service.url])),
      chains: `http://localhost:${port}/graphql`,
    };
    const gateway = await startGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
      subgraphUrls,
      port: 0,
      subgraphTimeoutMs: 500,
    });
    try {
      const response = await postGraphQL<{ industries: unknown[]; chain: unknown }>(
        gateway.url,
        '{ industries { id } chain(id: "footwear") { name } }',
      );
      expect(response.data!.industries.length).toBe(10);
      expect(response.data!.chain).toBeNull();
      expect(response.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', serviceName: 'chains' }) }),
      ]);
    } finally {
      await gateway.stop();
      stalling.closeAllConnections();
      await new Promise((resolve) => stalling.close(resolve));
    }
  });

  it('answers the other subgraphs’ fields when one subgraph is down, with an error for the missing part', async () => {
    await stack.subgraphs.find((subgraph) => subgraph.name === 'chains')!.stop();
    const response = await postGraphQL<{ industries: unknown[]; chain: unknown }>(
      stack.gateway.url,
      '{ industries { id } chain(id: "footwear") { name } }',
    );
    expect(response.data!.industries.length).toBe(10);
    expect(response.data!.chain).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'The chains service is unavailable right now; try again shortly.',
        extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', serviceName: 'chains' }),
      }),
    ]);
  });
});
