import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

export interface LoadResult {
  connections: number;
  requests: number;
  /** Failed requests: transport errors, non-2xx, or a GraphQL answer with errors. */
  failures: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface HttpOperation {
  url: string;
  body: string;
  headers: Record<string, string>;
}

function summarise(latencies: number[], connections: number, failures: number, seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
  return {
    connections,
    requests: sorted.length,
    failures,
    requestsPerSecond: sorted.length / seconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
  };
}

/** Drives a GraphQL POST with autocannon: `connections` clients, each sending its next request when one returns. */
export async function httpLoad(operation: HttpOperation, connections: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let finish!: (result: autocannon.Result) => void;
  let fail!: (error: unknown) => void;
  const finished = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (fail = reject)));
  const instance = autocannon(
    {
      url: operation.url,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...operation.headers },
      body: operation.body,
      connections,
      duration: seconds,
      // Slow answers are latencies to report, not failures.
      timeout: 120,
      // A GraphQL error still comes back as 200: count it as a failure.
      verifyBody: (body) => !String(body).includes('"errors"'),
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode === 200) latencies.push(responseTime);
  });
  const result = await finished;
  return summarise(latencies, connections, result.errors + result.timeouts + result.non2xx + (result.mismatches ?? 0), seconds);
}

/** The same closed loop for a call that is not HTTP (the Cypher floor through the driver). */
export async function callLoad(call: () => Promise<unknown>, connections: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const start = performance.now();
        try {
          await call();
          latencies.push(performance.now() - start);
        } catch {
          failures += 1;
        }
      }
    }),
  );
  return summarise(latencies, connections, failures, seconds);
}
