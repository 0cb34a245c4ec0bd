import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

export interface LoadResult {
  connections: number;
  requests: number;
  /** Failed requests: transport errors, non-2xx other than 503, or a GraphQL answer with errors. */
  failures: number;
  /** Requests a service refused on purpose (503 with Retry-After: it sheds what it cannot start soon). */
  shed: number;
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

/** Retry-After seconds of a refusal — a 503, or an answer whose error says SERVICE_UNAVAILABLE (Hive Gateway's form). */
export function retryAfterOfRefusal(status: number, text: string, headers: Headers): number | undefined {
  if (status === 503) return Number(headers.get('retry-after') ?? 1);
  if (!text.includes('"code":"SERVICE_UNAVAILABLE"')) return undefined;
  return Number(/"retryAfter":(\d+)/.exec(text)?.[1] ?? 1);
}

/** One check request; a service that sheds it is still busy with a load before, so it is asked again when it says. */
export async function postOnce(url: string, body: string, headers: Record<string, string>): Promise<string> {
  const giveUpAt = Date.now() + 120_000;
  for (;;) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await response.text();
    const retryAfter = retryAfterOfRefusal(response.status, text, response.headers);
    if (retryAfter !== undefined && Date.now() < giveUpAt) {
      await new Promise((resolve) => setTimeout(resolve, retryAfter * 1_000));
      continue;
    }
    if (!response.ok || text.includes('"errors"')) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`);
    return text;
  }
}

function summarise(latencies: number[], connections: number, failures: number, seconds: number, shed = 0): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
  return {
    connections,
    requests: sorted.length,
    failures,
    shed,
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
  let shed = 0;
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode === 200) latencies.push(responseTime);
    if (statusCode === 503) shed += 1;
  });
  const result = await finished;
  // A refusal's body carries its error too: it is counted once, as shed, not again as a mismatch.
  const failures = result.errors + result.timeouts + (result.non2xx - shed) + Math.max(0, (result.mismatches ?? 0) - shed);
  return summarise(latencies, connections, failures, seconds, shed);
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
