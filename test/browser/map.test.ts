/// <reference lib="dom" />
/**
 * The planners' map in a real browser (Debian's Chromium through playwright-core) against the real stack and Neo4j
 * with the demo data: choose Shangcai, open a missing link of its footwear chain, simulate recruiting a candidate,
 * export the list, add it to the pipeline, and meet a stale update. Screenshots go to test/artifacts/screenshots/.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../../src/gateway/gateway.js';
import { SUPERGRAPH_PATH } from '../../src/gateway/compose.js';
import { buildMap, launchChromium, SCREENSHOTS_DIR } from '../support/browser.js';
import { parseCsv } from '../support/csv.js';
import { testToken, useStack } from '../support/stack.js';

// Built before the stack starts: the build blocks this process for seconds, which a running service would rightly
// answer with 503 (it sheds load while its event loop lags).
beforeAll(buildMap);
const stack = useStack();
const planner = stack.as('planner', 'shangcai');
let browser: Browser;
let context: BrowserContext;
let page: Page;

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
const mapUrl = () => stack.gatewayUrl.replace(/\/graphql$/, '/map/');
const footwear = () => page.getByTestId('chain-footwear');

async function percentIn(text: string): Promise<number> {
  return Number(/(\d+)%/.exec(text)?.[1]);
}

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', acceptDownloads: true });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('the investment map', () => {
  let openedAt = 0;

  it('is served at /map with a strict content security policy, and asks for a region', async () => {
    const response = await page.goto(mapUrl());
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect.poll(() => page.getByText('Choose a region to see its leading chains.').isVisible()).toBe(true);
  });

  it('signs in with a pasted token kept for this browser session only', async () => {
    await page.getByLabel('Token').fill(await testToken('planner', 'shangcai'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('signed-in').waitFor();
    const stored = await page.evaluate(() => ({
      session: sessionStorage.getItem('chain-graph.token'),
      local: JSON.stringify(localStorage),
    }));
    expect(stored.session).toMatch(/^ey/);
    expect(stored.local).not.toContain(stored.session!);
  });

  it('finds Shangcai by its Chinese name and draws its leading chains with every link coloured', async () => {
    await page.getByLabel('Region (Chinese or English name)').fill('上蔡');
    const option = page.getByTestId('region-option').filter({ hasText: '上蔡县' });
    await option.waitFor();
    openedAt = performance.now();
    await option.click();
    await footwear().locator('[data-link-id]').first().waitFor();
    await page.getByTestId('chain-electronics').locator('[data-link-id]').first().waitFor();
    const shownMs = performance.now() - openedAt;
    const apiMs = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('/graphql'))
        .map((entry) => Math.round(entry.duration)),
    );
    const reloadedAt = performance.now();
    await page.reload();
    await footwear().locator('[data-link-id]').first().waitFor();
    const reloadMs = performance.now() - reloadedAt;
    console.log(
      `Shangcai's chains shown ${shownMs.toFixed(0)} ms after choosing the region, the first time since the server started ` +
        `(/graphql requests: ${apiMs.join(', ')} ms); reloading the page to the same view: ${reloadMs.toFixed(0)} ms (demo data, headless Chromium).`,
    );

    await expect.poll(() => page.getByTestId('region-name').textContent()).toContain('Shangcai');
    expect(await page.getByTestId('region-name').textContent()).toContain('上蔡县');
    const states = await footwear()
      .locator('[data-link-id]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-state')));
    expect(states).toHaveLength(13);
    expect(states).toContain('MISSING');
    expect(states.filter((state) => state !== 'MISSING')).toHaveLength(3);
    expect(await percentIn((await footwear().getByTestId('completeness').textContent()) ?? '')).toBe(23);
    expect(new URL(page.url()).hash).toBe('#region=shangcai');
    await shot('01-shangcai-chains');
  });

  it('lays the chain out upstream on the left: every arrow points rightwards', async () => {
    const feeds = await footwear()
      .locator('polyline.feed')
      .evaluateAll((lines) =>
        lines.map((line) => (line.getAttribute('points') ?? '').split(' ').map((point) => Number(point.split(',')[0]))),
      );
    expect(feeds.length).toBeGreaterThan(10);
    for (const xs of feeds) expect(xs.at(-1)!).toBeGreaterThan(xs[0]!);
  });

  let gapLinkId = '';

  it('opens a missing link: its gap and reasons, and ranked candidates with scores and reasons', async () => {
    const answer = await planner<{ chainGaps: { gaps: Array<{ kind: string; link: { id: string }; candidates: unknown[] }> } }>(
      '{ chainGaps(regionId: "shangcai", chainId: "footwear") { gaps { kind link { id } candidates { score } } } }',
    );
    const gap = answer.data!.chainGaps.gaps.find((candidate) => candidate.kind !== 'STRENGTHEN' && candidate.candidates.length > 1)!;
    gapLinkId = gap.link.id;

    await footwear().locator(`[data-link-id="${gapLinkId}"]`).click();
    const panel = page.getByTestId('link-panel');
    await panel.getByTestId('candidates').waitFor();
    expect(await panel.getByTestId('link-state').textContent()).toBe('Missing');
    expect(await panel.getByTestId('gap-kind').textContent()).toMatch(gap.kind === 'FILL' ? /Fill \(补链\)/ : /Extend \(延链\)/);
    expect(await panel.getByTestId('gap-reasons').locator('li').count()).toBeGreaterThan(0);

    const rows = panel.getByTestId('candidate');
    expect(await rows.count()).toBe(gap.candidates.length);
    const scores = (await panel.getByTestId('score').allTextContents()).map((text) => Number.parseFloat(text));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(await rows.first().locator('.reasons li').count()).toBeGreaterThan(0);
    await shot('02-footwear-gap');
  });

  it('simulates recruiting the top candidate: the link turns present and completeness rises', async () => {
    const before = await percentIn((await footwear().getByTestId('completeness').textContent()) ?? '');
    await page.getByTestId('candidate').first().getByRole('checkbox').check();
    await page.getByTestId('simulate').click();
    const simulated = footwear().getByTestId('simulated-completeness');
    await simulated.waitFor();
    expect(await percentIn((await simulated.textContent()) ?? '')).toBeGreaterThan(before);
    expect(await footwear().locator(`[data-link-id="${gapLinkId}"]`).getAttribute('data-state')).not.toBe('MISSING');
    await shot('03-simulated-recruitment');
  });

  it('exports the candidate list as CSV that a spreadsheet reads (BOM, Chinese names, every candidate)', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toContain('credit_code');
    expect(rows).toHaveLength(await page.getByTestId('candidate').count());
    expect(rows.some((row) => /\p{Script=Han}/u.test(row.join('')))).toBe(true);
  });

  it('adds a candidate to the pipeline and shows a stale update as a conflict, not an overwrite', async () => {
    const firmId = await page.getByTestId('candidate').first().getAttribute('data-enterprise-id');
    await page.getByTestId('candidate').first().getByTestId('add-to-pipeline').click();
    await page.getByTestId('candidate').first().getByText('In the pipeline').waitFor();

    await page.getByTestId('tab-pipeline').click();
    const card = page.locator('[data-status="LEAD"] [data-testid="project"]').filter({ hasText: 'version 1' }).first();
    await card.waitFor();
    const projectId = (await card.getAttribute('data-project-id'))!;
    const stored = await planner<{ project: { enterprise: { id: string }; status: string } }>(
      `{ project(id: "${projectId}") { enterprise { id } status } }`,
    );
    expect(stored.data?.project).toEqual({ enterprise: { id: firmId }, status: 'LEAD' });

    // Someone else moves it on while this page still shows version 1.
    const elsewhere = await planner(`mutation { advanceProject(id: "${projectId}", status: CONTACTED, expectedVersion: 1) { version } }`);
    expect(elsewhere.errors).toBeUndefined();
    await card.getByTestId('move-DROPPED').click();
    await page.getByText('Someone changed this project after you loaded it').waitFor();
    const after = await planner<{ project: { status: string } }>(`{ project(id: "${projectId}") { status } }`);
    expect(after.data?.project.status).toBe('CONTACTED');
    await page.locator(`[data-status="CONTACTED"] [data-project-id="${projectId}"]`).waitFor();
    await shot('04-pipeline-conflict');
  });

  it('switches to Chinese labels, names in both languages', async () => {
    await page.getByTestId('language').click();
    await page.getByTestId('tab-chains').click();
    await page.getByRole('tab', { name: '产业链' }).waitFor();
    expect(await page.getByTestId('region-name').textContent()).toMatch(/^上蔡县.*Shangcai/);
    await page.getByTestId('language').click();
  });

  it('fits a tablet: the gap panel goes under the chains and nothing scrolls sideways', async () => {
    await page.setViewportSize({ width: 820, height: 1180 });
    await footwear().locator(`[data-link-id="${gapLinkId}"]`).click();
    await page.getByTestId('candidates').waitFor();
    const layout = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      chainsBottom: document.querySelector('.chains-column')!.getBoundingClientRect().bottom,
      panelTop: document.querySelector('.panel-column')!.getBoundingClientRect().top,
    }));
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.panelTop).toBeGreaterThanOrEqual(layout.chainsBottom);
    await shot('05-tablet');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('shows a banner, not a blank page, when the server cannot be reached', async () => {
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.reload();
    await page.getByTestId('problem-banner').getByText('cannot be reached').waitFor();
    await shot('06-server-unreachable');
    await page.unroute('**/graphql');
    await page.getByTestId('problem-banner').getByRole('button', { name: 'Retry' }).click();
    await footwear().locator('[data-link-id]').first().waitFor();
    expect(await page.getByTestId('problem-banner').count()).toBe(0);
  });
});

describe('the map when a service behind the gateway is down', () => {
  it('says the data is unavailable for now instead of drawing half a map', async () => {
    const deadPort = await freePort();
    const gateway = await startGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
      subgraphUrls: {
        ...Object.fromEntries(stack.stack.subgraphs.map((service) => [service.name, service.url])),
        recruitment: `http://localhost:${deadPort}/graphql`,
      },
      port: 0,
    });
    try {
      await page.goto(gateway.url.replace(/\/graphql$/, '/map/#region=shangcai'));
      await page.getByTestId('problem-banner').getByText('unavailable right now').waitFor();
      expect(await page.locator('[data-link-id]').count()).toBe(0);
      await shot('07-service-unavailable');
    } finally {
      await gateway.stop();
    }
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
