import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { postOnce, retryAfterOfRefusal } from '../../bench/load.js';

const busy = JSON.stringify({
  errors: [{ message: 'busy', extensions: { retryAfter: 1, code: 'SERVICE_UNAVAILABLE', serviceName: 'reports' } }],
});

describe('the bench check request', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A service that refuses its first `refusals` requests in the given way, then answers. */
  async function serviceRefusingFirst(refusals: number, refuse: (response: import('node:http').ServerResponse) => void) {
    let seen = 0;
    server = createServer((_request, response) => {
      seen += 1;
      if (seen <= refusals) return refuse(response);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"ok":true}}');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, seen: () => seen };
  }

  it('tells a refusal and its wait from an answer and from a real error', () => {
    expect(retryAfterOfRefusal(503, '', new Headers({ 'retry-after': '3' }))).toBe(3);
    expect(retryAfterOfRefusal(200, busy, new Headers())).toBe(1);
    expect(retryAfterOfRefusal(200, '{"errors":[{"message":"x","extensions":{"code":"BAD_USER_INPUT"}}]}', new Headers())).toBeUndefined();
    expect(retryAfterOfRefusal(200, '{"data":{}}', new Headers())).toBeUndefined();
  });

  it('asks a gateway again that passed on a subgraph refusal as an answer with errors (as Hive Gateway does)', async () => {
    const service = await serviceRefusingFirst(1, (response) => response.writeHead(200, { 'content-type': 'application/json' }).end(busy));
    expect(await postOnce(service.url, '{}', {})).toBe('{"data":{"ok":true}}');
    expect(service.seen()).toBe(2);
  });

  it('asks again after a 503 with Retry-After', async () => {
    const service = await serviceRefusingFirst(1, (response) => response.writeHead(503, { 'retry-after': '1' }).end());
    expect(await postOnce(service.url, '{}', {})).toContain('"ok":true');
    expect(service.seen()).toBe(2);
  });

  it('fails at once on an answer with any other error', async () => {
    const service = await serviceRefusingFirst(Number.POSITIVE_INFINITY, (response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"errors":[{"message":"no such field"}]}'),
    );
    await expect(postOnce(service.url, '{}', {})).rejects.toThrow(/answered 200: .*no such field/);
    expect(service.seen()).toBe(1);
  });
});
