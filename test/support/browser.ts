import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { it } from 'vitest';
import { textSetting } from '../../src/platform/settings.js';

/** Debian's Chromium (`apt-get install chromium`, done by .ci/run); CHROMIUM_PATH points elsewhere. */
const CHROMIUM = textSetting(process.env, 'CHROMIUM_PATH')!;

export const SCREENSHOTS_DIR = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** What the map is built from: its own sources and the shared modules it imports. */
const WEB_SOURCES = ['../../src/web/', '../../src/domain/', '../../src/format/'].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));
const BUILT_MAP = fileURLToPath(new URL('../../dist/web/index.html', import.meta.url));

/** The newest change under a folder (its files' modification times). */
function newestChange(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const file = path.join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestChange(file) : statSync(file).mtimeMs);
  }, 0);
}

/**
 * Builds the map into dist/web with `npm run build:web`, so the gateway serves the current source as users get it
 * (a production build: vitest's NODE_ENV=test would otherwise give React's development build). Once per change of
 * the sources: a build newer than every file of src/web is the current one (see map-global-setup.ts).
 */
export function buildMap(): void {
  if (existsSync(BUILT_MAP) && statSync(BUILT_MAP).mtimeMs > Math.max(...WEB_SOURCES.map(newestChange))) return;
  execFileSync('npm', ['run', '-s', 'build:web'], { env: { ...process.env, NODE_ENV: 'production' }, stdio: 'inherit' });
}

/** The text of each page of a PDF, and each page's size in points (pdf.js, as a reader would extract it). */
export async function pdfPages(bytes: Uint8Array): Promise<{ text: string; width: number; height: number }[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const loading = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const document = await loading.promise;
  const pages = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    const [, , width, height] = page.view as [number, number, number, number];
    pages.push({ text, width, height });
  }
  await loading.destroy();
  return pages;
}

/**
 * What a cramped layout does to a page: how far it scrolls sideways, and the texts squeezed into a column a word or
 * a few characters wide (a button wrapping one character per line).
 */
export function layoutProblems(page: Page): Promise<{ sidewaysScroll: number; squeezed: string[] }> {
  return page.evaluate(() => {
    const squeezed: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('button, a, label, th, td, h1, h2, h3, h4, .chip')) {
      const text = element.innerText.trim();
      const box = element.getBoundingClientRect();
      if (text.length < 4 || box.width === 0) continue;
      const style = getComputedStyle(element);
      const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.2;
      if (box.width < 2.5 * Number.parseFloat(style.fontSize) && box.height > 2.5 * lineHeight) squeezed.push(text);
    }
    return { sidewaysScroll: document.documentElement.scrollWidth - window.innerWidth, squeezed };
  });
}

/**
 * The steps of one story on one page (`story('…', async () => …)` in place of `it`): each builds on the one before,
 * so once a step fails the rest are skipped, naming the step they depend on, instead of each failing on a timeout of
 * its own.
 */
export function storySteps(): (name: string, body: () => Promise<void>, timeoutMs?: number) => void {
  let failed: string | null = null;
  return (name, body, timeoutMs) =>
    it(
      name,
      async (context) => {
        if (failed !== null) context.skip(`it builds on "${failed}", which failed`);
        try {
          await body();
        } catch (error) {
          failed = name;
          throw error;
        }
      },
      timeoutMs,
    );
}
