/**
 * `npm run bench [-- --enterprises 100000 --seed 1 --seconds 10]`: generates (once) and imports a national dataset
 * into the bench Neo4j instance (`.neo4j/bench`, port 7690), starts the whole stack on it, and drives each operation
 * of bench/operations.ts with autocannon (in a process of its own) at concurrency 1 and 32 — through the gateway and
 * on its subgraph directly, with every service in this one process and with each in a process of its own, and as
 * raw Cypher through the driver (the floor) — counting the Cypher queries each operation sends.
 * Prints a markdown table and writes it with the JSON to bench/results/.
 */
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { pino } from 'pino';
import { parseCommandLine } from '../src/command-line.js';
import { VIEWER_HEADER } from '../src/auth/request-viewer.js';
import { createAccessToken, signInternalToken } from '../src/auth/tokens.js';
import type { Role } from '../src/auth/viewer.js';
import { authSettings, localNeo4jSettings } from '../src/config.js';
import { localNeo4jStatus } from '../src/neo4j/local/server.js';
import { graphCounts } from '../src/dataset/repository.js';
import { countingDriver } from '../test/support/counting-driver.js';
import { readRows } from '../src/neo4j/driver.js';
import { createLogger } from '../src/platform/logger.js';
import { startProcesses } from '../src/topology/processes.js';
import { startStack } from '../src/topology/stack.js';
import { freePort, freePortRange } from '../test/support/ports.js';
import { cpuDuring } from './cpu-time.js';
import { callLoad, postOnce, type LoadResult } from './load.js';
import { loadGenerator } from './load-process.js';
import { loadBenchDataset } from './bench-neo4j.js';
import { benchOperations, type BenchOperation, type PeerName } from './operations.js';
import { startHiveGateway, type HivePlanner } from './peer-hive-gateway.js';
import { startNeo4jGraphQLPeer } from './peer-neo4j-graphql.js';

const PEER_LABEL: Record<PeerName, string> = {
  'neo4j-graphql': '@neo4j/graphql server (its generated schema, same data)',
};
/** The gateways compared over the processes' subgraphs, besides ours (@apollo/gateway in its own process). */
const HIVE_GATEWAYS: Record<HivePlanner, string> = {
  javascript: 'Hive Gateway',
  rust: 'Hive Gateway + Rust planner',
};

const { values } = parseCommandLine('Usage: npm run bench [-- --enterprises 100000 --seed 1 --seconds 10]', {
  enterprises: { type: 'string', default: '100000' },
  seed: { type: 'string', default: '1' },
  seconds: { type: 'string', default: '10' },
});
const enterprises = Number(values.enterprises);
const seed = Number(values.seed);
const seconds = Number(values.seconds);
const CONCURRENCY = [1, 32];
const WARM_UP_SECONDS = 5;

const TMP = new URL('./tmp/', import.meta.url);
const RESULTS = new URL('./results/', import.meta.url);
mkdirSync(TMP, { recursive: true });
mkdirSync(RESULTS, { recursive: true });
const { connection, importSeconds } = await loadBenchDataset(enterprises, seed);
const rawDriver = connection.driver;
const counted = countingDriver(rawDriver);
const auth = authSettings();
const graph = await graphCounts(rawDriver);

// The busiest county with a leading chain: where analyses have the most local firms to weigh.
const [busiest] = await readRows<{ regionId: string; chainId: string; firms: number }>(
  rawDriver,
  `MATCH (county:Region {level: 'COUNTY'})-[:PRIORITIZES]->(chain:Chain)
   WITH county, min(chain.id) AS chainId
   CALL (county) {
     MATCH (county)<-[:IN*0..1]-(place)<-[:LOCATED_IN]-(firm:Enterprise)
     RETURN count(firm) AS firms
   }
   RETURN county.id AS regionId, chainId, firms ORDER BY firms DESC LIMIT 1`,
);
const { regionId, chainId, firms } = busiest!;

