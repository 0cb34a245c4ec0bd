import type { IncomingHttpHeaders } from 'node:http';
import type { AuthSettings } from '../config.js';
import { unauthenticated } from '../graphql/errors.js';
import type { Logger } from '../platform/logger.js';
import {
  InvalidTokenError,
  issuerOf,
  jwksKey,
  oidcKey,
  secretKey,
  verifyAccessToken,
  verifyInternalToken,
  type AccessTokenKey,
} from './tokens.js';
import { ANONYMOUS, type Viewer } from './viewer.js';

/** The header in which the gateway hands the verified viewer to the subgraphs, as a token it signed. */
export const VIEWER_HEADER = 'x-chain-graph-viewer';

const INVALID_TOKEN = 'The token is invalid or expired: sign in again (on the map: Sign in; in development: npm run token -- --role ROLE).';

/** The keys client tokens may be checked with: the organisation's provider, and the project's own tokens. */
export function accessTokenKeys(auth: AuthSettings): AccessTokenKey[] {
  const keys: AccessTokenKey[] = [];
  if (auth.oidc) keys.push(oidcKey(auth.oidc, auth.maxTokenLifetimeSeconds));
  if (auth.jwksUrl) keys.push(jwksKey(auth.jwksUrl, auth.maxTokenLifetimeSeconds));
  else if (auth.jwtSecret) keys.push(secretKey(auth.jwtSecret, auth.maxTokenLifetimeSeconds));
  return keys;
}

/** At the gateway: the viewer of `Authorization: Bearer <token>`, anonymous without one, 401 for a bad one. */
export async function viewerOfClientRequest(
  headers: IncomingHttpHeaders,
  keys: readonly AccessTokenKey[],
  logger: Logger,
): Promise<Viewer> {
  const header = headers.authorization;
  if (!header) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw unauthenticated('Send the token as Authorization: Bearer <token>.');
  try {
    const issuer = issuerOf(match[1]!);
    const key = keys.find((candidate) => candidate.issuer === issuer);
    if (!key) throw new InvalidTokenError(`no accepted issuer: ${JSON.stringify(issuer)}`);
    return await verifyAccessToken(match[1]!, key);
  } catch (error) {
    if (!(error instanceof InvalidTokenError)) throw error;
    logger.warn({ reason: error.message }, 'refused a token');
    throw unauthenticated(INVALID_TOKEN);
  }
}

/**
 * At a subgraph: the viewer the gateway vouched for. Every request must carry it — `_service` and anonymous
 * operations too, which the gateway signs as the anonymous viewer — so a subgraph answers no one but the gateway;
 * a viewer header that does not verify is refused, never trusted.
 */
export async function viewerOfSubgraphRequest(headers: IncomingHttpHeaders, internalSecret: string): Promise<Viewer> {
  const token = headers[VIEWER_HEADER];
  if (token === undefined) throw unauthenticated('This service answers only the gateway: send your request to the gateway.');
  try {
    return await verifyInternalToken(Array.isArray(token) ? token.join('') : token, internalSecret);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticated('The viewer header was not signed by the gateway.');
    throw error;
  }
}
