import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LocalNeo4jSettings, Neo4jCredentials } from '../../config.js';
import { JAVA_CLASSPATH, ensureNeo4jInstalled } from './install.js';

/** `.neo4j/` at the project root (gitignored): one folder per local instance, holding its data, pid and log. */
const LOCAL_DATA_ROOT = fileURLToPath(new URL('../../../.neo4j/', import.meta.url));

/** The first start creates the system and neo4j databases; allow for a slow disk. */
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

// The flags Neo4j's own start script passes on Java 17+.
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
];

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** False when an already running instance was found: whoever started it stops it. */
  startedHere: boolean;
}

interface InstancePaths {
  home: string;
  pidFile: string;
  logFile: string;
}

function instancePaths(settings: LocalNeo4jSettings, root = LOCAL_DATA_ROOT): InstancePaths {
  const home = path.join(root, settings.instance);
  return { home, pidFile: path.join(home, 'neo4j.pid'), logFile: path.join(home, 'neo4j.log') };
}

function boltUri(settings: LocalNeo4jSettings): string {
  return `bolt://127.0.0.1:${settings.port}`;
}

/**
 * Starts the local Neo4j instance in the background (installing it first if needed) and resolves once Bolt accepts
 * the given credentials. An instance that is already running is reused.
 */
export async function startLocalNeo4j(
  settings: LocalNeo4jSettings,
  credentials: Neo4jCredentials,
  options: { root?: string; log?: (line: string) => void } = {},
): Promise<LocalNeo4j> {
  const log = options.log ?? console.log;
  const paths = instancePaths(settings, options.root);
  const uri = boltUri(settings);
  const running = runningPid(paths);
  if (running !== undefined) {
    return { uri, pid: running, startedHere: false };
  }

  await ensureNeo4jInstalled(log);
  mkdirSync(paths.home, { recursive: true });
  const logFd = openSync(paths.logFile, 'w');
  const child = spawn(
    'java',
    [
      `-Xms${settings.heap}`,
      `-Xmx${settings.heap}`,
      ...JVM_FLAGS,
      '-cp',
      JAVA_CLASSPATH,
      'Launcher',
      path.join(paths.home, 'data'),
      `127.0.0.1:${settings.port}`,
      credentials.user,
      settings.pageCache,
      settings.transactionTimeout,
      settings.transactionMemory,
    ],
    { detached: true, stdio: ['pipe', logFd, logFd] },
  );
  closeSync(logFd);
  // On standard input, not the command line: arguments show in every user's process list.
  child.stdin!.end(`${credentials.password}\n`);
  child.unref();
  if (child.pid === undefined) throw new Error('Could not start java for the local Neo4j');
  writeFileSync(paths.pidFile, `${child.pid}\n`);

  const started = Date.now();
  while (Date.now() - started < START_TIMEOUT_MS) {
    const output = readFileSync(paths.logFile, 'utf8');
    if (output.includes('READY bolt://')) return { uri, pid: child.pid, startedHere: true };
    if (!isAlive(child.pid)) {
      rmSync(paths.pidFile, { force: true });
      throw new Error(`The local Neo4j exited during start-up. Last lines of ${paths.logFile}:\n${tail(output, 30)}`);
    }
    await sleep(250);
  }
  await stopProcess(child.pid);
  rmSync(paths.pidFile, { force: true });
  throw new Error(`The local Neo4j did not become ready within ${START_TIMEOUT_MS / 1000}s; see ${paths.logFile}`);
}

/**
 * Stops the instance cleanly (SIGTERM runs Neo4j's shutdown, which checkpoints the store). With `startedPid`, only
 * if the instance running is still the one that process started: one restarted since belongs to whoever did it.
 */
export async function stopLocalNeo4j(settings: LocalNeo4jSettings, options: { root?: string; startedPid?: number } = {}): Promise<boolean> {
  const paths = instancePaths(settings, options.root);
  const pid = runningPid(paths);
  if (pid === undefined || (options.startedPid !== undefined && pid !== options.startedPid)) return false;
  await stopProcess(pid);
  rmSync(paths.pidFile, { force: true });
  return true;
}

export function localNeo4jStatus(settings: LocalNeo4jSettings, options: { root?: string } = {}) {
  const paths = instancePaths(settings, options.root);
  const pid = runningPid(paths);
  return { running: pid !== undefined, pid, uri: boltUri(settings), home: paths.home, logFile: paths.logFile };
}

function runningPid(paths: InstancePaths): number | undefined {
  if (!existsSync(paths.pidFile)) return undefined;
  const pid = Number(readFileSync(paths.pidFile, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && isOurLauncher(pid)) return pid;
  rmSync(paths.pidFile, { force: true }); // stale: the machine rebooted or the process was killed
  return undefined;
}

/** Guards against a recycled pid after a reboot: only a java process running our Launcher counts. */
function isOurLauncher(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('Launcher');
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopProcess(pid: number): Promise<void> {
  process.kill(pid, 'SIGTERM');
  const started = Date.now();
  while (isAlive(pid)) {
    if (Date.now() - started > STOP_TIMEOUT_MS) {
      process.kill(pid, 'SIGKILL');
      break;
    }
    await sleep(200);
  }
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
