import { request as httpRequest, type ClientRequest } from 'node:http';

/**
 * `count` POSTs to `url` whose bodies never come: a service takes a request when its headers arrive, so these hold
 * that many of its slots until `release`.
 */
export function holdRequests(url: string, count: number): { release(): void } {
  const held: ClientRequest[] = Array.from({ length: count }, () => {
    const request = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '100' } });
    request.on('error', () => undefined);
    request.flushHeaders();
    return request;
  });
  return {
    release() {
      for (const request of held) request.destroy();
    },
  };
}
