import { fileURLToPath } from 'node:url';

/** The demo dataset shipped with the product, built from the seed articles (see seeds/demo/). */
export const DEMO_DATASET = fileURLToPath(new URL('../../seeds/demo.json', import.meta.url));
