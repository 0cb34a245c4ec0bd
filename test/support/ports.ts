import { createServer } from 'node:net';

/**
 * Where free ports are looked for: below the kernel's ephemeral range (Linux hands out 32768–60999 as the local end
 * of outgoing connections), so a port found free is not taken by some connection before the server told to use it
 * starts — which happened to a subgraph started seconds after its port was chosen.
 */
const LOWEST = 20_000;
const HIGHEST = 32_000;

async function isFree(port: number): Promise<boolean> {
  const server = createServer();
  const listening = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => resolve(true));
  });
  if (listening) await new Promise((resolve) => server.close(resolve));
  return listening;
}

/** `count` consecutive ports free right now (the subgraphs listen on SUBGRAPH_BASE_PORT + i). */
export async function freePortRange(count: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const base = LOWEST + Math.floor(Math.random() * (HIGHEST - LOWEST - count));
    let free = true;
    for (let port = base; free && port < base + count; port += 1) free = await isFree(port);
    if (free) return base;
  }
  throw new Error(`no ${count} consecutive free ports found between ${LOWEST} and ${HIGHEST}`);
}

/** A port free right now, for a server that must be named before it starts (a dead address, an OIDC issuer). */
export function freePort(): Promise<number> {
  return freePortRange(1);
}
