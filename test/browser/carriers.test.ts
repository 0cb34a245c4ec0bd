/// <reference lib="dom" />
/**
 * The sites view (载体) in a real browser against the real stack and the demo data: a planner of Shangcai sees the
 * free standard factories, land and office of its parks, park by park, then every site, then one kind, in English
 * and in Chinese, whole on a tablet. Screenshots go to test/artifacts/screenshots/.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { launchChromium, layoutProblems, SCREENSHOTS_DIR, storySteps } from '../support/browser.js';
import { useStack } from '../support/stack.js';

const stack = useStack();
let browser: Browser;
let page: Page;

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
const mapUrl = () => stack.gatewayUrl.replace(/\/graphql$/, '/map/');
const shown = () => page.getByTestId('carrier').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-carrier-id')));

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('the sites view', () => {
  const step = storySteps();

  step('lists the free sites of the region’s parks, park by park, with their figures', async () => {
    await page.goto(`${mapUrl()}#region=shangcai`);
    await page.getByTestId('development-sign-in').getByLabel('Development: sign in as').selectOption('planner');
    await page.getByTestId('sign-in').click();
    await page.getByTestId('signed-in').waitFor();
    await page.getByTestId('tab-carriers').click();
    await page.getByTestId('carrier').first().waitFor();
    expect(await shown()).toEqual(['longfeng-office-1', 'longfeng-sf-c1', 'shangcai-aa-land-07', 'xiongan-sf-a3', 'xiongan-sf-b2']);
    expect(await page.getByTestId('carrier-park').count()).toBe(3);
    const b2 = page.locator('[data-testid="carrier"][data-carrier-id="xiongan-sf-b2"]');
    expect(await b2.locator('td').allTextContents()).toEqual([
      'Standard factory B2',
      'Standard factory',
      '5,200',
      '2027-03-01',
      'Free',
      '630',
      '800',
      '7.5',
    ]);
    expect(await page.getByTestId('carrier-total').textContent()).toBe('5 sites, 53,400 m² in all');
    await shot('50-sites');
  });

  step('shows every site when asked, or one kind', async () => {
    await page.getByTestId('only-available').uncheck();
    await expect.poll(shown).toHaveLength(7);
    await page.getByTestId('carrier-kind').selectOption('LAND');
    await expect.poll(shown).toEqual(['shangcai-aa-land-07']);
  });

  step('reads in Chinese, and whole on a tablet', async () => {
    await page.getByTestId('carrier-kind').selectOption('');
    await page.getByTestId('only-available').check();
    await page.getByTestId('language').click();
    await page.getByText('标准化厂房B2栋').waitFor();
    expect(await page.getByTestId('carrier-total').textContent()).toBe('共5处，合计53,400平方米');
    await shot('51-sites-zh');
    await page.setViewportSize({ width: 768, height: 1024 });
    const problems = await layoutProblems(page);
    expect(problems.sidewaysScroll).toBeLessThanOrEqual(0);
    expect(problems.squeezed).toEqual([]);
    await shot('52-sites-768x1024');
  });
});
