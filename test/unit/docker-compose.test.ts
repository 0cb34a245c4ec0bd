/**
 * docker-compose.yml runs the production topology: a service per subgraph on its usual port and a gateway that finds
 * each, all sharing one internal secret. Docker is not on every machine that runs the suite: the file is read here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_SUBGRAPH_BASE_PORT, subgraphUrls } from '../../src/config.js';
import { SUBGRAPHS } from '../../src/subgraphs/index.js';

interface ComposeService {
  profiles?: string[];
  image?: string;
  volumes?: string[];
  command?: string;
  environment?: Record<string, string | number>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: unknown;
}
const compose = parse(readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const names = SUBGRAPHS.map((subgraph) => subgraph.name);

describe('docker-compose.yml', () => {
  it('runs each subgraph in a service of its own, on its usual port, reachable by the gateway', () => {
    for (const [index, name] of names.entries()) {
      const service = compose.services[name]!;
      expect(service.command).toBe(`npm run -s subgraph -- ${name}`);
      expect(service.environment).toMatchObject({
        PORT: DEFAULT_SUBGRAPH_BASE_PORT + index,
        SUBGRAPH_HOST: '0.0.0.0',
        NEO4J_URI: 'bolt://neo4j:7687',
      });
      expect(service.healthcheck).toBeDefined();
      expect(service.depends_on).toEqual({ setup: { condition: 'service_completed_successfully' } });
    }
  });

  it('points the gateway at every subgraph service and waits for them; every service shares the internal secret', () => {
    const gateway = compose.services.gateway!;
    expect(gateway.command).toBe('npm run -s gateway');
    const urls = subgraphUrls(names, { SUBGRAPH_URLS: String(gateway.environment!.SUBGRAPH_URLS) });
    expect(urls).toEqual(
      Object.fromEntries(names.map((name, index) => [name, `http://${name}:${DEFAULT_SUBGRAPH_BASE_PORT + index}/graphql`])),
    );
    expect(Object.keys(gateway.depends_on!).sort()).toEqual([...names].sort());
    const secrets = new Set([...names, 'gateway'].map((name) => compose.services[name]!.environment!.INTERNAL_AUTH_SECRET));
    expect(secrets.size).toBe(1);
  });
});

describe('the routers (compose profiles apollo-router and hive-router)', () => {
  const routerConfig = (name: string) => parse(readFileSync(new URL(`../../deploy/${name}.yaml`, import.meta.url), 'utf8'));
  const subgraphUrlsInCompose = Object.fromEntries(
    names.map((name, index) => [name, `http://${name}:${DEFAULT_SUBGRAPH_BASE_PORT + index}/graphql`]),
  );
  const propagated = (config: { headers: { all: { request: { propagate: { named: string } }[] } } }) =>
    config.headers.all.request.map((rule) => rule.propagate.named).sort();

  it('serve the committed supergraph unchanged over the subgraph services, forwarding the client token and language', () => {
    for (const profile of ['apollo-router', 'hive-router']) {
      const service = compose.services[profile]!;
      expect(service.profiles).toEqual([profile]);
      expect(service.volumes).toContain('./schema/supergraph.graphql:/config/supergraph.graphql:ro');
      expect(Object.keys(service.depends_on!).sort()).toEqual([...names].sort());
    }
    const apollo = routerConfig('apollo-router');
    expect(apollo.override_subgraph_url).toEqual(subgraphUrlsInCompose);
    expect(propagated(apollo)).toEqual(['accept-language', 'authorization']);
    const hive = routerConfig('hive-router');
    expect(hive.supergraph).toEqual({ source: 'file', path: '/config/supergraph.graphql' });
    expect(
      Object.fromEntries(
        Object.entries(hive.override_subgraph_urls as Record<string, { url: string }>).map(([name, { url }]) => [name, url]),
      ),
    ).toEqual(subgraphUrlsInCompose);
    expect(propagated(hive)).toEqual(['accept-language', 'authorization']);
  });

  it('let the subgraphs take the viewer from the client token when SUBGRAPH_VIEWER says so', () => {
    for (const name of names) expect(compose.services[name]!.environment!.SUBGRAPH_VIEWER).toBe('${SUBGRAPH_VIEWER:-gateway}');
  });
});

describe('SUBGRAPH_URLS', () => {
  it('names some subgraphs; the rest are on their usual local ports', () => {
    expect(subgraphUrls(['a', 'b'], { SUBGRAPH_URLS: 'b=http://b.internal:9000/graphql', SUBGRAPH_BASE_PORT: '5001' })).toEqual({
      a: 'http://127.0.0.1:5001/graphql',
      b: 'http://b.internal:9000/graphql',
    });
  });

  it('refuses an entry that is not name=url of a known subgraph', () => {
    expect(() => subgraphUrls(['a'], { SUBGRAPH_URLS: 'c=http://c/graphql' })).toThrow(
      /'c=http:\/\/c\/graphql' is not name=url with name one of a/,
    );
    expect(() => subgraphUrls(['a'], { SUBGRAPH_URLS: 'a' })).toThrow(/not name=url/);
  });
});
