/**
 * What the map needs to sign a planner in: the organisation's OpenID Connect provider (authorization code with PKCE,
 * in the page), or in development a one-click role and region picker whose tokens the gateway signs with the
 * development secret. Neither route ever hands a token to anyone in production.
 */
import type { FastifyInstance } from 'fastify';
import { createAccessToken } from '../auth/tokens.js';
import { ROLES, type Role } from '../auth/viewer.js';
import { DEVELOPMENT_JWT_SECRET, type AuthSettings } from '../config.js';
import { httpErrorBody } from '../graphql/errors.js';

export const SIGN_IN_CONFIG_PATH = '/auth/config';
export const DEVELOPMENT_TOKEN_PATH = '/auth/development-token';
/** A picked session lasts a working day. */
const DEVELOPMENT_TOKEN_TTL = '8h';

export interface SignInConfig {
  oidc: { issuer: string; clientId: string; scope: string } | null;
  /** The development picker is offered: no provider, not production, the development secret. */
  developmentSignIn: boolean;
}

export function signInConfig(auth: AuthSettings, production: boolean): SignInConfig {
  return {
    oidc: auth.oidc ? { issuer: auth.oidc.issuer, clientId: auth.oidc.clientId, scope: auth.oidc.scope } : null,
    developmentSignIn: !production && !auth.oidc && auth.jwtSecret === DEVELOPMENT_JWT_SECRET,
  };
}

export function registerSignIn(app: FastifyInstance, auth: AuthSettings, production: boolean): void {
  const config = signInConfig(auth, production);
  app.get(SIGN_IN_CONFIG_PATH, async (_request, reply) => reply.header('cache-control', 'no-store').send(config));
  if (!config.developmentSignIn) return;
  app.post<{ Body: { role: Role; regionId?: string } }>(
    DEVELOPMENT_TOKEN_PATH,
    {
      schema: {
        body: {
          type: 'object',
          required: ['role'],
          additionalProperties: false,
          properties: { role: { enum: [...ROLES] }, regionId: { type: 'string', minLength: 1, maxLength: 200 } },
        },
      },
    },
    async (request, reply) => {
      const { role, regionId } = request.body;
      if (role === 'planner' && !regionId)
        return reply.code(400).send(httpErrorBody(400, 'A planner signs in for a region: give regionId.'));
      const token = await createAccessToken({ role, regionId, ttl: DEVELOPMENT_TOKEN_TTL }, DEVELOPMENT_JWT_SECRET);
      return reply.header('cache-control', 'no-store').send({ token });
    },
  );
}
