import { readFileSync } from 'node:fs';
import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { corsOrigins } from '../../src/config.js';
import { SUPERGRAPH_PATH } from '../../src/gateway/compose.js';
import { startGateway } from '../../src/gateway/gateway.js';
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

  it('serves the geographic view’s base map from its own files', async () => {
    const response = await fetch(new URL('/map/boundaries/china.json', stack.gatewayUrl));
    expect(response.status).toBe(200);
    const map = (await response.json()) as { features: { id: string }[] };
    expect(map.features.map((feature) => feature.id)).toContain('410000');
    expect((await fetch(new URL('/map/boundaries/province/henan.json', stack.gatewayUrl))).status).toBe(200);
    expect((await fetch(new URL('/map/boundaries/../package.json', stack.gatewayUrl))).status).toBe(404);
  });

  it('points the landing page in development at the self-hosted GraphiQL, never at a CDN', async () => {
    const response = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('/map/explorer.html');
    expect(page).not.toMatch(/https?:\/\//);
  });
});

describe('a browser page on another origin', () => {
  const preflight = (url: string, origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });

  it('may call the gateway when CORS_ORIGINS names its origin, and only then', async () => {
    const gateway = await startGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
      subgraphUrls: Object.fromEntries(stack.stack.subgraphs.map((service) => [service.name, service.url])),
      port: 0,
      corsOrigins: ['https://map.county.example'],
    });
    try {
      const allowed = await preflight(gateway.url, 'https://map.county.example');
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://map.county.example');
      expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
      const answer = await fetch(gateway.url, {
        method: 'POST',
        headers: { origin: 'https://map.county.example', 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ industries { id } }' }),
      });
      expect(answer.headers.get('access-control-allow-origin')).toBe('https://map.county.example');
      const other = await preflight(gateway.url, 'https://elsewhere.example');
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await gateway.stop();
    }
    // Without the setting (the default), no origin is allowed.
    expect((await preflight(stack.gatewayUrl, 'https://map.county.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a malformed CORS_ORIGINS at start-up, saying what an origin is', () => {
    expect(() => corsOrigins({ CORS_ORIGINS: 'https://map.county.example/path' })).toThrow(
      /is not an origin; give scheme, host and port only/,
    );
    expect(corsOrigins({ CORS_ORIGINS: ' https://a.example , http://localhost:5173 ' })).toEqual([
      'https://a.example',
      'http://localhost:5173',
    ]);
  });
});
