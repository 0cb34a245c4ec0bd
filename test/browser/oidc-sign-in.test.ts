/// <reference lib="dom" />
/**
 * Signing in as an organisation does it, in a real browser: the gateway trusts a real OpenID Connect provider started
 * here (its own claim names for role and region), the map signs in through it with authorization code and PKCE, and
 * the planner sees only their region's projects. An expired session renews through the refresh token, or asks again
 * over the public view.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authSettings, DEVELOPMENT_JWT_SECRET } from '../../src/config.js';
import { DEMO_DATASET } from '../../src/dataset/demo.js';
import { launchChromium, SCREENSHOTS_DIR } from '../support/browser.js';
import { API_SCOPE, MAP_CLIENT_ID, REGION_CLAIM, ROLE_CLAIM, startOidcProvider, type RunningProvider } from '../support/oidc-provider.js';
import { freePort } from '../support/ports.js';
import { useStack } from '../support/stack.js';

// Known before the stack starts, which must be told the issuer; the provider starts on it after the stack.
const issuerPort = await freePort();
const issuer = `http://127.0.0.1:${issuerPort}`;
/** Where oidc-client-ts keeps the signed-in user, for this provider and client. */
const storedUserKey = `oidc.user:${issuer}:${MAP_CLIENT_ID}`;

const stack = useStack(DEMO_DATASET, () => ({
  auth: authSettings({
    ...process.env,
    // The test's admin signs its tokens with a secret given on purpose: beside a provider none is assumed.
    AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET,
    OIDC_ISSUER: issuer,
    OIDC_ROLE_CLAIM: ROLE_CLAIM,
    OIDC_REGION_CLAIM: REGION_CLAIM,
    OIDC_SCOPE: `openid profile ${API_SCOPE}`,
  }),
}));
const admin = stack.as('admin');
let provider: RunningProvider;
let browser: Browser;
let page: Page;
const projectIds: Record<string, string> = {};

const mapUrl = () => stack.gatewayUrl.replace(/\/graphql$/, '/map/');
const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });

beforeAll(async () => {
  provider = await startOidcProvider({
    port: issuerPort,
    redirectUri: mapUrl(),
    accounts: { 'wang.fang': { name: '王芳', role: 'planner', region: 'shangcai' } },
  });
  const projects = [
    { name: 'Sanchuang soles plant', enterpriseId: 'jinjiang-sanchuang-soles', regionId: 'shangcai' },
    { name: 'Haida plastics plant', enterpriseId: 'qingdao-haida-plastics', regionId: 'suixian' },
  ];
  for (const input of projects) {
    const created = await admin<{ createProject: { id: string } }>(
      'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      { input },
    );
    expect(created.errors).toBeUndefined();
    projectIds[input.regionId] = created.data!.createProject.id;
  }
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })).newPage();
});

afterAll(async () => {
  await browser?.close();
  await provider?.stop();
});

async function storedUser(): Promise<Record<string, unknown> | null> {
  const raw = await page.evaluate((key) => sessionStorage.getItem(key), storedUserKey);
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
}

async function changeStoredUser(change: Record<string, unknown>): Promise<void> {
  const user = { ...(await storedUser()), ...change };
  await page.evaluate(([key, value]) => sessionStorage.setItem(key!, value!), [storedUserKey, JSON.stringify(user)]);
}

describe('signing in through the organisation’s OpenID Connect provider', () => {
  it('offers the organisation’s sign-in over the public view, and no token field', async () => {
    await page.goto(`${mapUrl()}#region=shangcai`);
    await page.getByTestId('public-note').waitFor();
    expect(await page.getByTestId('sign-in').textContent()).toMatch(/sign in/i);
    expect(await page.getByLabel('Token').count()).toBe(0);
  });

  it('signs a planner in with authorization code and PKCE, and comes back to the region they were looking at', async () => {
    await page.getByTestId('sign-in').click();
    await page.waitForURL((url) => url.origin === issuer);
    expect(new URL(page.url()).pathname).toMatch(/^\/interaction\//);
    await page.locator('input[name=login]').fill('wang.fang');
    await page.locator('input[name=password]').fill('any password');
    await shot('17-oidc-login');
    await page.locator('button[type=submit]').click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.href.startsWith(mapUrl()));
    await page.getByTestId('signed-in').waitFor();
    expect(await page.getByTestId('signed-in').textContent()).toContain('王芳');
    // Back on the view that was on screen, with the code and state gone from the address.
    expect(new URL(page.url()).hash).toBe('#region=shangcai');
    expect(new URL(page.url()).search).toBe('');
    const user = await storedUser();
    expect(user?.access_token).toMatch(/^ey/);
    expect(user?.refresh_token).toEqual(expect.any(String));
    expect(await page.getByTestId('public-note').count()).toBe(0);
  });

  it('shows the planner their region’s projects and none of another region’s', async () => {
    await page.getByTestId('tab-pipeline').click();
    await page.locator(`[data-testid="project"][data-project-id="${projectIds.shangcai}"]`).waitFor();
    expect(await page.locator(`[data-project-id="${projectIds.suixian}"]`).count()).toBe(0);
    await expect.poll(() => page.getByTestId('attention').locator('li, .note').count()).toBeGreaterThan(0);
    await shot('18-oidc-signed-in-pipeline');
    // The provider's token itself: another region's projects are refused by the API, whatever the page shows.
    const token = (await storedUser())!.access_token as string;
    const answer = await page.evaluate(
      async ([url, bearer, regionId]) => {
        const response = await fetch(url!, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
          body: JSON.stringify({ query: `{ region(id: "${regionId}") { projects { id } } }` }),
        });
        return (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      },
      [stack.gatewayUrl, token, 'suixian'],
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('renews an expired session through the refresh token, without leaving the page', async () => {
    const before = (await storedUser())!.access_token;
    await changeStoredUser({ expires_at: Math.floor(Date.now() / 1000) - 60 });
    await page.reload();
    await page.getByTestId('signed-in').waitFor();
    expect(await page.getByTestId('signed-in').textContent()).toContain('王芳');
    const after = await storedUser();
    expect(after?.access_token).not.toBe(before);
    expect(after?.expires_at as number).toBeGreaterThan(Date.now() / 1000);
    await page.getByTestId('tab-pipeline').click();
    await page.locator(`[data-testid="project"][data-project-id="${projectIds.shangcai}"]`).waitFor();
  });

  it('asks again over the public view when the session cannot be renewed, never a blank page', async () => {
    await changeStoredUser({ expires_at: Math.floor(Date.now() / 1000) - 60, refresh_token: undefined });
    await page.reload();
    await page.getByTestId('problem-banner').getByText('sign in again').waitFor();
    await page.getByTestId('sign-in').waitFor();
    expect(await page.getByTestId('problem-banner').getByText('Retry').count()).toBe(0);
    expect(await storedUser()).toBeNull();
    await page.getByTestId('public-note').waitFor();
    await page.getByTestId('chain-footwear').locator('[data-link-id]').first().waitFor();
    await shot('19-oidc-session-ended');
  });

  it('says so when the provider refuses, and offers the organisation’s sign-in again rather than a token field', async () => {
    await page.goto(`${mapUrl()}?error=access_denied&state=unknown`);
    await page.getByTestId('problem-banner').getByText('sign in again').waitFor();
    await page.getByTestId('sign-in').waitFor();
    expect(await page.getByLabel('Token').count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
  });
});
