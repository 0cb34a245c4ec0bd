import type { Driver } from 'neo4j-driver';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { neo4jCredentials } from '../../src/config.js';
import { startGateway } from '../../src/gateway/gateway.js';
import { composeSupergraph } from '../../src/gateway/compose.js';
import { createDriver } from '../../src/neo4j/driver.js';
import type { RunningService } from '../../src/server/service.js';
import { SUBGRAPHS } from '../../src/subgraphs/index.js';
import { registry } from '../../src/subgraphs/registry/index.js';
import { testDriver } from '../support/neo4j.js';
import { capturingLogger } from '../support/logs.js';
import { postGraphQL, postToSubgraph } from '../support/stack.js';

const running: RunningService[] = [];
const drivers: Driver[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((service) => service.stop()));
  await Promise.all(drivers.splice(0).map((driver) => driver.close()));
  vi.restoreAllMocks();
});

async function registryOver(driver: Driver, logger = capturingLogger().logger) {
  drivers.push(driver);
  const service = await registry.start(driver, { port: 0, logger });
  running.push(service);
  return service;
}

describe('when Neo4j cannot be reached', () => {
  it('answers SERVICE_UNAVAILABLE without internals, through the subgraph and the gateway, and /ready is 503', async () => {
    // A real driver to a port where nothing listens.
    const service = await registryOver(createDriver('bolt://127.0.0.1:9', neo4jCredentials()));
    const gateway = await startGateway({
      supergraphSdl: composeSupergraph(SUBGRAPHS).supergraphSdl,
      subgraphUrls: { registry: service.url },
      port: 0,
    });
    running.push(gateway);
    for (const post of [postToSubgraph, postGraphQL]) {
      const url = post === postGraphQL ? gateway.url : service.url;
      const response = await post<{ enterprise: null }>(url, '{ enterprise(id: "henan-jinlu-shoes") { id name } }');
      expect(response.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(response.errors?.[0]?.message).toBe('The graph database is unavailable right now; try again shortly.');
      expect(JSON.stringify(response)).not.toMatch(/bolt|127\.0\.0\.1|ECONNREFUSED/);
    }
    const ready = await fetch(service.url.replace(/\/graphql$/, '/ready'));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ ready: false, neo4j: 'down' });
    const gatewayReady = await fetch(gateway.url.replace(/\/graphql$/, '/ready'));
    expect(gatewayReady.status).toBe(503);
  });
});

describe('an unexpected failure', () => {
  it('reaches the client as INTERNAL_SERVER_ERROR with no detail; the detail goes to the server log', async () => {
    const real = testDriver();
    // The real driver, with its query method failing the way a bug in our code would.
    const failing = new Proxy(real, {
      get(target, property) {
        if (property === 'session')
          return () => ({ run: () => Promise.reject(new TypeError('secret internal detail')), close: async () => {} });
        const value: unknown = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const logs = capturingLogger();
    const service = await registryOver(failing, logs.logger);
    drivers.push(real);
    const response = await postToSubgraph(service.url, '{ industries { id } }');
    expect(response.errors).toEqual([
      {
        message: 'Internal server error',
        path: ['industries'],
        locations: expect.any(Array),
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(JSON.stringify(response)).not.toContain('secret');
    expect(JSON.stringify(logs.lines())).toContain('secret internal detail');
  });
});
