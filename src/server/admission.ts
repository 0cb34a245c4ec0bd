import { overloaded } from '../graphql/errors.js';
import { shedRequests } from '../platform/metrics.js';

/**
 * At most `limit` pieces of work of one kind at once in this process; what comes beyond is refused at once, so its
 * client can retry elsewhere or later instead of waiting in a queue until it times out.
 */
export class Admission {
  private running = 0;

  constructor(
    /** What is limited, for the metric of refusals: `<service>` or `<service>:<kind>`. */
    readonly name: string,
    readonly limit: number,
  ) {}

  get inFlight(): number {
    return this.running;
  }

  /**
   * Counts work that outlives its request (a transaction the server has yet to let go) as running until `gone`
   * settles, however many are running already.
   */
  holdUntil(gone: Promise<unknown>): void {
    this.running += 1;
    const release = () => {
      this.running -= 1;
    };
    gone.then(release, release);
  }

  /** A release to call once when the work ends, or null (counted as shed) when `limit` pieces are running already. */
  tryEnter(): (() => void) | null {
    if (this.running >= this.limit) {
      shedRequests.inc({ limit: this.name });
      return null;
    }
    this.running += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
    };
  }
}

/** Runs `work` if `admission` takes it; otherwise refuses it at once: SERVICE_UNAVAILABLE, 503 with Retry-After. */
export async function admitted<T>(admission: Admission, what: string, retryAfterSeconds: number, work: () => Promise<T>): Promise<T> {
  const release = admission.tryEnter();
  if (!release) throw overloaded(what, retryAfterSeconds);
  try {
    return await work();
  } finally {
    release();
  }
}
