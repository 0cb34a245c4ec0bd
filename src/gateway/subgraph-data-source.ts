/**
 * How the gateway asks one subgraph: with a deadline that covers the answer's body and ends early when the client
 * gives up, the viewer as a token only the gateway signs, the request id and the client's language; and what a
 * failure of the subgraph means for the client (refused, busy, unavailable).
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { VIEWER_HEADER } from '../auth/request-viewer.js';
import { signInternalToken } from '../auth/tokens.js';
import type { Viewer } from '../auth/viewer.js';
import type { Language } from '../domain/readable-numbers.js';
import { overloaded, subgraphRefusal, subgraphUnavailable } from '../graphql/errors.js';
import { subgraphFetchDuration } from '../platform/metrics.js';
import { currentRequest, REQUEST_ID_HEADER } from '../platform/request-context.js';
import { RETRY_AFTER_SECONDS } from '../server/service.js';
import { fetchWithin } from './subgraph-fetch.js';

export interface GatewayContext {
  viewer: Viewer;
  /** The client's language (Accept-Language), passed on so reasons come back in it. */
  language: Language;
}

export interface SubgraphSource {
  name: string;
  /** Where it listens; the supergraph names every subgraph's URL. */
  url: string | undefined;
  /** A subgraph that has not answered after this long fails its part of the operation. */
  timeoutMs: number;
  /** Signs the viewer token the subgraphs trust. */
  internalSecret: string;
}

export function subgraphDataSource({ name, url, timeoutMs, internalSecret }: SubgraphSource): RemoteGraphQLDataSource<GatewayContext> {
  return new RemoteGraphQLDataSource<GatewayContext>({
    url,
    // A subgraph request ends when its time runs out or when the client gives up on the operation: the subgraph
    // sees the connection close and stops the request's transactions.
    fetcher: (async (input: string, init?: RequestInit) => {
      const timer = subgraphFetchDuration.startTimer({ subgraph: name });
      try {
        const response = await fetchWithin(input, init, timeoutMs, currentRequest()?.signal);
        timer({ outcome: response.status >= 500 ? 'http_5xx' : 'ok' });
        return response;
      } catch (error) {
        timer({ outcome: 'failed' });
        throw error;
      }
    }) as never,
    async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
      request.http?.headers.set(VIEWER_HEADER, await signInternalToken(context.viewer, internalSecret));
      request.http?.headers.set('accept-language', context.language);
      const requestId = currentRequest()?.requestId;
      if (requestId) request.http?.headers.set(REQUEST_ID_HEADER, requestId);
    },
    // A subgraph that cannot be reached, times out (also while its body is being read, after a 200) or fails
    // with 5xx: the client learns which part is missing.
    didEncounterError(error: Error, _request: unknown, response?: { status: number; headers: { get(name: string): string | null } }) {
      const timedOut = error.name === 'TimeoutError' || error.name === 'AbortError';
      if (response && response.status < 500 && !timedOut) throw subgraphRefusal(error);
      // A subgraph shedding load: the client is told the same, 503 with the subgraph's Retry-After.
      if (response?.status === 503 && !timedOut) throw overloaded(`The ${name} service`, retryAfterOf(response.headers.get('retry-after')));
      throw subgraphUnavailable(name);
    },
  });
}

/** A Retry-After in seconds (what our services send); anything else asks for the default wait. */
function retryAfterOf(header: string | null): number {
  const seconds = Number(header);
  return Number.isInteger(seconds) && seconds > 0 && seconds <= 60 ? seconds : RETRY_AFTER_SECONDS;
}
