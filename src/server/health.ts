import { createServer, type Server } from 'node:http';
import type { Driver } from 'neo4j-driver';

/**
 * `/health`: the process is up. `/ready`: Neo4j answers, so requests can be served.
 * Until the GraphQL gateway lands, this is what `npm start` serves.
 */
export function createHealthServer(driver: Driver): Server {
  return createServer(async (request, response) => {
    const send = (status: number, body: object) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET') return send(405, { error: 'use GET' });
    if (url.pathname === '/health') return send(200, { status: 'ok' });
    if (url.pathname === '/ready') {
      try {
        await driver.verifyConnectivity();
        return send(200, { status: 'ready', neo4j: 'up' });
      } catch {
        return send(503, { status: 'unavailable', neo4j: 'down' });
      }
    }
    return send(404, { error: 'not found; try /health or /ready' });
  });
}
