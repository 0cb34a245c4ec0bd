import { buildMap } from './browser.js';

/** The map's bundle, built once before any file runs (files run side by side: two builds would overwrite each other). */
export default function setup(): void {
  buildMap();
}
