import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { once, setMaxListeners } from 'node:events';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { maxResponseBytesOf } from '../config.js';
import { REQUEST_ID_HEADER, requestIdFrom, runInRequest } from './request-context.js';
import { isUnderPrefix, serveStaticSite, type StaticSite } from './static-site.js';

export const GRAPHQL_PATH = '/graphql';
/** Larger bodies get 413; the largest legitimate operation (a report with parameters) is a few kilobytes. */
export const DEFAULT_MAX_BODY_BYTES = 1_000_000;
/** How long a client may take to send its headers and its whole request, and an idle connection stays open. */
const HTTP_TIMEOUTS = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 };

export interface ReadinessReport {
  ready: boolean;
  [detail: string]: unknown;
}

export interface GraphQLHttpOptions<Context extends BaseContext> {
  apollo: ApolloServer<Context>;
  /** A fresh context for each request (its loaders cache nothing across requests). */
  context: (request: IncomingMessage) => Promise<Context>;
  /** `/ready`: whether this service can answer requests now (its dependencies are reachable). */
  readiness: () => Promise<ReadinessReport>;
  maxBodyBytes?: number;
  /** A web page served beside the API (the gateway's map). */
  site?: StaticSite;
  /** Called with the id of a request whose client went away before its answer was sent. */
  onAbandoned?: (requestId: string) => void;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * One HTTP server per service: GraphQL at `/graphql` (Apollo Server's own HTTP semantics, landing page included),
 * `/health` (the process is alive), `/ready` (its dependencies answer) and, on the gateway, the map's pages.
 */
export function createGraphQLHttpServer<Context extends BaseContext>(options: GraphQLHttpOptions<Context>): Server {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxResponseBytes = maxResponseBytesOf();
  const server = createServer(
    {
      headersTimeout: HTTP_TIMEOUTS.headersMs,
      requestTimeout: HTTP_TIMEOUTS.requestMs,
      keepAliveTimeout: HTTP_TIMEOUTS.keepAliveMs,
      // How often those timeouts are checked (Node's default, 30 s, would let a slow client hold on three times longer).
      connectionsCheckingInterval: 1_000,
    },
    (request, response) => {
      route(request, response).catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        if (status === 500) console.error('HTTP handler failed:', error);
        if (response.headersSent) {
          response.destroy();
          return;
        }
        const message = error instanceof HttpError ? error.message : 'Internal server error';
        const code = status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
        sendJson(response, status, { errors: [{ message, extensions: { code } }] });
      });
    },
  );
  return server;

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return sendJson(response, 200, { status: 'ok' });
    if (url.pathname === '/ready') {
      const report = await options.readiness();
      return sendJson(response, report.ready ? 200 : 503, report);
    }
    if (url.pathname === '/' && request.method === 'GET') {
      response.writeHead(302, { location: GRAPHQL_PATH }).end();
      return;
    }
    if (options.site && isUnderPrefix(options.site, url.pathname)) {
      return serveStaticSite(options.site, request, response, url.pathname);
    }
    if (url.pathname !== GRAPHQL_PATH) {
      return sendJson(response, 404, { error: `Not found; GraphQL is served at ${GRAPHQL_PATH}` });
    }
    const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
    const abandoned = new AbortController();
    // Every subgraph call and query of the request listens to it: more than Node's default of 10 is normal here.
    setMaxListeners(100, abandoned.signal);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    response.on('close', () => {
      if (response.writableFinished) return;
      abandoned.abort();
      options.onAbandoned?.(requestId);
    });
    await runInRequest({ requestId, signal: abandoned.signal }, () => serveGraphQL(request, response, url));
  }

  async function serveGraphQL(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const method = (request.method ?? 'GET').toUpperCase();
    const body = method === 'POST' ? parseBody(headers.get('content-type'), await readBody(request, maxBodyBytes)) : undefined;
    const result = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search: url.search, body },
      context: () => options.context(request),
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      if (Buffer.byteLength(result.body.string) > maxResponseBytes) {
        const message = `The answer is larger than ${maxResponseBytes / 1_000_000} MB; ask for fewer items (first) or fewer fields.`;
        sendJson(response, 400, { errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
        return;
      }
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }
}

async function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new HttpError(413, `The request body is larger than ${maxBytes} bytes`);
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * JSON bodies are parsed here; a body of any other media type is passed on as text, and Apollo Server answers it
 * with the status the GraphQL-over-HTTP spec asks for.
 */
function parseBody(contentType: string | undefined, raw: Buffer): unknown {
  const [mediaType = '', ...parameters] = (contentType ?? '').split(';').map((part) => part.trim().toLowerCase());
  const charset = parameters.find((parameter) => parameter.startsWith('charset='))?.slice('charset='.length);
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    throw new HttpError(415, `Unsupported charset ${charset}; send UTF-8`);
  }
  if (mediaType !== 'application/json' && !mediaType.endsWith('+json')) return raw.toString('utf8');
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON');
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/** Listens on `host` and `port` (0: any free port) and resolves with the port actually bound. */
export async function listen(server: Server, port: number, host: string): Promise<number> {
  server.listen(port, host);
  try {
    await once(server, 'listening');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`Port ${port} is in use: stop what holds it, or set PORT / SUBGRAPH_BASE_PORT to other ports.`);
    }
    throw error;
  }
  return (server.address() as AddressInfo).port;
}

/**
 * Stops accepting connections and waits for in-flight requests to finish; connections still open after
 * `graceMs` are cut.
 */
export async function closeGracefully(server: Server, graceMs = 10_000): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  await closed;
  clearTimeout(timer);
}
