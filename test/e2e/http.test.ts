import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BODY_BYTES } from '../../src/server/service.js';
import { SUBGRAPHS } from '../../src/subgraphs/index.js';
import { useStack } from '../support/stack.js';

const stack = useStack();

describe('the gateway over HTTP', () => {
  it('passes every MUST of the GraphQL-over-HTTP audit (graphql-http serverAudits)', async () => {
    const results = await Promise.all(
      serverAudits({ url: stack.gatewayUrl, fetchFn: fetch }).map(async (audit) => ({ name: audit.name, result: await audit.fn() })),
    );
    const musts = results.filter(({ name }) => name.startsWith('MUST'));
    expect(musts.length).toBeGreaterThan(10);
    const failed = musts
      .filter(({ result }) => result.status !== 'ok')
      .map(({ name, result }) => `${name}: ${'reason' in result ? result.reason : ''}`);
    expect(failed).toEqual([]);
  });

  it('answers /health, and /ready with the state of every subgraph', async () => {
    const base = stack.gatewayUrl.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    const subgraphs = Object.fromEntries(SUBGRAPHS.map((subgraph) => [subgraph.name, 'ready']));
    expect(await ready.json()).toEqual({ ready: true, subgraphs });
    for (const subgraph of stack.stack.subgraphs) {
      const response = await fetch(subgraph.url.replace(/\/graphql$/, '/ready'));
      expect(await response.json()).toEqual({ ready: true, neo4j: 'up', dataset: 'complete' });
    }
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ industries { id } } # ${'x'.repeat(DEFAULT_MAX_BODY_BYTES)}` }),
    });
    expect(response.status).toBe(413);
  });

  it('shows the explorer on the landing page in development', async () => {
    const response = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/sandbox/i);
  });
});
