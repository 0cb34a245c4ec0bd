import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { readFileSync } from 'node:fs';
import { SUPERGRAPH_PATH } from '../../src/gateway/compose.js';
import { startGateway } from '../../src/gateway/gateway.js';
import { importDataset } from '../../src/dataset/import.js';
import { DEMO_DATASET } from '../../src/dataset/demo.js';
import { readRows } from '../../src/neo4j/driver.js';
import { startStack, type RunningStack } from '../../src/topology/stack.js';
import { capturingLogger } from '../support/logs.js';
import { clearDatabase, testDriver } from '../support/neo4j.js';
import { testToken } from '../support/stack.js';

const logs = capturingLogger();
let driver: Driver;
let stack: RunningStack;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await importDataset(driver, DEMO_DATASET);
  stack = await startStack(driver, 'any', { logger: logs.logger });
});

afterAll(async () => {
  await stack?.stop();
  await driver?.close();
});

const baseOf = (url: string) => url.replace(/\/graphql$/, '');

async function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(stack.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('one request, followed through every log', () => {
  it('carries its id from the gateway to the subgraph and into the Neo4j transaction, logged once per service', async () => {
    const token = await testToken('analyst');
    const requestId = 'trace-planner-click-1';
    const slowQuery = 'UNWIND range(1, 30000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS n';
    const answer = post(
      { query: 'query SlowCount($q: String!) { runCypher(query: $q) { rows } }', variables: { q: slowQuery }, operationName: 'SlowCount' },
      { authorization: `Bearer ${token}`, 'x-request-id': requestId },
    );
    let inNeo4j: { metaData: Record<string, unknown> }[] = [];
    // The report subgraph first plans the query (EXPLAIN, its own transaction), then runs it.
    const seen = `SHOW TRANSACTIONS YIELD metaData WHERE metaData.requestId = $requestId AND metaData.query = 'runCypher' RETURN metaData`;
    for (let waited = 0; inNeo4j.length === 0 && waited < 10_000; waited += 100) {
      inNeo4j = await readRows(driver, seen, { requestId });
      if (inNeo4j.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const response = await answer;
    expect(response.headers.get('x-request-id')).toBe(requestId);
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(inNeo4j[0]?.metaData).toMatchObject({ requestId, subgraph: 'reports', query: 'runCypher' });

    const lines = logs.lines().filter((line) => line.requestId === requestId && line.msg === 'answered');
    expect(lines.map((line) => line.service).sort()).toEqual(['gateway', 'reports']);
    for (const line of lines) {
      expect(line).toMatchObject({ status: 200, errorCodes: [], method: 'POST', path: '/graphql' });
      expect(line.durationMs).toEqual(expect.any(Number));
    }
    // The gateway names each subgraph fetch after the client's operation.
    expect(lines.map((line) => line.operation).sort()).toEqual(['SlowCount', 'SlowCount__reports__0']);
    expect(lines.find((line) => line.service === 'gateway')!.subject).toBe('analyst');
    expect(JSON.stringify(logs.lines())).not.toContain(token);
  });

  it('logs the error codes of an answer, and a refused token without the token', async () => {
    const badToken = 'not-a-real-token-but-secret-looking';
    const response = await post(
      { query: '{ industries { id } }' },
      { authorization: `Bearer ${badToken}`, 'x-request-id': 'trace-bad-token' },
    );
    expect(response.status).toBe(401);
    const line = logs.lines().find((entry) => entry.requestId === 'trace-bad-token' && entry.msg === 'answered');
    expect(line).toMatchObject({ service: 'gateway', status: 401, errorCodes: ['UNAUTHENTICATED'] });
    expect(JSON.stringify(logs.lines())).not.toContain(badToken);
  });
});

describe('/metrics', () => {
  it('serves request, subgraph, Neo4j, cache, event-loop and memory series in the Prometheus format on every service', async () => {
    const planner = await testToken('planner', 'shangcai');
    const gaps = '{ chainGaps(regionId: "shangcai", chainId: "footwear") { completeness gaps { link { name } } } }';
    for (let run = 0; run < 2; run += 1) await post({ query: gaps, operationName: null }, { authorization: `Bearer ${planner}` });
    const gateway = await fetch(`${baseOf(stack.gateway.url)}/metrics`);
    expect(gateway.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await gateway.text();
    expect(text).toMatch(/chain_graph_request_duration_seconds_bucket\{[^}]*service="gateway",operation="anonymous",status="200"/);
    expect(text).toMatch(/chain_graph_subgraph_fetch_duration_seconds_count\{subgraph="recruitment",outcome="ok"\} \d+/);
    expect(text).toMatch(/chain_graph_neo4j_query_duration_seconds_count\{subgraph="recruitment",query="chainFacts",outcome="ok"\} \d+/);
    expect(text).toMatch(/chain_graph_cache_lookups_total\{cache="chainFacts",result="hit"\} [1-9]/);
    expect(text).toMatch(/chain_graph_graphql_errors_total\{service="gateway",code="UNAUTHENTICATED"\} [1-9]/);
    expect(text).toMatch(/chain_graph_nodejs_eventloop_lag_p99_seconds \d/);
    expect(text).toMatch(/chain_graph_process_resident_memory_bytes \d/);
    for (const subgraph of stack.subgraphs) {
      const response = await fetch(`${baseOf(subgraph.url)}/metrics`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('chain_graph_request_duration_seconds');
    }
  });
});

describe('answers outside GraphQL', () => {
  it('have the one error shape: an unknown path, a body too large, a charset other than UTF-8', async () => {
    const unknown = await fetch(`${baseOf(stack.gateway.url)}/nothing-here`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      errors: [{ message: expect.stringContaining('GraphQL is served at /graphql'), extensions: { code: 'NOT_FOUND' } }],
    });
    const large = await post({ query: `{ industries { id } } # ${'x'.repeat(1_100_000)}` });
    expect(large.status).toBe(413);
    expect(await large.json()).toEqual({
      errors: [{ message: 'The request body is larger than 1000000 bytes', extensions: { code: 'BAD_REQUEST' } }],
    });
    const latin = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=latin1' },
      body: '{"query":"{ industries { id } }"}',
    });
    expect(latin.status).toBe(415);
    expect(((await latin.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('carry the security headers and the page policy', async () => {
    const response = await fetch(`${baseOf(stack.gateway.url)}/health`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    // The API's answers carry their own fixed set, without helmet's per-request hook.
    const answer = await post({ query: '{ industries { id } }' });
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('a service whose event loop lags', () => {
  it('refuses new work at once with 503 and Retry-After, while /health still answers', async () => {
    // A gateway of its own with a low limit: the lag is measured as a mean over each second.
    process.env.MAX_EVENT_LOOP_DELAY_MS = '5';
    const gateway = await startGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
      subgraphUrls: {},
      port: 0,
      logger: logs.logger,
    });
    delete process.env.MAX_EVENT_LOOP_DELAY_MS;
    try {
      const blockedUntil = Date.now() + 1_500;
      while (Date.now() < blockedUntil) {
        // Busy: what a CPU-bound request or a long synchronous step does to every request of the process.
      }
      // Its sampler sees the lag within a second; from then on new requests are refused.
      let refused: Response | undefined;
      let answeredInMs = Infinity;
      for (let attempt = 0; attempt < 40 && refused?.status !== 503; attempt += 1) {
        const started = Date.now();
        refused = await fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ __typename }"}',
        });
        answeredInMs = Date.now() - started;
        if (refused.status !== 503) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(refused!.status).toBe(503);
      expect(answeredInMs).toBeLessThan(100);
      expect(refused!.headers.get('retry-after')).toBe('2');
      expect(((await refused!.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
        'SERVICE_UNAVAILABLE',
      );
      expect((await fetch(`${baseOf(gateway.url)}/health`)).status).toBe(200);
    } finally {
      await gateway.stop();
    }
  });
});
