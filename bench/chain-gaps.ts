/**
 * `npm run bench:gaps [-- --runs N]`: the latency of chainGaps on the demo dataset, through the gateway and on the
 * recruitment subgraph directly, against the floor of its two Cypher queries run through the driver alone.
 * Runs on its own local Neo4j instance (`.neo4j/bench`, port 7690), which it empties and loads with the demo.
 */
import { performance } from 'node:perf_hooks';
import { VIEWER_HEADER } from '../src/auth/request-viewer.js';
import { createAccessToken, signInternalToken } from '../src/auth/tokens.js';
import { authSettings } from '../src/config.js';
import { importDataset } from '../src/dataset/import.js';
import { DEMO_DATASET } from '../src/dataset/demo.js';
import { PRIORITIES } from '../seeds/demo/chains.js';
import { readRows } from '../src/neo4j/driver.js';
import { emptyBenchNeo4j } from './bench-neo4j.js';
import { startStack } from '../src/server/stack.js';
import { CANDIDATE_CONTEXT, CHAIN_FACTS } from '../src/subgraphs/recruitment/repository.js';
import { RECRUITED_STATUSES } from '../src/domain/project-pipeline.js';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 30;
const cases = Object.entries(PRIORITIES).flatMap(([regionId, chainIds]) => chainIds.map((chainId) => ({ regionId, chainId })));

const QUERY = `query ($regionId: ID!, $chainId: ID!) {
  chainGaps(regionId: $regionId, chainId: $chainId) {
    completeness gaps { kind link { name } reasons candidates(first: 5) { score reasons enterprise { name } } }
  }
}`;
const DIRECT_QUERY = `query ($regionId: ID!, $chainId: ID!) {
  chainGaps(regionId: $regionId, chainId: $chainId) { completeness gaps { kind reasons candidates(first: 5) { score reasons } } }
}`;

async function post(url: string, query: string, variables: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

/** Milliseconds of each call, every case `runs` times, in turn. */
async function measure(call: (regionId: string, chainId: string) => Promise<unknown>): Promise<number[]> {
  for (const { regionId, chainId } of cases) await call(regionId, chainId); // warm-up: plans, caches, JIT
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    for (const { regionId, chainId } of cases) {
      const start = performance.now();
      await call(regionId, chainId);
      times.push(performance.now() - start);
    }
  }
  return times.sort((a, b) => a - b);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

// A planner may analyse any region; the direct subgraph call carries the viewer as the gateway would.
const auth = authSettings();
const token = await createAccessToken({ role: 'planner', regionId: 'shangcai', ttl: '1h' }, auth.jwtSecret!);
const viewerToken = await signInternalToken({ role: 'planner', subject: 'bench', regionId: 'shangcai' }, auth.internalSecret);

const connection = await emptyBenchNeo4j();
const { driver } = connection;
const imported = await importDataset(driver, DEMO_DATASET);
const stack = await startStack(driver, 'any', auth);
const recruitmentUrl = stack.subgraphs.find((service) => service.name === 'recruitment')!.url;
try {
  const gateway = await measure((regionId, chainId) => post(stack.gateway.url, QUERY, { regionId, chainId }));
  const direct = await measure((regionId, chainId) => post(recruitmentUrl, DIRECT_QUERY, { regionId, chainId }, { [VIEWER_HEADER]: viewerToken }));
  const cypher = await measure(async (regionId, chainId) => {
    const [facts] = await readRows<{ links: { id: string }[] }>(driver, CHAIN_FACTS, { regionId, chainId, assumedLocalIds: [] });
    const linkIds = facts!.links.map((link) => link.id);
    await readRows(driver, CANDIDATE_CONTEXT, { regionId, assumedLocalIds: [], linkIds, recruitedStatuses: RECRUITED_STATUSES });
  });
  const row = (name: string, times: number[]) =>
    `| ${name} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${(percentile(times, 50) / percentile(cypher, 50)).toFixed(2)}× |`;
  console.log(
    [
      `chainGaps on the demo dataset (${imported.graph.nodes} nodes, ${imported.graph.relationships} relationships): ` +
        `${cases.length} region × leading chain cases, ${runs} runs each, sequential, after one warm-up pass.`,
      '',
      '| path | p50 ms | p95 ms | p50 vs Cypher floor |',
      '| --- | ---: | ---: | ---: |',
      row('gateway (gaps, candidates, names from 3 subgraphs)', gateway),
      row('recruitment subgraph directly (no names)', direct),
      row('the two Cypher queries through the driver (floor)', cypher),
    ].join('\n'),
  );
} finally {
  await stack.stop();
  await connection.close();
}