// Every request logged as in production (one JSON line, buffered), to a file: its cost is measured.
const requestLog = new URL('request-log.jsonl', TMP).pathname;
const logger = createLogger({ ...process.env, LOG_LEVEL: 'info' }, pino.destination({ dest: requestLog, sync: false }));
const stack = await startStack(counted.driver, 'any', { auth, logger });
// The production topology over the same Neo4j: each subgraph and the gateway in a process of its own, logging the
// same lines to a file of their own.
const processes = await startProcesses({
  neo4jUri: connection.uri,
  ports: { gateway: await freePort(), subgraphBase: await freePortRange(4) },
  env: { ...process.env, LOG_LEVEL: 'info', NODE_ENV: 'development' },
  output: openSync(new URL('processes-log.jsonl', TMP).pathname, 'w'),
  logger,
});
const processSubgraphUrl = (name: string) => processes.subgraphs.find((service) => service.name === name)!.url;
// autocannon in a process of its own: its event loop shares no core's time with what it measures.
const load = loadGenerator();
const httpLoad = load.httpLoad.bind(load);
// Whose CPU a request of the processes topology uses: each service, Neo4j (when the bench launched it), the load.
const neo4jPid = process.env.NEO4J_URI ? undefined : localNeo4jStatus(localNeo4jSettings('bench')).pid;
const processPids: Record<string, number> = {
  ...Object.fromEntries([...processes.subgraphs, processes.gateway].map((service) => [service.name, service.pid])),
  ...(neo4jPid ? { neo4j: neo4jPid } : {}),
  'load generator': load.pid,
};
const subgraphUrl = (name: string) => stack.subgraphs.find((service) => service.name === name)!.url;
const peers: Record<PeerName, { url: string; stop(): Promise<void> }> = {
  'neo4j-graphql': await startNeo4jGraphQLPeer(rawDriver),
};
// The other gateways over the subgraphs of the processes, each in this process (idle while they are measured).
const processSubgraphUrls = Object.fromEntries(processes.subgraphs.map((service) => [service.name, service.url]));
const hiveGateways: Record<HivePlanner, { url: string; stop(): Promise<void> }> = {
  javascript: await startHiveGateway(processSubgraphUrls, { planner: 'javascript', auth, logger }),
  rust: await startHiveGateway(processSubgraphUrls, { planner: 'rust', auth, logger }),
};
/** A client token, and a viewer token like the one the gateway hands the subgraph, for the direct calls. */
async function tokensFor(role: Role) {
  const regionOfViewer = role === 'planner' ? regionId : null;
  return {
    client: await createAccessToken({ role, regionId: regionOfViewer ?? undefined, ttl: '1h' }, auth.jwtSecret!),
    // Good for the whole run: a direct load may start minutes after its token was made.
    viewer: await signInternalToken({ role, subject: 'bench', regionId: regionOfViewer }, auth.internalSecret, 3 * 60 * 60),
  };
}

interface OperationResult {
  name: string;
  directNote: string;
  /** The operation's first request through the gateway in this run: nothing planned, compiled or kept yet. */
  firstMs: number;
  cypherQueries: number;
  gateway: LoadResult[];
  direct: LoadResult[];
  /** The same through the gateway and on the subgraph when each runs in a process of its own. */
  processGateway: LoadResult[];
  processDirect: LoadResult[];
  /** CPU milliseconds each process of that topology (and Neo4j, and the load generator) spent in its gateway cell. */
  processCpu: Record<string, number>[];
  /** The same through the other gateways over the processes' subgraphs. */
  gateways: Record<HivePlanner, LoadResult[]>;
  floor: LoadResult[];
  peers: Partial<Record<PeerName, LoadResult[]>>;
}
const results: OperationResult[] = [];

/**
 * Waits until the work a load left queued has drained (a closed loop stops sending, not the server working), so it
 * does not slow the next measurement: until Neo4j runs no transaction but this check.
 */
