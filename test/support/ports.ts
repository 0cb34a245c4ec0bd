import { createServer } from 'node:net';

/** A port free right now, for a server that must be named before it starts (a dead address, an OIDC issuer). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `count` consecutive ports free right now (the subgraphs listen on SUBGRAPH_BASE_PORT + i). */
export async function freePortRange(count: number): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const base = await freePort();
    if (base + count > 65_535) continue;
    const servers = [];
    try {
      for (let port = base; port < base + count; port += 1) {
        const server = createServer();
        await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
        servers.push(server);
      }
      return base;
    } catch {
      // One of them is taken: try another base.
    } finally {
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    }
  }
  throw new Error(`no ${count} consecutive free ports found`);
}
