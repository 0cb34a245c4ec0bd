/// <reference lib="dom" />
/**
 * The chain library and the chain editor in a real browser against the real stack and the demo data: a planner of
 * Shangcai moves a project to OPERATING on the pipeline board and sees the chains view follow without a reload,
 * browses the templates and adopts one; an administrator edits the adopted chain — a link added with a feed, a
 * link's keywords, a stale edit refused — and reads its history, in English and in Chinese. Screenshots go to
 * test/artifacts/screenshots/.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { launchChromium, layoutProblems, SCREENSHOTS_DIR, storySteps } from '../support/browser.js';
import { useStack } from '../support/stack.js';

const stack = useStack();
const planner = stack.as('planner', 'shangcai');
const admin = stack.as('admin');
let browser: Browser;
let page: Page;

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
/** The editor is a drawer over the page: what is in view, its history scrolled to. */
async function editorShot(name: string) {
  await page.getByTestId('chain-history').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`) });
}
const mapUrl = () => stack.gatewayUrl.replace(/\/graphql$/, '/map/');
const footwear = () => page.getByTestId('chain-footwear');

async function signInAs(role: 'planner' | 'admin') {
  if (await page.getByTestId('signed-in').isVisible()) await page.getByTestId('sign-out').click();
  await page.getByTestId('development-sign-in').getByLabel('Development: sign in as').selectOption(role);
  await page.getByTestId('sign-in').click();
  await page.getByTestId('signed-in').waitFor();
}

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('the chain library', () => {
  const step = storySteps();
  let missingLinkId = '';
  let projectId = '';

  step('follows a project moved to OPERATING on the pipeline board in the chains view, without a reload', async () => {
    // A project for the best candidate of a missing footwear link, brought to LANDED behind the page's back.
    const { data } = await planner<{ chainGaps: { gaps: { link: { id: string }; candidates: { enterprise: { id: string } }[] }[] } }>(
      '{ chainGaps(regionId: "shangcai", chainId: "footwear") { gaps { link { id } candidates(first: 1) { enterprise { id } } } } }',
    );
    const gap = data!.chainGaps.gaps.find((candidate) => candidate.candidates.length > 0)!;
    missingLinkId = gap.link.id;
    const created = await planner<{ createProject: { id: string; version: number } }>(
      'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id version } }',
      {
        input: { name: 'Board to operating', enterpriseId: gap.candidates[0]!.enterprise.id, linkId: missingLinkId, regionId: 'shangcai' },
      },
    );
    projectId = created.data!.createProject.id;
    let version = created.data!.createProject.version;
    for (const status of ['CONTACTED', 'NEGOTIATING', 'SIGNED', 'LANDED']) {
      const moved = await planner<{ advanceProject: { version: number } }>(
        `mutation { advanceProject(id: "${projectId}", status: ${status}, expectedVersion: ${version}) { version } }`,
      );
      version = moved.data!.advanceProject.version;
    }

    await page.goto(`${mapUrl()}#region=shangcai`);
    await signInAs('planner');
    const link = () => footwear().locator(`[data-link-id="${missingLinkId}"]`);
    await expect.poll(() => link().getAttribute('data-state')).toBe('MISSING');
    await page.getByTestId('tab-pipeline').click();
    const card = page.locator(`[data-testid="project"][data-project-id="${projectId}"]`);
    await card.getByTestId('move-OPERATING').click();
    await expect.poll(() => card.isVisible()).toBe(true);
    await page.getByTestId('tab-chains').click();
    await expect.poll(() => link().getAttribute('data-state')).not.toBe('MISSING');
    // Beside the local supply rate, its trend, as the completeness has its own.
    const supplyTrend = footwear().getByTestId('local-supply-sparkline');
    expect(Number(await supplyTrend.getAttribute('data-points'))).toBeGreaterThanOrEqual(1);
    expect(await supplyTrend.getAttribute('aria-label')).toMatch(/^Local supply rate, last 90 days: \d{4}-\d{2}-\d{2} \d+%/);
  });

  step('lists the templates with their links, codes and products, and adopts one for the region on screen', async () => {
    await page.getByTestId('tab-library').click();
    await page.getByTestId('chain-library').waitFor();
    expect(await page.getByTestId('template').count()).toBe(24);
    await page.locator('[data-testid="template"][data-template-id="packaging"]').click();
    const detail = page.getByTestId('template-detail');
    await detail.getByText('Packaging').first().waitFor();
    expect(await detail.getByTestId('template-link').count()).toBe(12);
    const cartons = detail.locator('[data-testid="template-link"][data-link-id="packaging/cartons"]');
    expect(await cartons.textContent()).toContain('C2231');
    expect(await detail.locator('[data-link-id]').count()).toBeGreaterThanOrEqual(12);
    await shot('40-library-template');

    await detail.getByTestId('adopt').click();
    const summary = detail.getByTestId('adopted-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/Completeness \d+%\. \d+ of its 12 links have firms of the region\./);
    expect(await page.locator('[data-testid="template"][data-template-id="packaging"] .chip-done').count()).toBe(1);
    await shot('41-library-adopted');
    await detail.getByTestId('show-chains').click();
    await page.getByTestId('chain-packaging').waitFor();
  });

  step('reads the library in Chinese', async () => {
    await page.getByTestId('language').click();
    await page.getByTestId('tab-library').click();
    await page.getByText('全国产业链模板').waitFor();
    // Footwear, which Shangcai leads, says so; beverages offers to be adopted.
    await page.locator('[data-testid="template"][data-template-id="footwear"]').click();
    await page.getByTestId('template-detail').getByText('本地区的主导产业链').waitFor();
    await page.locator('[data-testid="template"][data-template-id="beverages"]').click();
    const detail = page.getByTestId('template-detail');
    await detail.getByRole('button', { name: '采用到 上蔡县' }).waitFor();
    expect(await detail.locator('[data-testid="template-link"]').first().textContent()).toMatch(/^果茶与植物原料/);
    await shot('42-library-zh');
    await page.getByTestId('language').click();
  });

  step('lets an administrator add a link with its feed and change keywords, each recorded in the chain’s history', async () => {
    await signInAs('admin');
    await page.getByTestId('tab-chains').click();
    await page.getByTestId('chain-packaging').getByTestId('edit-chain').click();
    const editor = page.getByTestId('chain-editor');
    await editor.getByTestId('chain-history').waitFor();
    const form = editor.getByTestId('new-link');
    await form.getByTestId('new-link-id').fill('moulded-pulp');
    await form.getByTestId('new-link-name').fill('Moulded pulp packaging');
    await form.getByTestId('new-link-name-zh').fill('纸浆模塑包装');
    await form.getByTestId('new-link-codes').fill('C2239');
    await form.getByTestId('new-link-keywords').fill('纸浆模塑, 纸托');
    await form.getByTestId('new-link-from').selectOption('packaging/paperboard');
    await form.getByTestId('add-link').click();
    await editor.locator('[data-testid="link-editor"][data-link-id="packaging/moulded-pulp"]').waitFor();
    const newest = editor.getByTestId('chain-event').first();
    expect(await newest.getAttribute('data-kind')).toBe('EDITED');
    expect(await newest.textContent()).toContain('Added the link “Moulded pulp packaging”');
    expect(await newest.textContent()).toContain('“Paper and paperboard” now feeds “Moulded pulp packaging”');
    await page.getByTestId('chain-packaging').locator('[data-link-id="packaging/moulded-pulp"]').waitFor();

    const cartons = editor.locator('[data-testid="link-editor"][data-link-id="packaging/cartons"]');
    await cartons.getByTestId('link-keywords').fill('纸箱, 纸盒, 彩盒, 瓦楞纸箱, 礼品盒');
    await cartons.getByTestId('save-link').click();
    await expect.poll(() => editor.getByTestId('chain-event').first().textContent()).toContain('礼品盒');
    expect(await editor.getByTestId('chain-event').first().getAttribute('data-version')).toBe('3');
    await editorShot('43-chain-editor');
  });

  step('refuses an edit made on a stale version, and shows the chain as it is now', async () => {
    const { data } = await admin<{ chain: { version: number } }>('{ chain(id: "packaging") { version } }');
    const elsewhere = await admin(
      `mutation { editChain(chainId: "packaging", expectedVersion: ${data!.chain.version}, changes: { renameLinks: [{ linkId: "packaging/design", name: "Design, testing and certification" }] }) { version } }`,
    );
    expect(elsewhere.errors).toBeUndefined();
    const editor = page.getByTestId('chain-editor');
    const glass = editor.locator('[data-testid="link-editor"][data-link-id="packaging/glass-packaging"]');
    await glass.getByTestId('link-excluded').fill('玻璃工艺品');
    await glass.getByTestId('save-link').click();
    await editor.getByTestId('editor-stale').waitFor();
    await expect.poll(() => editor.getByTestId('chain-event').first().textContent()).toContain('Design, testing and certification');
    const after = await admin<{ chain: { version: number; links: { id: string; excludedKeywords: string[] }[] } }>(
      '{ chain(id: "packaging") { version links { id excludedKeywords } } }',
    );
    expect(after.data!.chain.version).toBe(data!.chain.version + 1);
    expect(after.data!.chain.links.find((link) => link.id === 'packaging/glass-packaging')!.excludedKeywords).toEqual([]);
  });

  step('shows the editor and its history in Chinese', async () => {
    await page.getByTestId('close-editor').click();
    await page.getByTestId('language').click();
    await page.getByTestId('chain-packaging').getByTestId('edit-chain').click();
    const editor = page.getByTestId('chain-editor');
    await editor.getByText('修改记录').waitFor();
    await expect.poll(() => editor.getByTestId('chain-event').nth(2).textContent()).toContain('新增环节“纸浆模塑包装”');
    await editorShot('44-chain-editor-zh');
  });

  step('shows the library and the editor whole on a tablet: no sideways scrolling, no text squeezed a few characters wide', async () => {
    await page.getByTestId('close-editor').click();
    await page.getByTestId('language').click();
    await page.setViewportSize({ width: 768, height: 1024 });
    const views: [string, () => Promise<void>][] = [
      [
        'library',
        async () => {
          await page.getByTestId('tab-library').click();
          await page.getByTestId('template-detail').waitFor();
        },
      ],
      [
        'editor',
        async () => {
          await page.getByTestId('tab-chains').click();
          await page.getByTestId('chain-packaging').getByTestId('edit-chain').click();
          await page.getByTestId('chain-history').waitFor();
        },
      ],
    ];
    for (const [name, open] of views) {
      await open();
      const problems = await layoutProblems(page);
      expect(problems.sidewaysScroll, name).toBeLessThanOrEqual(0);
      expect(problems.squeezed, name).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS_DIR, `45-${name}-768x1024.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
