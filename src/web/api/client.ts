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

/**
 * Sends one typed operation to the gateway. Any error in the answer fails the whole call: the map never draws a
 * chain from half an answer.
 */
export async function execute<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  { token, language }: { token: string | null; language: Language },
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
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
