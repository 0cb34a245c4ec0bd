/**
 * A typed GraphQL client for chain-graph in a few lines of plain `fetch`: each operation's result and variables are
 * types generated from schema/api.graphql, so a misspelt field or a missing variable fails `tsc`, not a planner.
 */
import type { TypedDocumentString } from './generated/graphql.js';

/** An error the API answered with: its code (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, …) says what to do. */
export class ChainGraphError extends Error {
  override readonly name = 'ChainGraphError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** An access token (`npm run token`, or the organisation's provider); public data needs none. */
  token?: string;
  /** `zh` for reasons in Chinese; English otherwise. */
  language?: string;
}

export async function request<Result, Variables>(
  options: ClientOptions,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const response = await fetch(options.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.language ? { 'accept-language': options.language } : {}),
    },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as { data?: Result | null; errors?: { message: string; extensions?: { code?: string } }[] };
  const [error] = body.errors ?? [];
  if (error) throw new ChainGraphError(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', error.message);
  if (!body.data) throw new ChainGraphError('INTERNAL_SERVER_ERROR', `no data in an answer with status ${response.status}`);
  return body.data;
}