async function settle(): Promise<void> {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    const [row] = await readRows<{ running: number }>(rawDriver, 'SHOW TRANSACTIONS YIELD transactionId RETURN count(*) AS running');
    if (row!.running <= 1) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The ids an answer names, in order: a peer must return the same firms as we do, or the comparison is void. */
const idsIn = (answer: string) => [...answer.matchAll(/"id":"([^"]+)"/g)].map((match) => match[1]);

/**
 * What autocannon sends for an operation: through the gateway, and straight to the subgraph that owns it — in the
 * single process, and in the processes of their own.
 */
async function requestsOf(operation: BenchOperation) {
  const token = await tokensFor(operation.role);
  const gatewayBody = JSON.stringify(operation.gateway);
  const directBody = JSON.stringify({ query: operation.direct.query, variables: operation.direct.variables });
  const client = { authorization: `Bearer ${token.client}` };
  const viewer = { [VIEWER_HEADER]: token.viewer };
  return {
    gateway: { url: stack.gateway.url, body: gatewayBody, headers: client },
    direct: { url: subgraphUrl(operation.direct.subgraph), body: directBody, headers: viewer },
    processGateway: { url: processes.gateway.url, body: gatewayBody, headers: client },
    processDirect: { url: processSubgraphUrl(operation.direct.subgraph), body: directBody, headers: viewer },
    hive: (planner: HivePlanner) => ({ url: hiveGateways[planner].url, body: gatewayBody, headers: client }),
  };
}

try {
  // Every operation first runs for a while, so Neo4j's JIT and query caches are warm before anything is measured
  // (a Neo4j just started answers several times slower); each operation's very first request is timed on the way.
  const operations = benchOperations(regionId, chainId);
  const firstMsOf = new Map<string, number>();
  for (const operation of operations) {
    const { gateway, processGateway } = await requestsOf(operation);
    await settle();
    const firstStarted = performance.now();
    await postOnce(gateway.url, gateway.body, gateway.headers);
    firstMsOf.set(operation.name, performance.now() - firstStarted);
    await httpLoad(gateway, 32, WARM_UP_SECONDS);
    await postOnce(processGateway.url, processGateway.body, processGateway.headers);
    await httpLoad(processGateway, 32, WARM_UP_SECONDS);
  }
  for (const operation of operations) {
    const { gateway, direct, processGateway, processDirect, hive } = await requestsOf(operation);
    const firstMs = firstMsOf.get(operation.name)!;
    const ours = await postOnce(gateway.url, gateway.body, gateway.headers);
    await postOnce(direct.url, direct.body, direct.headers);
    counted.reset();
    await postOnce(gateway.url, gateway.body, gateway.headers);
    const cypherQueries = counted.count();

    console.log(`\n${operation.name}: first request ${firstMs.toFixed(0)} ms, then ${cypherQueries} Cypher queries per operation`);
    await httpLoad(gateway, 32, WARM_UP_SECONDS);
    const result: OperationResult = {
      name: operation.name,
      directNote: operation.direct.note,
      firstMs,
      cypherQueries,
      gateway: [],
      direct: [],
      processGateway: [],
      processDirect: [],
      processCpu: [],
      gateways: { javascript: [], rust: [] },
      floor: [],
      peers: {},
    };
    const peerLoads = Object.entries(operation.peers ?? {}).map(([peer, request]) => {
      const load = { url: peers[peer as PeerName].url, body: JSON.stringify(request), headers: {} };
      return { peer: peer as PeerName, load };
    });
    for (const { peer, load } of peerLoads) {
      const theirs = await postOnce(load.url, load.body, load.headers);
      if (idsIn(theirs).join() !== idsIn(ours).join())
        throw new Error(`${peer} does not answer ${operation.name} with the same records as the gateway`);
      await httpLoad(load, 32, WARM_UP_SECONDS);
      result.peers[peer] = [];
    }
    for (const planner of Object.keys(HIVE_GATEWAYS) as HivePlanner[]) {
      await settle();
      const theirs = await postOnce(hive(planner).url, hive(planner).body, hive(planner).headers);
      if (idsIn(theirs).join() !== idsIn(ours).join())
        throw new Error(`${HIVE_GATEWAYS[planner]} does not answer ${operation.name} with the same records as the gateway`);
      await httpLoad(hive(planner), 32, WARM_UP_SECONDS);
    }
    await settle();
    for (const connections of CONCURRENCY) {
      result.gateway.push(await httpLoad(gateway, connections, seconds));
      await settle();
      result.direct.push(await httpLoad(direct, connections, seconds));
      await settle();
      const measured = await cpuDuring(processPids, () => httpLoad(processGateway, connections, seconds));
      result.processGateway.push(measured.result);
      result.processCpu.push(measured.cpuMilliseconds);
      await settle();
      result.processDirect.push(await httpLoad(processDirect, connections, seconds));
      await settle();
      result.floor.push(await callLoad(() => operation.floor(rawDriver), connections, seconds));
      await settle();
      for (const { peer, load } of peerLoads) {
        result.peers[peer]!.push(await httpLoad(load, connections, seconds));
        await settle();
      }
      for (const planner of Object.keys(HIVE_GATEWAYS) as HivePlanner[]) {
        result.gateways[planner].push(await httpLoad(hive(planner), connections, seconds));
        await settle();
      }
      const [g, d, pg, pd, f] = [result.gateway, result.direct, result.processGateway, result.processDirect, result.floor].map((loads) =>
        loads.at(-1)!,
      );
      const all = [g!, d!, pg!, pd!, f!];
      const failures = all.reduce((total, one) => total + one.failures, 0);
      const shed = all.reduce((total, one) => total + one.shed, 0);
      console.log(
        `  c=${connections}: one process: gateway p50 ${g!.p50.toFixed(1)} p95 ${g!.p95.toFixed(1)} ms, ${g!.requestsPerSecond.toFixed(0)} rps, direct p50 ${d!.p50.toFixed(1)}` +
          ` | processes: gateway p50 ${pg!.p50.toFixed(1)} p95 ${pg!.p95.toFixed(1)} ms, ${pg!.requestsPerSecond.toFixed(0)} rps, direct p50 ${pd!.p50.toFixed(1)}` +
          ` | floor p50 ${f!.p50.toFixed(1)} ms` +
          (shed > 0 ? ` | shed (503) ${shed}` : '') +
          (failures > 0 ? ` | FAILURES ${failures}` : ''),
      );
    }
    results.push(result);
  }
} finally {
  await load.stop();
  for (const peer of [...Object.values(peers), ...Object.values(hiveGateways)]) await peer.stop();
  await processes.stop();
  await stack.stop();
  await connection.close();
}

const fixed = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '—');
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const neo4jVersion = process.env.NEO4J_URI ? `at ${process.env.NEO4J_URI}` : '5.26 Community (local jars)';
const header = [
  `# Benchmark: ${enterprises.toLocaleString('en')} enterprises (seed ${seed})`,
  '',
  `Run ${new Date().toISOString()} with \`npm run bench -- --enterprises ${enterprises} --seed ${seed} --seconds ${seconds}\` on ${cpus().length} cores, ` +
    `${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Neo4j ${neo4jVersion}; the load generator (autocannon, a process of its own), the services and Neo4j on the same machine.`,
  `Graph: ${graph.nodes.toLocaleString('en')} nodes, ${graph.relationships.toLocaleString('en')} relationships` +
    (importSeconds === null ? ' (imported by an earlier run).' : `; imported in ${importSeconds.toFixed(1)} s by this run.`),
  `Busiest county: ${regionId} (${firms.toLocaleString('en')} firms), chain ${chainId}. Each cell: ${seconds} s of closed-loop load; every operation first ran ${WARM_UP_SECONDS} s to warm Neo4j up, and again before its cells.`,
  '',
  '| operation | c | gateway p50 / p95 / p99 ms | rps | direct subgraph p50 ms | Cypher floor p50 ms | gateway ÷ direct (p50) | gateway ÷ floor (p50) | Cypher queries / op | first request ms |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
const rows = results.flatMap((result) =>
  CONCURRENCY.map((connections, index) => {
    const [g, d, f] = [result.gateway[index]!, result.direct[index]!, result.floor[index]!];
    return `| ${result.name} | ${connections} | ${fixed(g.p50)} / ${fixed(g.p95)} / ${fixed(g.p99)} | ${g.requestsPerSecond.toFixed(0)} | ${fixed(d.p50)} | ${fixed(f.p50)} | ${ratio(g.p50, d.p50)} | ${ratio(g.p50, f.p50)} | ${result.cypherQueries} | ${index === 0 ? fixed(result.firstMs) : ''} |`;
  }),
);
const shedNote = (load: LoadResult) =>
  (load.shed > 0 ? ` (${load.shed} shed)` : '') + (load.failures > 0 ? ` (${load.failures} failed)` : '');
const topologyRows = results.flatMap((result) =>
  CONCURRENCY.map((connections, index) => {
    const [g, d, pg, pd] = [result.gateway[index]!, result.direct[index]!, result.processGateway[index]!, result.processDirect[index]!];
    return `| ${result.name.split(' (')[0]} | ${connections} | ${fixed(g.p50)} / ${fixed(g.p95)} | ${g.requestsPerSecond.toFixed(0)}${shedNote(g)} | ${ratio(g.p50, d.p50)} | ${fixed(pg.p50)} / ${fixed(pg.p95)} | ${pg.requestsPerSecond.toFixed(0)}${shedNote(pg)} | ${fixed(pd.p50)} | ${ratio(pg.p50, pd.p50)} | ${ratio(g.p50, pg.p50)} |`;
  }),
);
const topologyTable = [
  '',
  'Both topologies, same run: everything in one Node process (`npm start`), and each subgraph and the gateway in a process of its own (`npm start -- --processes`):',
  '',
  '| operation | c | one process: gateway p50 / p95 ms | rps | gateway ÷ direct | processes: gateway p50 / p95 ms | rps | direct p50 ms | gateway ÷ direct | one ÷ processes (p50) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...topologyRows,
];
const gatewayRows = results.flatMap((result) =>
  CONCURRENCY.map((connections, index) => {
    const [apollo, direct] = [result.processGateway[index]!, result.processDirect[index]!];
    const hive = (Object.keys(HIVE_GATEWAYS) as HivePlanner[]).map((planner) => result.gateways[planner][index]!);
    const cells = [apollo, ...hive].map(
      (load) =>
        `${fixed(load.p50)} / ${fixed(load.p95)} | ${load.requestsPerSecond.toFixed(0)}${shedNote(load)} | ${ratio(load.p50, direct.p50)}`,
    );
    // A Hive Gateway that failed requests (it answers a subgraph's 503 as a 200 with errors) is not comparable.
    const fastest = Math.min(...hive.filter((load) => load.failures === 0).map((load) => load.p50));
    const versus = Number.isFinite(fastest) ? ratio(apollo.p50, fastest) : '—';
    return `| ${result.name.split(' (')[0]} | ${connections} | ${fixed(direct.p50)} | ${cells.join(' | ')} | ${versus} |`;
  }),
);
const gatewayTable = [
  '',
  'The gateways, same run, each over the same supergraph and the subgraphs of the processes, each verifying the client token and handing the subgraphs its viewer signed with the internal secret, masking errors and applying the same operation limits (bench/peer-hive-gateway.ts); ours is `@apollo/gateway` in its own process, the Hive Gateways share a process with nothing else under load:',
  '',
  `| operation | c | direct p50 ms | @apollo/gateway p50 / p95 ms | rps | ÷ direct | ${Object.values(HIVE_GATEWAYS)
    .map((label) => `${label} p50 / p95 ms | rps | ÷ direct`)
    .join(' | ')} | ours ÷ fastest Hive (p50) |`,
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...gatewayRows,
];
const cpuNames = Object.keys(processPids);
const cpuRows = results.flatMap((result) =>
  CONCURRENCY.map((connections, index) => {
    const load = result.processGateway[index]!;
    const handled = load.requests + load.shed;
    const perRequest = cpuNames.map((name) => (handled > 0 ? result.processCpu[index]![name]! / handled : Number.NaN));
    const total = perRequest.reduce((sum, value) => sum + value, 0);
    return `| ${result.name.split(' (')[0]} | ${connections} | ${load.requestsPerSecond.toFixed(0)} | ${perRequest.map(fixed).join(' | ')} | ${fixed(total)} | ${(
      (cpus().length * 1000) /
      total
    ).toFixed(0)} |`;
  }),
);
const cpuTable = [
  '',
  `CPU per request in the processes topology, same cells (user + system time of each process from /proc while the cell ran, over the requests it answered or shed); the last column is what ${cpus().length} cores could answer a second at that cost:`,
  '',
  `| operation | c | rps | ${cpuNames.map((name) => `${name} ms`).join(' | ')} | total ms | cores' bound (rps) |`,
  `| --- | ---: | ---: | ${cpuNames.map(() => '---:').join(' | ')} | ---: | ---: |`,
  ...cpuRows,
];
const peerRows = results.flatMap((result) =>
  Object.entries(result.peers).flatMap(([peer, loads]) =>
    CONCURRENCY.map((connections, index) => {
      const [ours, theirs] = [result.gateway[index]!, loads[index]!];
      return `| ${result.name.split(' (')[0]} | ${PEER_LABEL[peer as PeerName]} | ${connections} | ${fixed(ours.p50)} / ${fixed(ours.p95)} | ${fixed(theirs.p50)} / ${fixed(theirs.p95)} | ${theirs.requestsPerSecond.toFixed(0)} | ${ratio(ours.p50, theirs.p50)} |`;
    }),
  ),
);
const peerTable = [
  '',
  'The same operations served by peers over the same database and subgraphs, measured in the same run:',
  '',
  '| operation | peer | c | ours p50 / p95 ms | peer p50 / p95 ms | peer rps | ours ÷ peer (p50) |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ...peerRows,
];
const notes = [
  ...topologyTable,
  ...cpuTable,
  ...gatewayTable,
  ...peerTable,
  '',
  "First request: the operation's first through the gateway after the stack started (query plans, Neo4j's compiled queries and chainGaps' kept facts all empty).",
  '',
  'Direct subgraph: ' + results.map((result) => `${result.name.split(' (')[0]} ${result.directNote}`).join('; ') + '.',
];
const markdown = [...header, ...rows, ...notes, ''].join('\n');
console.log(`\n${markdown}`);
const base = new URL(`bench-${enterprises}`, RESULTS).pathname;
writeFileSync(`${base}.md`, markdown);
writeFileSync(
  `${base}.json`,
  `${JSON.stringify({ enterprises, seed, seconds, graph, importSeconds, regionId, chainId, firms, results }, null, 2)}\n`,
);
console.log(`Wrote ${base}.md and ${base}.json`);
