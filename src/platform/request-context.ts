import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** Who sent a request, as admission and the Neo4j pool share them out: signed-in users are served ahead. */
export type ViewerClass = 'signedIn' | 'anonymous';

/**
 * The request being served, wherever its work runs: its id (logged, passed to the subgraphs and put into the
 * metadata of every Neo4j transaction it starts), a signal that fires when its client gives up on it, and what its
 * one log line will say about it.
 */
export interface RequestContext {
  requestId: string;
  signal: AbortSignal;
  outcome: RequestOutcome;
  /** Signed-in users are served ahead of anonymous traffic, down to the connections to Neo4j. */
  viewerClass: ViewerClass;
}

/** Filled in while a request is served; logged and counted once it is answered. */
export interface RequestOutcome {
  operationName: string | null;
  /** The codes of the errors in the answer, in order. */
  errorCodes: string[];
  /** The viewer's subject (never their token). */
  subject: string | null;
  /** A verified token sent the request. */
  signedIn: boolean;
  /** The operation passed validation: its name is one the API serves. */
  validated: boolean;
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
