import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { authSettings, servicePorts, type ServicePorts } from '../config.js';
import { SUBGRAPHS } from '../subgraphs/index.js';
import type { Logger } from '../platform/logger.js';

const SUBGRAPH_CLI = fileURLToPath(new URL('../subgraphs/cli.ts', import.meta.url));
const GATEWAY_CLI = fileURLToPath(new URL('../gateway/cli.ts', import.meta.url));
/** How long a service process may take to answer /health after it was started. */
const START_TIMEOUT_MS = 60_000;
/** How long a service process may take to drain and exit when asked to stop; then it is killed. */
const STOP_TIMEOUT_MS = 15_000;

export interface ServiceProcess {
  name: string;
  pid: number;
  /** Its GraphQL endpoint. */
  url: string;
}

export interface RunningProcesses {
  gateway: ServiceProcess;
  subgraphs: ServiceProcess[];
  /** Resolves with the first service process that exits on its own (a crash): the others are not enough. */
  exited: Promise<{ name: string; code: number | null; signal: NodeJS.Signals | null }>;
  /** Stops the gateway first, so no request reaches a stopped subgraph, then the subgraphs. */
  stop(): Promise<void>;
}

export interface ProcessesOptions {
  /** The Neo4j every service connects to (the one `npm start` started or was given). */
  neo4jUri: string;
  ports?: ServicePorts;
  /** The environment of the service processes; this process's by default. */
  env?: NodeJS.ProcessEnv;
  /** Where the services' logs go: this process's output by default, or an open file's descriptor. */
  output?: number;
  logger: Logger;
}

/**
 * The production topology on one machine: each subgraph and the gateway in a process of its own (each its own event
 * loop, so they use every core), started through the same commands a deployment runs (`npm run subgraph -- NAME`,
 * `npm run gateway`), sharing one internal secret. Resolves once every service answers /health.
 */
export async function startProcesses({
  neo4jUri,
  ports = servicePorts(),
  env = process.env,
  output,
  logger,
}: ProcessesOptions): Promise<RunningProcesses> {
  const { PORT: _gatewayPort, ...inherited } = env;
  // PORT is the gateway's only: a subgraph given PORT would listen there instead of on its own port.
  const childEnv: NodeJS.ProcessEnv = {
    ...inherited,
    NEO4J_URI: neo4jUri,
    INTERNAL_AUTH_SECRET: authSettings(env).internalSecret,
    SUBGRAPH_BASE_PORT: String(ports.subgraphBase),
  };
  const started: { name: string; child: ChildProcess }[] = [];
  const stopAll = async () => {
    // The gateway first; the subgraphs after it has drained.
    for (const group of [started.filter(({ name }) => name === 'gateway'), started.filter(({ name }) => name !== 'gateway')]) {
      await Promise.all(group.map(({ child }) => stopChild(child)));
    }
  };
  let reportExit: (exit: { name: string; code: number | null; signal: NodeJS.Signals | null }) => void = () => undefined;
  const exited = new Promise<{ name: string; code: number | null; signal: NodeJS.Signals | null }>((resolve) => (reportExit = resolve));
  const launch = (name: string, script: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}) => {
    // tsx's loader, as `npm run subgraph` and `npm run gateway` use: the children run the TypeScript sources.
    const child = fork(script, args, {
      env: { ...childEnv, ...extraEnv },
      execArgv: ['--import', 'tsx'],
      stdio: output === undefined ? 'inherit' : ['ignore', output, output, 'ipc'],
    });
    child.once('exit', (code, signal) => {
      if (!stopping) reportExit({ name, code, signal });
    });
    started.push({ name, child });
    return child;
  };
  let stopping = false;
  try {
    const subgraphs = SUBGRAPHS.map((subgraph, index) => {
      const child = launch(subgraph.name, SUBGRAPH_CLI, [subgraph.name]);
      return { name: subgraph.name, pid: child.pid!, url: `http://127.0.0.1:${ports.subgraphBase + index}/graphql` };
    });
    await Promise.all(subgraphs.map((service) => answering(service, exited)));
    const gatewayChild = launch('gateway', GATEWAY_CLI, [], { PORT: String(ports.gateway) });
    const gateway = { name: 'gateway', pid: gatewayChild.pid!, url: `http://127.0.0.1:${ports.gateway}/graphql` };
    await answering(gateway, exited);
    logger.info(
      { processes: [...subgraphs, gateway].map(({ name, pid }) => ({ name, pid })) },
      'every service runs in a process of its own',
    );
    return {
      gateway,
      subgraphs,
      exited,
      async stop() {
        stopping = true;
        await stopAll();
      },
    };
  } catch (error) {
    stopping = true;
    await stopAll();
    throw error;
  }
}

/** Waits until the service answers /health; fails if its process exits first or it takes too long. */
async function answering(service: ServiceProcess, exited: Promise<{ name: string }>): Promise<void> {
  const health = service.url.replace(/\/graphql$/, '/health');
  const deadline = Date.now() + START_TIMEOUT_MS;
  let gone: string | null = null;
  void exited.then(({ name }) => (gone = name));
  while (Date.now() < deadline) {
    if (gone) throw new Error(`The ${gone} process exited while the services were starting; its log above says why.`);
    try {
      if ((await fetch(health, { signal: AbortSignal.timeout(1_000) })).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The ${service.name} process did not answer ${health} within ${START_TIMEOUT_MS / 1000} s.`);
}

/** SIGTERM (the service drains its requests), then SIGKILL if it has not exited in time. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const kill = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exit;
  clearTimeout(kill);
}
