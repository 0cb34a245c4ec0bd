import type { Language } from '../../domain/readable-numbers';
import type { TypedDocumentString } from '../generated/graphql';

/** What went wrong, as the page needs to react to it. */
export type ProblemKind = 'network' | 'unauthenticated' | 'forbidden' | 'unavailable' | 'conflict' | 'invalid' | 'not-found' | 'failed';

const KIND_OF_CODE: Record<string, ProblemKind> = {
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  SERVICE_UNAVAILABLE: 'unavailable',
  CONFLICT: 'conflict',
  BAD_USER_INPUT: 'invalid',
  NOT_FOUND: 'not-found',
};

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ProblemKind,
    message: string,
    /** The project a CONFLICT names (an existing active project, or the one changed meanwhile). */
    readonly projectId: string | null = null,
  ) {
    super(message);
  }
}

interface GraphQLResponse<Result> {
  data?: Result | null;
  errors?: Array<{ message: string; extensions?: { code?: string; projectId?: string } }>;
}

export const GRAPHQL_URL = '/graphql';

/** A 503 with Retry-After is tried again after the wait this many times before the page calls the data unavailable. */
const BUSY_RETRIES = 4;
/** The longest wait the page accepts from Retry-After; longer asks are waited this long. */
const MAX_RETRY_AFTER_SECONDS = 10;

/** Requests now waiting to be tried again because a service was busy; the page says so while any are. */
let waitingBusy = 0;
const busyListeners = new Set<() => void>();

function setWaitingBusy(change: number): void {
  waitingBusy += change;
  for (const listener of busyListeners) listener();
}

/** For useSyncExternalStore: how many requests wait on a busy service. */
export const busyStore = {
  subscribe(listener: () => void) {
    busyListeners.add(listener);
    return () => busyListeners.delete(listener);
  },
  waiting: () => waitingBusy,
};

/** The wait a 503 asks for, in seconds, or null when it is not a request to come back (no Retry-After). */
function retryAfterOf(response: Response): number | null {
  if (response.status !== 503) return null;
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, MAX_RETRY_AFTER_SECONDS) : null;
}

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/**
 * Sends one typed operation to the gateway. Any error in the answer fails the whole call: the map never draws a
 * chain from half an answer.
 */
export async function execute<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  { token, language }: { token: string | null; language: Language },
): Promise<Result> {
  const send = async () => {
    try {
      return await fetch(GRAPHQL_URL, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          'accept-language': language,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query: document.toString(), variables }),
      });
    } catch {
      throw new ApiError('network', 'The chain-graph server cannot be reached.');
    }
  };
  let response = await send();
  // A busy service refused the request before doing any of it (mutations too): wait as asked and send it again.
  for (let retry = 0, wait = retryAfterOf(response); wait !== null && retry < BUSY_RETRIES; retry += 1, wait = retryAfterOf(response)) {
    setWaitingBusy(1);
    try {
      await sleep(wait);
    } finally {
      setWaitingBusy(-1);
    }
    response = await send();
  }
  let body: GraphQLResponse<Result>;
  try {
    body = (await response.json()) as GraphQLResponse<Result>;
  } catch {
    throw new ApiError(response.status >= 500 ? 'unavailable' : 'failed', `The server answered ${response.status} without GraphQL.`);
  }
  const [first] = body.errors ?? [];
  if (first) throw new ApiError(KIND_OF_CODE[first.extensions?.code ?? ''] ?? 'failed', first.message, first.extensions?.projectId ?? null);
  if (!body.data) throw new ApiError('failed', `The server answered ${response.status} without data.`);
  return body.data;
}
