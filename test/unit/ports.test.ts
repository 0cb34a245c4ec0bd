import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePortRange } from '../support/ports.js';

const EPHEMERAL = '/proc/sys/net/ipv4/ip_local_port_range';

describe('the ports tests hand to servers they start later (test/support/ports.ts)', () => {
  it('lie below the range the kernel gives outgoing connections, so no connection takes them meanwhile', async () => {
    const [lowestEphemeral] = existsSync(EPHEMERAL) ? readFileSync(EPHEMERAL, 'utf8').trim().split(/\s+/).map(Number) : [32_768];
    const base = await freePortRange(4);
    expect(base + 3).toBeLessThan(lowestEphemeral!);
    for (let port = base; port < base + 4; port += 1) {
      const server = createServer();
      await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
