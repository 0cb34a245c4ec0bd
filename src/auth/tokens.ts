import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { isRole, type Role, type Viewer } from './viewer.js';
import { integerSetting } from '../platform/settings.js';

export const TOKEN_ISSUER = 'chain-graph';
export const TOKEN_AUDIENCE = 'chain-graph-api';
/** The gateway's own short-lived tokens to the subgraphs carry the verified viewer. */
const INTERNAL_AUDIENCE = 'chain-graph-subgraphs';
const INTERNAL_TTL_SECONDS = 120;
/** A verified token is trusted again without checking for at most this long (a JWKS key rotation shows by then). */
const VERIFIED_TOKEN_REUSE_MS = 60_000;

/** A token that cannot be accepted, and why (for the server log; clients get a fixed message). */
export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

/** A token may live this long at most unless AUTH_MAX_TOKEN_TTL says otherwise: a year-9999 token is refused. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = integerSetting({}, 'AUTH_MAX_TOKEN_TTL');

/**
 * Which claims of a token carry the viewer's role, region and subject. An organisation's provider names them its own
 * way; a dotted path reaches into an object claim (`realm_access.roles`), and the role claim may be a list.
 */
export interface ClaimNames {
  role: string;
  region: string;
  subject: string;
}

export const OWN_CLAIMS: ClaimNames = { role: 'role', region: 'region', subject: 'sub' };

/** How client tokens are checked: with what key, for which issuer and audience, and how long they may be valid. */
export type AccessTokenKey = ({ kind: 'secret'; secret: string } | { kind: 'jwks'; keys: JWTVerifyGetKey }) & {
  issuer: string;
  audience: string;
  claims: ClaimNames;
  maxLifetimeSeconds: number;
};

const OWN_TOKENS = { issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE, claims: OWN_CLAIMS };

export function secretKey(secret: string, maxLifetimeSeconds = DEFAULT_MAX_TOKEN_LIFETIME_SECONDS): AccessTokenKey {
  return { kind: 'secret', secret, maxLifetimeSeconds, ...OWN_TOKENS };
}

const hmacKeys = new Map<string, Promise<CryptoKey>>();

/**
 * The HS256 key of a secret, imported once: given raw bytes, jose imports a WebCrypto key on every sign and verify,
 * which was the gateway's largest cost per request after the work itself.
 */
function hmacKey(secret: string): Promise<CryptoKey> {
  let key = hmacKeys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    hmacKeys.set(secret, key);
  }
  return key;
}

export function jwksKey(url: string, maxLifetimeSeconds = DEFAULT_MAX_TOKEN_LIFETIME_SECONDS): AccessTokenKey {
  return { kind: 'jwks', keys: createRemoteJWKSet(new URL(url)), maxLifetimeSeconds, ...OWN_TOKENS };
}

/** An OpenID Connect provider's tokens: its keys found through its discovery document, its claims as configured. */
export interface OidcTokens {
  issuer: string;
  audience: string;
  claims: ClaimNames;
}

export function oidcKey(oidc: OidcTokens, maxLifetimeSeconds = DEFAULT_MAX_TOKEN_LIFETIME_SECONDS): AccessTokenKey {
  return { kind: 'jwks', keys: discoveredKeys(oidc.issuer), maxLifetimeSeconds, ...oidc };
}

/** The provider's JWKS, looked up in its discovery document on first use (and again after a failed lookup). */
function discoveredKeys(issuer: string): JWTVerifyGetKey {
  let keys: Promise<JWTVerifyGetKey> | undefined;
  const discover = async () => {
    const response = await fetch(new URL('.well-known/openid-configuration', issuer.endsWith('/') ? issuer : `${issuer}/`), {
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new InvalidTokenError(`the provider's discovery document answered ${response.status}`);
    const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: string };
    if (!jwksUri) throw new InvalidTokenError("the provider's discovery document names no jwks_uri");
    return createRemoteJWKSet(new URL(jwksUri));
  };
  return async (header, token) => {
    keys ??= discover().catch((error: unknown) => {
      keys = undefined;
      throw error;
    });
    return (await keys)(header, token);
  };
}

/** The issuer a token names, unverified: which key to check it with. Null for what is not a JWT. */
export function issuerOf(token: string): string | null {
  try {
    return decodeJwt(token).iss ?? null;
  } catch {
    return null;
  }
}

/** A token valid for longer than the key allows, counted from its issue (or from now, when it has no `iat`). */
function lifetimeProblem(payload: JWTPayload, maxLifetimeSeconds: number): string | undefined {
  const now = Math.floor(Date.now() / 1000);
  const lifetime = payload.exp! - Math.min(payload.iat ?? now, now);
  if (lifetime <= maxLifetimeSeconds) return undefined;
  return `valid for ${lifetime} s, longer than the ${maxLifetimeSeconds} s a token may be`;
}

export interface TokenRequest {
  role: Role;
  regionId?: string;
  subject?: string;
  /** jose time span, e.g. '8h', '30m'. */
  ttl: string;
}

/** An HS256 access token (for local use and tests). */
export async function createAccessToken(request: TokenRequest, secret: string): Promise<string> {
  const claims: JWTPayload = { role: request.role, ...(request.regionId ? { region: request.regionId } : {}) };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setSubject(request.subject ?? `${request.role}${request.regionId ? `@${request.regionId}` : ''}`)
    .setIssuedAt()
    .setExpirationTime(request.ttl)
    .sign(await hmacKey(secret));
}

/**
 * Tokens and what they were checked to mean, reused until a deadline: HS256 through WebCrypto is an asynchronous job
 * per signature, three per request through the gateway. A check depends only on the token and the key, so its result
 * holds until the token expires; refused tokens are never kept.
 */
class TokenCache<Value extends object | string> {
  private readonly entries = new LRUCache<string, Value>({ max: 10_000 });

  get(key: string): Value | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: Value, until: number): void {
    const ttl = until - Date.now();
    if (ttl > 0) this.entries.set(key, value, { ttl });
  }
}

