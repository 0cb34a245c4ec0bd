import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchWithin } from '../../src/gateway/subgraph-fetch.js';

// Garbage collections on demand: what a busy gateway does on its own, at moments nobody chooses.
setFlagsFromString('--expose_gc');
const collectGarbage = runInNewContext('gc') as () => void;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Headers and the start of a body, then nothing. */
let stalling: Server;
let url: string;

beforeAll(async () => {
  stalling = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"data":');
  });
  await once(stalling.listen(0, '127.0.0.1'), 'listening');
  url = `http://127.0.0.1:${(stalling.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  stalling.closeAllConnections();
  await new Promise((resolve) => stalling.close(resolve));
});

/** How the request ended: its error's name, or "no end" if it had not ended a few seconds after its deadline. */
async function ending(request: Promise<Response>): Promise<string> {
  const ended = request.then(
    async (response) => `answered ${(await response.text()).length}`,
    (error: Error) => error.name,
  );
  for (let round = 0; round < 5; round += 1) {
    collectGarbage();
    await sleep(40);
  }
  return Promise.race([ended, sleep(3_000).then(() => 'no end')]);
}

describe('a request to a subgraph', () => {
  it('ends at its deadline while the body stalls, though garbage is collected meanwhile', async () => {
    const client = new AbortController();
    expect(await ending(fetchWithin(url, undefined, 300, client.signal))).toBe('TimeoutError');
    expect(await ending(fetchWithin(url, undefined, 300))).toBe('TimeoutError');
  });

  it('ends as soon as the client gives up', async () => {
    const client = new AbortController();
    const request = fetchWithin(url, undefined, 60_000, client.signal);
    setTimeout(() => client.abort(new DOMException('the client went away', 'AbortError')), 100);
    expect(await ending(request)).toBe('AbortError');
  });
});
