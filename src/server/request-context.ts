import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * The request being served, wherever its work runs: its id (logged, passed to the subgraphs and put into the
 * metadata of every Neo4j transaction it starts) and a signal that fires when its client gives up on it.
 */
export interface RequestContext {
  requestId: string;
  signal: AbortSignal;
}

/** The header that carries a request's id from the gateway to the subgraphs. */
export const REQUEST_ID_HEADER = 'x-request-id';

const storage = new AsyncLocalStorage<RequestContext>();

export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

export function runInRequest<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

/** A caller's id when it is a plain token (from our gateway), else a new one: nothing else reaches the logs. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();
}
