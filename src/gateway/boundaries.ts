/**
 * The base map of the geographic view, served to the page at /map/boundaries/ from the project's own files: by
 * default the boundary data Apache ECharts published with its 4.9 release (Apache-2.0; see docs/map-boundaries.md),
 * or the approved base map (标准地图) a deployment points MAP_BOUNDARIES_DIR at, in the same layout. Nothing is
 * fetched from the internet at run time.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { reachedWithoutLinks } from '../server/files.js';
import { textSetting } from '../platform/settings.js';

export const BOUNDARIES_PATH = '/map/boundaries';

export function boundariesDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = textSetting(env, 'MAP_BOUNDARIES_DIR');
  if (configured) {
    if (!existsSync(join(configured, 'china.json'))) {
      throw new Error(`MAP_BOUNDARIES_DIR: ${configured} holds no china.json; see docs/map-boundaries.md for the layout.`);
    }
    return configured;
  }
  return join(dirname(createRequire(import.meta.url).resolve('echarts-map-data/package.json')), 'map', 'json');
}

export function registerBoundaries(app: FastifyInstance, dir: string): void {
  void app.register(fastifyStatic, {
    root: dir,
    prefix: `${BOUNDARIES_PATH}/`,
    decorateReply: false,
    index: false,
    cacheControl: false,
    // A link planted in a deployment's folder (to /etc/passwd, say) is a 404, as among the map's own files.
    allowedPath: (pathname) => reachedWithoutLinks(dir, join(dir, pathname)),
    setHeaders: (response) => void response.setHeader('cache-control', 'public, max-age=86400'),
  });
}
