import { once } from 'node:events';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import { accessTokenKeys, VIEWER_HEADER, viewerOfClientRequest } from '../src/auth/request-viewer.js';
import { signInternalToken } from '../src/auth/tokens.js';
import { subgraphTimeoutMs, type AuthSettings } from '../src/config.js';
import { languageOf } from '../src/domain/readable-numbers.js';
import { SUPERGRAPH_PATH } from '../src/gateway/compose.js';
import { armorLimits, MAX_OPERATION_COST, MAX_TOKENS, operationCost } from '../src/graphql/operation-limits.js';
import type { Logger } from '../src/platform/logger.js';

export type HivePlanner = 'javascript' | 'rust';

interface HandOffContext {
  /** The verified client's viewer, signed for the subgraphs; the client's language. */
  handOff: { viewerToken: string; language: string };
}

/**
 * Hive Gateway over the same committed supergraph and subgraphs, doing what our gateway does for each request:
 * the client's token verified once and the viewer handed to every subgraph signed with the internal secret,
 * errors masked (its default), and the same operation limits (armor's depth, aliases, directives and tokens, and
 * our operation cost). With `planner: 'rust'` it plans with the Rust query planner (`@graphql-hive/router-runtime`).
 * It does not share one subgraph call among identical operations in flight (its default): a closed loop of
 * identical requests would then measure that sharing, not the gateway.
 */
export async function startHiveGateway(
  subgraphUrls: Record<string, string>,
  { planner, auth, logger }: { planner: HivePlanner; auth: AuthSettings; logger: Logger },
): Promise<{ url: string; stop(): Promise<void> }> {
  let supergraph = readFileSync(SUPERGRAPH_PATH, 'utf8');
  for (const [name, url] of Object.entries(subgraphUrls)) {
    supergraph = supergraph.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]+(")`), `$1${url}$2`);
  }
  const gateway = createGatewayRuntime<HandOffContext>({
    supergraph,
    logging: false,
    ...(planner === 'rust' ? { unifiedGraphHandler } : {}),
    transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
    upstreamTimeout: subgraphTimeoutMs(),
    maskedErrors: true,
    propagateHeaders: {
      fromClientToSubgraphs: ({ context }) =>
        context.handOff ? { [VIEWER_HEADER]: context.handOff.viewerToken, 'accept-language': context.handOff.language } : {},
    },
    plugins: () => [viewerHandOff(auth, logger), EnvelopArmorPlugin(hiveArmorLimits()), operationCostLimit()],
  });
  const server = createServer((request, response) => void gateway(request, response));
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

/** Verifies the client's token once per request and signs its viewer for the subgraphs. */
function viewerHandOff(auth: AuthSettings, logger: Logger): GatewayPlugin<HandOffContext> {
  const keys = accessTokenKeys(auth);
  return {
    async onContextBuilding({ context, extendContext }) {
      const headers = context.request.headers;
      const viewer = await viewerOfClientRequest({ authorization: headers.get('authorization') ?? undefined }, keys, logger);
      extendContext({
        handOff: {
          viewerToken: await signInternalToken(viewer, auth.internalSecret),
          language: languageOf(headers.get('accept-language') ?? undefined),
        },
      });
    },
  };
}

/** Our armor limits; under envelop armor's own token limit reports a proper error, so it counts the tokens. */
function hiveArmorLimits() {
  return { ...armorLimits(true), maxTokens: { n: MAX_TOKENS } };
}

/** Our operation cost limit, as an envelop hook before execution. */
function operationCostLimit(): GatewayPlugin<HandOffContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const document = args.document as DocumentNode;
      const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
      const rootType = operation && args.schema.getRootType(operation.operation);
      if (!operation || !rootType) return;
      const fragments = Object.fromEntries(
        document.definitions
          .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
          .map((definition) => [definition.name.value, definition]),
      );
      const cost = operationCost(args.schema, operation.selectionSet, rootType, fragments, args.variableValues ?? {});
      if (cost > MAX_OPERATION_COST)
        setResultAndStopExecution({ errors: [new GraphQLError(`This operation would produce about ${Math.round(cost)} fields.`)] });
    },
  };
}
