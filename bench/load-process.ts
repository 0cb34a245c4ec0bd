/**
 * The load generator in a process of its own: autocannon's event loop does not share a core's time with the
 * gateway or the subgraphs it measures. Started by `loadGenerator()`; one load at a time, over IPC.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { httpLoad, type HttpOperation, type LoadResult } from './load.js';

interface LoadRequest {
  operation: HttpOperation;
  connections: number;
  seconds: number;
}

type LoadAnswer = { result: LoadResult } | { error: string };

export interface LoadGenerator {
  /** `httpLoad` run in the load process. */
  httpLoad(operation: HttpOperation, connections: number, seconds: number): Promise<LoadResult>;
  /** The load process's pid: its CPU is measured too. */
  pid: number;
  stop(): Promise<void>;
}

const SELF = fileURLToPath(import.meta.url);

export function loadGenerator(): LoadGenerator {
  const child: ChildProcess = fork(SELF, ['--serve'], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  let queue: Promise<unknown> = Promise.resolve();
  const ask = (request: LoadRequest) =>
    new Promise<LoadResult>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the load process exited (${code}) during a load`));
      child.once('exit', onExit);
      child.once('message', (answer: LoadAnswer) => {
        child.off('exit', onExit);
        if ('error' in answer) reject(new Error(answer.error));
        else resolve(answer.result);
      });
      child.send(request);
    });
  return {
    pid: child.pid!,
    httpLoad(operation, connections, seconds) {
      const result = queue.then(() => ask({ operation, connections, seconds }));
      queue = result.catch(() => undefined);
      return result;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      await exited;
    },
  };
}

if (process.argv[2] === '--serve') {
  process.on('message', (request: LoadRequest) => {
    httpLoad(request.operation, request.connections, request.seconds).then(
      (result) => process.send!({ result } satisfies LoadAnswer),
      (error: unknown) => process.send!({ error: error instanceof Error ? error.message : String(error) } satisfies LoadAnswer),
    );
  });
}
