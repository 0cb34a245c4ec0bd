import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { accessTokenKeys, viewerOfClientRequest } from '../../src/auth/request-viewer.js';
import {
  createAccessToken,
  InvalidTokenError,
  secretKey,
  signInternalToken,
  verifyAccessToken,
  verifyInternalToken,
} from '../../src/auth/tokens.js';
import { authSettings, DEVELOPMENT_JWT_SECRET } from '../../src/config.js';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';

describe('tokens checked once', () => {
  it('still refuses a token once it expired, though it was verified before', async () => {
    const key = secretKey(SECRET);
    const token = await createAccessToken({ role: 'analyst', ttl: '1s' }, SECRET);
    expect(await verifyAccessToken(token, key)).toMatchObject({ role: 'analyst' });
    expect(await verifyAccessToken(token, key)).toMatchObject({ role: 'analyst' });
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await expect(verifyAccessToken(token, key)).rejects.toThrow(InvalidTokenError);
  });

  it('does not let a token verified with one key pass with another', async () => {
    const token = await createAccessToken({ role: 'admin', ttl: '5m' }, SECRET);
    await verifyAccessToken(token, secretKey(SECRET));
    await expect(verifyAccessToken(token, secretKey(`${SECRET}-other`))).rejects.toThrow(InvalidTokenError);
    const internal = await signInternalToken({ role: 'admin', subject: 'a', regionId: null }, SECRET);
    await verifyInternalToken(internal, SECRET);
    await expect(verifyInternalToken(internal, `${SECRET}-other`)).rejects.toThrow(InvalidTokenError);
  });

  it('signs one viewer token per viewer while it is young, and another for another viewer', async () => {
    const planner = { role: 'planner' as const, subject: 'p', regionId: 'shangcai' };
    const first = await signInternalToken(planner, SECRET);
    expect(await signInternalToken({ ...planner }, SECRET)).toBe(first);
    expect(await signInternalToken({ ...planner, regionId: 'weihui' }, SECRET)).not.toBe(first);
    expect(await verifyInternalToken(first, SECRET)).toEqual(planner);
  });
});

describe('the public development secret beside an identity provider', () => {
  it('is not accepted when OIDC_ISSUER is set, even outside production', async () => {
    const keys = accessTokenKeys(authSettings({ OIDC_ISSUER: 'http://127.0.0.1:9/realms/planning' }));
    const forged = await createAccessToken({ role: 'admin', ttl: '5m' }, DEVELOPMENT_JWT_SECRET);
    await expect(viewerOfClientRequest({ authorization: `Bearer ${forged}` }, keys, pino({ enabled: false }))).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
