import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
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

/**
 * Builds the map into dist/web with `npm run build:web`, so the gateway serves the current source as users get it
 * (a production build: vitest's NODE_ENV=test would otherwise give React's development build).
 */
export function buildMap(): void {
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
