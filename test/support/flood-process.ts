/**
 * An anonymous client flooding a service, in a process of its own (so its own work does not load the service's
 * event loop), from a loopback address of its own, for a bounded time, as the hardening review did:
 *
 *   node --import tsx test/support/flood-process.ts requests URL SECONDS CONCURRENCY FROM_ADDRESS
 *     CONCURRENCY loops, each POSTing an anonymous `regions(first: 1000)` again as soon as it is answered;
 *   node --import tsx test/support/flood-process.ts connections URL SECONDS COUNT FROM_ADDRESS
 *     COUNT connections that send their headers one byte a second and reconnect as soon as they are closed.
 *
 * It prints one JSON line of what it sent and how it was answered, and exits.
 */
import { Agent, request } from 'node:http';
import { connect } from 'node:net';

const [mode, target, secondsText, countText, fromAddress] = process.argv.slice(2);
const url = new URL(target!);
const until = Date.now() + Number(secondsText) * 1000;
const count = Number(countText);
const statuses: Record<string, number> = {};
const running = () => Date.now() < until;

const REGIONS = JSON.stringify({ query: '{ regions(first: 1000) { id name nameZh level parent { id } } }' });

async function requestLoop(agent: Agent): Promise<void> {
  while (running()) {
    const status = await new Promise<string>((resolve) => {
      const sent = request(
        url,
        { method: 'POST', agent, localAddress: fromAddress, headers: { 'content-type': 'application/json' }, timeout: 10_000 },
        (response) => {
          response.resume();
          response.on('end', () => resolve(String(response.statusCode)));
        },
      );
      sent.on('error', () => resolve('error'));
      sent.on('timeout', () => sent.destroy());
      sent.end(REGIONS);
    });
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
}

async function slowConnection(): Promise<void> {
  while (running()) {
    await new Promise<void>((resolve) => {
      const socket = connect({ host: url.hostname, port: Number(url.port), localAddress: fromAddress });
      let ticker: NodeJS.Timeout | undefined;
      socket.on('connect', () => {
        statuses.opened = (statuses.opened ?? 0) + 1;
        socket.write(`POST ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\n`);
        ticker = setInterval(() => socket.write('X'), 1_000);
      });
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(ticker);
        statuses.closed = (statuses.closed ?? 0) + 1;
        resolve();
      });
      setTimeout(() => socket.destroy(), Math.max(0, until - Date.now()));
    });
  }
}

const agent = new Agent({ keepAlive: true, maxSockets: count });
await Promise.all(Array.from({ length: count }, () => (mode === 'requests' ? requestLoop(agent) : slowConnection())));
agent.destroy();
console.log(JSON.stringify(statuses));
process.exit(0);
