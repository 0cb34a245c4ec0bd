/**
 * How the page signs a planner in, as the gateway configures it (`/auth/config`): through the organisation's OpenID
 * Connect provider (authorization code with PKCE, by oidc-client-ts; renewed with its refresh token before it
 * expires), in development by a one-click role and region picker, or else by pasting a token. Sessions live in
 * sessionStorage only: closing the browser signs out.
 */
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { storedToken, storeToken } from './session';

export interface SignInConfig {
  oidc: { issuer: string; clientId: string; scope: string } | null;
  developmentSignIn: boolean;
}

export type SignInMethod = { kind: 'oidc'; manager: UserManager } | { kind: 'development' } | { kind: 'token' };

/** A session: the token to send, and who it belongs to (for the header). */
export interface Session {
  token: string;
  name: string | null;
}

const CONFIG_PATH = '/auth/config';
const DEVELOPMENT_TOKEN_PATH = '/auth/development-token';

export async function loadSignInMethod(): Promise<SignInMethod> {
  const response = await fetch(CONFIG_PATH, { headers: { accept: 'application/json' } });
  if (!response.ok) return { kind: 'token' };
  const config = (await response.json()) as SignInConfig;
  if (config.oidc) {
    const manager = new UserManager({
      authority: config.oidc.issuer,
      client_id: config.oidc.clientId,
      scope: config.oidc.scope,
      redirect_uri: `${location.origin}${location.pathname}`,
      response_type: 'code',
      userStore: new WebStorageStateStore({ store: sessionStorage }),
      stateStore: new WebStorageStateStore({ store: sessionStorage }),
      // Renews through the refresh token a minute before the access token expires.
      automaticSilentRenew: true,
    });
    return { kind: 'oidc', manager };
  }
  return { kind: config.developmentSignIn ? 'development' : 'token' };
}

export const sessionOf = (user: User | null): Session | null =>
  user && !user.expired
    ? { token: user.access_token, name: user.profile.name ?? user.profile.preferred_username ?? user.profile.sub }
    : null;

/**
 * The session the page starts with: back from the provider (its `code` in the address: completed here, and the
 * view the planner left restored), kept from earlier in this browser session, or none. `ended` says a kept session
 * expired and could not be renewed, or the provider's answer was a refusal, so the page asks to sign in again.
 */
export async function startingSession(method: SignInMethod): Promise<{ session: Session | null; ended: boolean }> {
  if (method.kind !== 'oidc') {
    const token = storedToken();
    return { session: token ? { token, name: null } : null, ended: false };
  }
  const query = new URLSearchParams(location.search);
  if (query.has('code') || query.has('error')) {
    try {
      const user = await method.manager.signinRedirectCallback();
      history.replaceState(null, '', `${location.pathname}${typeof user.state === 'string' ? user.state : ''}`);
      return { session: sessionOf(user), ended: false };
    } catch {
      // Refused at the provider, or the code could not be redeemed: say so, over the public view.
      history.replaceState(null, '', location.pathname);
      return { session: null, ended: true };
    }
  }
  const user = await method.manager.getUser();
  if (!user?.expired) return { session: sessionOf(user), ended: false };
  const renewed = user.refresh_token ? await renewedSession(method) : null;
  if (!renewed) await method.manager.removeUser();
  return { session: renewed, ended: !renewed };
}

/** Goes to the provider (the view in the address comes back with the planner), or signs in with the picker. */
export async function signIn(method: SignInMethod, picked?: { role: string; regionId: string | null }): Promise<Session | null> {
  if (method.kind === 'oidc') {
    await method.manager.signinRedirect({ state: location.hash });
    return null;
  }
  if (method.kind !== 'development' || !picked) return null;
  const response = await fetch(DEVELOPMENT_TOKEN_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(picked.regionId ? picked : { role: picked.role }),
  });
  if (!response.ok) throw new Error(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message);
  const { token } = (await response.json()) as { token: string };
  storeToken(token);
  return { token, name: null };
}

/** A new access token without leaving the page (the provider's refresh token); null when the provider refuses. */
export async function renewedSession(method: SignInMethod): Promise<Session | null> {
  if (method.kind !== 'oidc') return null;
  try {
    return sessionOf(await method.manager.signinSilent());
  } catch {
    await method.manager.removeUser();
    return null;
  }
}

export async function signOut(method: SignInMethod): Promise<void> {
  storeToken(null);
  if (method.kind === 'oidc') await method.manager.removeUser();
}