/** Per key: the viewers of the access tokens already verified with it. */
const verifiedAccessTokens = new WeakMap<AccessTokenKey, TokenCache<Viewer>>();
/** Per internal secret: the viewers of the viewer tokens already verified, and the tokens signed, by viewer. */
const verifiedInternalTokens = new Map<string, TokenCache<Viewer>>();
const signedInternalTokens = new Map<string, TokenCache<string>>();

function cacheOf<Key, Value extends object | string>(
  caches: { get(key: Key): TokenCache<Value> | undefined; set(key: Key, cache: TokenCache<Value>): unknown },
  key: Key,
) {
  let cache = caches.get(key);
  if (!cache) caches.set(key, (cache = new TokenCache<Value>()));
  return cache;
}

/** Until when a verified token may be trusted again without checking. */
const trustedUntil = (payload: JWTPayload) => Math.min((payload.exp ?? 0) * 1000, Date.now() + VERIFIED_TOKEN_REUSE_MS);

/** Verifies a client's access token (signature, issuer, audience, expiry) and reads its viewer. */
export async function verifyAccessToken(token: string, key: AccessTokenKey): Promise<Viewer> {
  const verified = cacheOf(verifiedAccessTokens, key);
  const known = verified.get(token);
  if (known) return known;
  // A token without an expiry would be good forever: refused.
  const options = { issuer: key.issuer, audience: key.audience, requiredClaims: ['exp'] };
  try {
    const { payload } =
      key.kind === 'secret'
        ? await jwtVerify(token, await hmacKey(key.secret), { ...options, algorithms: ['HS256'] })
        : await jwtVerify(token, key.keys, { ...options, algorithms: ['RS256', 'ES256', 'EdDSA'] });
    const tooLong = lifetimeProblem(payload, key.maxLifetimeSeconds);
    if (tooLong) throw new InvalidTokenError(tooLong);
    const viewer = viewerFrom(payload, key.claims);
    verified.set(token, viewer, trustedUntil(payload));
    return viewer;
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    const reason = error instanceof errors.JWTExpired ? 'expired' : error instanceof Error ? error.message : String(error);
    throw new InvalidTokenError(reason);
  }
}

/** A claim by name, or by a dotted path into object claims. */
function claimAt(payload: JWTPayload, path: string): unknown {
  if (path in payload) return payload[path];
  return path
    .split('.')
    .reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), payload);
}

function viewerFrom(payload: JWTPayload, claims: ClaimNames): Viewer {
  const claimed = claimAt(payload, claims.role);
  const roles = (Array.isArray(claimed) ? claimed : [claimed]).filter(isRole);
  // Several roles (a provider's group list): admin may do everything; otherwise the first the provider lists.
  const role = roles.includes('admin') ? 'admin' : roles[0];
  if (!role) throw new InvalidTokenError(`no known role in claim ${claims.role}: ${JSON.stringify(claimed)}`);
  const region = claimAt(payload, claims.region);
  const regionId = typeof region === 'string' && region !== '' ? region : null;
  if (role === 'planner' && !regionId) throw new InvalidTokenError(`a planner token must name a region (claim ${claims.region})`);
  const subject = claimAt(payload, claims.subject);
  return { role, subject: typeof subject === 'string' ? subject : (payload.sub ?? null), regionId };
}

/**
 * The gateway's short-lived token carrying a verified viewer to the subgraphs (`ttlSeconds`: 2 minutes unless a
 * tool needs longer). One per viewer is reused while it has more than half its life left.
 */
export async function signInternalToken(viewer: Viewer, secret: string, ttlSeconds = INTERNAL_TTL_SECONDS): Promise<string> {
  const signed = cacheOf(signedInternalTokens, secret);
  const viewerKey = JSON.stringify([viewer.role, viewer.subject, viewer.regionId, ttlSeconds]);
  const known = signed.get(viewerKey);
  if (known) return known;
  const issuedAt = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({ role: viewer.role, region: viewer.regionId })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(INTERNAL_AUDIENCE)
    .setSubject(viewer.subject ?? viewer.role)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(await hmacKey(secret));
  signed.set(viewerKey, token, (issuedAt + ttlSeconds / 2) * 1000);
  return token;
}

/** A subgraph accepts the viewer only from a token the gateway signed with the shared internal secret. */
export async function verifyInternalToken(token: string, secret: string): Promise<Viewer> {
  const verified = cacheOf(verifiedInternalTokens, secret);
  const known = verified.get(token);
  if (known) return known;
  try {
    const { payload } = await jwtVerify(token, await hmacKey(secret), {
      issuer: TOKEN_ISSUER,
      audience: INTERNAL_AUDIENCE,
      algorithms: ['HS256'],
      requiredClaims: ['exp'],
    });
    const viewer: Viewer =
      payload.role === 'anonymous' ? { role: 'anonymous', subject: null, regionId: null } : viewerFrom(payload, OWN_CLAIMS);
    verified.set(token, viewer, trustedUntil(payload));
    return viewer;
  } catch (error) {
    throw new InvalidTokenError(error instanceof Error ? error.message : String(error));
  }
}
