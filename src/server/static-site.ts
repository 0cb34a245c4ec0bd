import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, relative, sep } from 'node:path';

/** A built single-page site (the planners' map) served under a path prefix, e.g. `/map`. */
export interface StaticSite {
  prefix: string;
  /** The folder Vite built it into; its index.html answers every page path under the prefix. */
  root: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};

/** The page talks to its own origin only; no inline scripts, no framing. */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** The path with its %-escapes decoded; undefined when they are malformed (a 404, not a server error). */
function decodedPath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/**
 * Whether `file` is reached from `root` without a symbolic link: a link placed among the built files (by a build
 * step, or by someone with write access there) must not serve what lies elsewhere on the machine.
 */
async function isInsideWithoutLinks(root: string, file: string): Promise<boolean> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    return realFile === join(realRoot, relative(root, file));
  } catch {
    return false;
  }
}

export function isUnderPrefix(site: StaticSite, pathname: string): boolean {
  return pathname === site.prefix || pathname.startsWith(`${site.prefix}/`);
}

/**
 * Answers a GET or HEAD under the site's prefix: a file of the build (hashed assets are cached for a year), else
 * index.html for page paths. Paths that climb out of the root are 404s.
 */
export async function serveStaticSite(site: StaticSite, request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  if (pathname === site.prefix) {
    response.writeHead(301, { location: `${site.prefix}/` }).end();
    return;
  }
  const relative = decodedPath(pathname.slice(site.prefix.length + 1));
  const file = normalize(join(site.root, relative ?? ''));
  if (relative === undefined || (!file.startsWith(normalize(site.root + sep)) && file !== normalize(site.root))) {
    response.writeHead(404).end();
    return;
  }
  const isAsset = extname(relative) !== '';
  const target = isAsset ? file : join(site.root, 'index.html');
  const found = (await isInsideWithoutLinks(site.root, target)) ? await stat(target).catch(() => undefined) : undefined;
  if (!found?.isFile()) {
    const message = isAsset ? 'Not found' : 'The map is not built: run `npm run build:web` (npm start does it).';
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(message);
    return;
  }
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': CONTENT_TYPES[extname(target)] ?? 'application/octet-stream',
    'content-length': found.size,
    'cache-control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(target).pipe(response);
}
