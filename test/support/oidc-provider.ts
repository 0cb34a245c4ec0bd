/**
 * A real OpenID Connect provider for the browser tests (panva's certified `oidc-provider`, its development login and
 * consent pages): the organisation's accounts carry their role and region in their own claim names, and its access
 * tokens are JWTs for the API's audience, signed with a key it publishes in its JWKS.
 */
import type { Server } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';

/** The organisation's claim names, as its identity team chose them (the gateway is told via OIDC_*_CLAIM). */
export const ROLE_CLAIM = 'org_role';
export const REGION_CLAIM = 'org_region';
export const API_AUDIENCE = 'chain-graph-api';
export const MAP_CLIENT_ID = 'chain-graph-map';
/** The API's scope; a refresh token comes with every sign-in of the map's client. */
export const API_SCOPE = 'chain-graph';

export interface Account {
  name: string;
  role: string;
  region?: string;
}

export interface RunningProvider {
  issuer: string;
  stop(): Promise<void>;
}

export async function startOidcProvider(options: {
  port: number;
  /** Where the map lives: its sign-in comes back here. */
  redirectUri: string;
  /** By login name; the development login page accepts any password. */
  accounts: Record<string, Account>;
  accessTokenTtlSeconds?: number;
}): Promise<RunningProvider> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const configuration: Configuration = {
    clients: [
      {
        client_id: MAP_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'test-signing-key' }] },
    pkce: { required: () => true },
    // The map calls the token endpoint from its page: its own origin may, no other.
    clientBasedCORS: (_ctx, origin, client) => client.redirectUris?.some((uri) => new URL(uri).origin === origin) ?? false,
    cookies: { keys: ['chain-graph-test-cookie-key'] },
    claims: { openid: ['sub'], profile: ['name'] },
    conformIdTokenClaims: false,
    ttl: { AccessToken: options.accessTokenTtlSeconds ?? 600 },
    async findAccount(_ctx, id) {
      const account = options.accounts[id];
      if (!account) return undefined;
      return { accountId: id, claims: () => ({ sub: id, name: account.name }) };
    },
    async extraTokenClaims(_ctx, token) {
      const account = 'accountId' in token && token.accountId ? options.accounts[token.accountId] : undefined;
      return account ? { [ROLE_CLAIM]: account.role, ...(account.region ? { [REGION_CLAIM]: account.region } : {}) } : {};
    },
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => `urn:${API_AUDIENCE}`,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({ scope: API_SCOPE, audience: API_AUDIENCE, accessTokenFormat: 'jwt' }),
      },
    },
  };
  const provider = new Provider(issuer, configuration);
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(options.port, () => resolve(listening));
  });
  return {
    issuer,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
