/**
 * `npm run bench:relatedness [-- --enterprises 100000 --seed 1 --requests 50]`: how long the relatedness space
 * (docs/domain.md, "Where to grow") takes to gather and compute over the national dataset in the bench Neo4j, and
 * what a planner's request costs after it — against the smallest request through the same gateway, in the same run.
 * Writes bench/results/relatedness-N.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseCommandLine } from '../src/command-line.js';
import { createAccessToken } from '../src/auth/tokens.js';
import { authSettings } from '../src/config.js';
import { growthOpportunities, peers, relatednessSpace } from '../src/domain/relatedness.js';
import { readRows } from '../src/neo4j/driver.js';
import { createLogger } from '../src/platform/logger.js';
import { startStack } from '../src/topology/stack.js';
import { RelatednessFactsRepository } from '../src/facts/relatedness.js';
import { loadBenchDataset } from './bench-neo4j.js';

const { values } = parseCommandLine('Usage: npm run bench:relatedness [-- --enterprises 100000 --seed 1 --requests 50]', {
  enterprises: { type: 'string', default: '100000' },
  seed: { type: 'string', default: '1' },
  requests: { type: 'string', default: '50' },
});
const enterprises = Number(values.enterprises);
const requests = Number(values.requests);
const { connection } = await loadBenchDataset(enterprises, Number(values.seed));
const driver = connection.driver;

const timed = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
};

// Each query alone, then the space computed from their rows: where the time goes.
const repository = new RelatednessFactsRepository(driver, 'bench');
const [regions, treeMs] = await timed(() => repository.regionTree());
const [located, countsMs] = await timed(() => repository.locatedFirmCounts());
const [links, linksMs] = await timed(() => repository.allChainLinks());
const [space, computeMs] = await timed(() =>
  relatednessSpace(
    regions,
    located,
    links.map((link) => link.id),
  ),
);
const [busiest] = await readRows<{ regionId: string }>(
  driver,
  `MATCH (county:Region {level: 'COUNTY'})<-[:LOCATED_IN]-(firm:Enterprise)
   RETURN county.id AS regionId, count(firm) AS firms ORDER BY firms DESC LIMIT 1`,
);
const regionId = busiest!.regionId;
const [, pureMs] = await timed(() => {
  growthOpportunities(space, regionId);
  peers(space, regionId);
});
console.log(
  `Gathered: region tree ${treeMs.toFixed(0)} ms (${regions.length} regions), firm counts ${countsMs.toFixed(0)} ms ` +
    `(${located.length} rows), links ${linksMs.toFixed(0)} ms (${links.length}); computed in ${computeMs.toFixed(0)} ms.`,
);

// Through the gateway: the first request builds the space, the next ones read it.
const auth = authSettings();
// Quiet: the requests' log lines would bury the table.
const stack = await startStack(driver, 'any', { auth, logger: createLogger({ ...process.env, LOG_LEVEL: 'warn' }) });
const token = await createAccessToken({ role: 'planner', regionId, ttl: '1h' }, auth.jwtSecret!);
const post = async (query: string) => {
  const response = await fetch(stack.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
};
const GROWTH = `{ region(id: "${regionId}") { growthOpportunities { link { id } relatedness reasons } peers { region { id } similarity } } }`;
const SMALLEST = `{ region(id: "${regionId}") { name } }`;
const [, firstMs] = await timed(() => post(GROWTH));
const percentiles = async (query: string) => {
  const times: number[] = [];
  for (let index = 0; index < requests; index += 1) times.push((await timed(() => post(query)))[1]);
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]! };
};
const growth = await percentiles(GROWTH);
const smallest = await percentiles(SMALLEST);
await stack.stop();
await driver.close();

const total = treeMs + countsMs + linksMs + computeMs;
const lines = [
  `# Relatedness: ${enterprises.toLocaleString('en')} enterprises`,
  '',
  `Run ${new Date().toISOString()} with \`npm run bench:relatedness -- --enterprises ${enterprises} --seed ${values.seed} --requests ${requests}\` ` +
    `on ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, the bench Neo4j 5.26; region ${regionId} (the county with most firms).`,
  '',
  '| step | ms | share |',
  '| --- | ---: | ---: |',
  `| region tree (${regions.length} regions) | ${treeMs.toFixed(0)} | ${((treeMs / total) * 100).toFixed(0)}% |`,
  `| firm counts by location and link (${located.length} rows) | ${countsMs.toFixed(0)} | ${((countsMs / total) * 100).toFixed(0)}% |`,
  `| chain links (${links.length}) | ${linksMs.toFixed(0)} | ${((linksMs / total) * 100).toFixed(0)}% |`,
  `| relatedness space computed (pure functions) | ${computeMs.toFixed(0)} | ${((computeMs / total) * 100).toFixed(0)}% |`,
  `| **whole computation** | **${total.toFixed(0)}** | |`,
  `| one region's opportunities and peers from the space (pure) | ${pureMs.toFixed(1)} | |`,
  '',
  '| request through the gateway | p50 ms | p95 ms | p50 vs smallest request |',
  '| --- | ---: | ---: | ---: |',
  `| first growthOpportunities + peers (builds the space) | ${firstMs.toFixed(0)} | | |`,
  `| growthOpportunities + peers, after it (${requests} in a row) | ${growth.p50.toFixed(1)} | ${growth.p95.toFixed(1)} | ${(growth.p50 / smallest.p50).toFixed(2)}× |`,
  `| smallest request: \`region { name }\` | ${smallest.p50.toFixed(1)} | ${smallest.p95.toFixed(1)} | 1× |`,
];
console.log(lines.join('\n'));
const results = new URL('./results/', import.meta.url);
mkdirSync(results, { recursive: true });
writeFileSync(new URL(`relatedness-${enterprises}.md`, results), `${lines.join('\n')}\n`);
