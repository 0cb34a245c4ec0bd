import type { Server, Socket } from 'node:net';
import { Admission } from './admission.js';
import { shedRequests } from '../platform/metrics.js';
import type { ViewerClass } from '../platform/request-context.js';

export interface FairAdmissionLimits {
  /** Requests the service works on at once, over every viewer (MAX_IN_FLIGHT). */
  total: number;
  /** Of those, how many anonymous ones at once (MAX_ANONYMOUS_IN_FLIGHT): the rest stay for signed-in users. */
  anonymous: number;
  /** Anonymous requests at once from one client address (MAX_ANONYMOUS_IN_FLIGHT_PER_ADDRESS); null: no such limit. */
  anonymousPerAddress: number | null;
}

/**
 * Which requests a service starts now, signed-in users first: anonymous traffic has a share of the service of its
 * own, and each client address a share of that, so one anonymous client flooding the service takes its own share
 * and no more, and planners are still served. What comes beyond is refused at once (503 with Retry-After).
 */
export class FairAdmission {
  private readonly all: Admission;
  private readonly anonymous: Admission;
  private readonly byAddress = new Map<string, number>();

  constructor(
    /** The service, for the metric of refusals. */
    readonly name: string,
    readonly limits: FairAdmissionLimits,
  ) {
    this.all = new Admission(name, limits.total);
    this.anonymous = new Admission(`${name}:anonymous`, limits.anonymous);
  }

  /** A release to call once when the request ends, or null when it is refused (and counted as shed). */
  tryEnter(viewerClass: ViewerClass, address: string): (() => void) | null {
    if (viewerClass === 'signedIn') return this.all.tryEnter();
    const fromAddress = this.byAddress.get(address) ?? 0;
    if (this.limits.anonymousPerAddress !== null && fromAddress >= this.limits.anonymousPerAddress) {
      shedRequests.inc({ limit: `${this.name}:address` });
      return null;
    }
    const anonymousSlot = this.anonymous.tryEnter();
    const slot = anonymousSlot && this.all.tryEnter();
    if (!anonymousSlot || !slot) {
      anonymousSlot?.();
      return null;
    }
    this.byAddress.set(address, fromAddress + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      slot();
      anonymousSlot();
      const left = this.byAddress.get(address)! - 1;
      if (left === 0) this.byAddress.delete(address);
      else this.byAddress.set(address, left);
    };
  }
}

/**
 * Closes connections from an address that holds `max` open ones already: a client that opens slow connections
 * (and reconnects when they are closed) fills its own share of MAX_CONNECTIONS, not everyone's.
 */
export function limitConnectionsPerAddress(server: Server, max: number, name: string): void {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const count = open.get(address) ?? 0;
    if (count >= max) {
      shedRequests.inc({ limit: `${name}:connections` });
      socket.destroy();
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = open.get(address)! - 1;
      if (left === 0) open.delete(address);
      else open.set(address, left);
    });
  });
}
