/**
 * Shedding instead of queueing, through the real stack: work beyond a service's limits is refused at once with
 * 503 SERVICE_UNAVAILABLE and Retry-After — reports beyond MAX_REPORTS_IN_FLIGHT by the reports subgraph (and passed
 * on as such by the gateway), any request beyond MAX_IN_FLIGHT by the service it reaches.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SUPERGRAPH_PATH } from '../../src/gateway/compose.js';
import { startGateway } from '../../src/gateway/gateway.js';
import { holdRequests } from '../support/held-requests.js';
import { testToken, useStack } from '../support/stack.js';

const saved = process.env.MAX_REPORTS_IN_FLIGHT;
beforeAll(() => {
  process.env.MAX_REPORTS_IN_FLIGHT = '1';
});
afterAll(() => {
  if (saved === undefined) delete process.env.MAX_REPORTS_IN_FLIGHT;
  else process.env.MAX_REPORTS_IN_FLIGHT = saved;
});
const stack = useStack();

/**
 * Counts eight million rows in Cypher: a query that holds its slot for a second or so. Two short lists multiplied,
 * not one long one: a list of millions would exceed a transaction's memory limit and end at once.
 */
const SLOW = '{ runCypher(query: "UNWIND range(1, 2000) AS x UNWIND range(1, 4000) AS y RETURN count(*) AS total") { rowCount } }';
const QUICK = '{ runCypher(query: "RETURN 1 AS one") { rowCount } }';

async function post(url: string, query: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await testToken('analyst')}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
}

describe('shedding', () => {
  it('refuses a report beyond what the reports service runs at once: 503 with Retry-After, through the gateway', async () => {
    // The slow query holds the one slot once the reports subgraph has started it: from then on a quick one is refused.
    // A quick one in flight when the slow one arrives turns the slow one away instead: then try again.
    const attempt = async () => {
      let slowEnded = false;
      const slow = post(stack.gatewayUrl, SLOW).finally(() => (slowEnded = true));
      await new Promise((resolve) => setTimeout(resolve, 200));
      let quick = await post(stack.gatewayUrl, QUICK);
      while (quick.status !== 503 && !slowEnded) quick = await post(stack.gatewayUrl, QUICK);
      return { slow: await slow, quick };
    };
    let { slow, quick: refused } = await attempt();
    for (let retry = 0; retry < 5 && slow.status === 503; retry += 1) ({ slow, quick: refused } = await attempt());
    expect(slow.body).toEqual({ data: { runCypher: { rowCount: 1 } } });
    expect(refused.status).toBe(503);
    expect(refused.retryAfter).toBe('2');
    expect(refused.body.errors![0]!.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfter: 2 });
    expect(refused.body.errors![0]!.message).toMatch(/reports service .*too busy.*try again in 2 s/);
    // The slot is free again once the first ended.
    expect((await post(stack.gatewayUrl, QUICK)).body).toEqual({ data: { runCypher: { rowCount: 1 } } });
  });

  it('refuses any request beyond MAX_IN_FLIGHT at the service it reaches, before reading it', async () => {
    process.env.MAX_IN_FLIGHT = '1';
    const gateway = await startGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
      subgraphUrls: Object.fromEntries(stack.stack.subgraphs.map((service) => [service.name, service.url])),
      port: 0,
    });
    delete process.env.MAX_IN_FLIGHT;
    // One request whose body never comes holds the gateway's one slot.
    const held = holdRequests(gateway.url, 1);
    try {
      let refused = await post(gateway.url, '{ industries { id } }');
      for (let attempt = 0; attempt < 50 && refused.status !== 503; attempt += 1)
        refused = await post(gateway.url, '{ industries { id } }');
      expect(refused.status).toBe(503);
      expect(refused.retryAfter).toBe('2');
      expect(refused.body.errors![0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(refused.body.errors![0]!.message).toMatch(/gateway service is too busy/);
      held.release();
      await expect.poll(async () => (await post(gateway.url, '{ industries { id } }')).status).toBe(200);
    } finally {
      held.release();
      await gateway.stop();
    }
  });

  it('answers a CPU-only query at its timeout, terminates it, and counts it against the report limit until it is gone', async () => {
    // Neo4j checks the timeout between rows, not inside one reduce(): this one runs for seconds past it.
    const cpuOnly = '{ runCypher(query: "RETURN reduce(s = 0, x IN range(1, 600000000) | s + x) AS n") { rowCount } }';
    process.env.CYPHER_TIMEOUT_MS = '1000';
    try {
      const started = Date.now();
      const answer = await post(stack.gatewayUrl, cpuOnly);
      expect(Date.now() - started).toBeLessThan(6_000);
      expect(answer.body.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
      expect(answer.body.errors![0]!.message).toMatch(/ran longer than 1 s and was stopped/);
      // Still running in Neo4j: it holds the one report slot.
      const refused = await post(stack.gatewayUrl, QUICK);
      expect(refused.status).toBe(503);
      expect(refused.body.errors![0]!.message).toMatch(/reports service .*too busy/);
      // Once Neo4j has let it go, the slot is free again.
      await vi.waitFor(async () => expect((await post(stack.gatewayUrl, QUICK)).body).toEqual({ data: { runCypher: { rowCount: 1 } } }), {
        timeout: 90_000,
        interval: 500,
      });
    } finally {
      delete process.env.CYPHER_TIMEOUT_MS;
    }
  });
});
