import { once } from 'node:events';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { VIEWER_HEADER } from '../src/auth/request-viewer.js';
import { SUPERGRAPH_PATH } from '../src/gateway/compose.js';

/**
 * Hive Gateway over the same committed supergraph, pointed at the running subgraphs: the other gateway a team
 * might choose. It forwards no viewer, so it serves only what anonymous clients may read (registry, chains).
 * By default it shares one subgraph request among identical operations in flight: a closed loop of identical
 * requests then measures that sharing, not the gateway; `deduplicate: false` measures the gateway.
 */
export async function startHiveGateway(
  subgraphUrls: Record<string, string>,
  { deduplicate, viewerToken }: { deduplicate: boolean; viewerToken: string },
): Promise<{ url: string; stop(): Promise<void> }> {
  let supergraph = readFileSync(SUPERGRAPH_PATH, 'utf8');
  for (const [name, url] of Object.entries(subgraphUrls)) {
    supergraph = supergraph.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]+(")`), `$1${url}$2`);
  }
  const gateway = createGatewayRuntime({
    supergraph,
    logging: false,
    // Subgraphs answer only requests carrying a viewer signed with the internal secret: the anonymous one here.
    transportEntries: { '*.http': { headers: [[VIEWER_HEADER, viewerToken]], options: { deduplicateInflightRequests: deduplicate } } },
  });
  const server = createServer(gateway);
  await once(server.listen(0, '127.0.0.1'), 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/graphql`,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await gateway.dispose();
    },
  };
}
