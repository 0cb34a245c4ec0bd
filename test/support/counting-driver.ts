import type { Driver } from 'neo4j-driver';

export interface CountingDriver {
  driver: Driver;
  /** Cypher queries run through `driver` since the last reset. */
  count(): number;
  reset(): void;
}

/**
 * Wraps a real driver and counts the queries sent through it: every repository query goes through
 * `driver.executeQuery`, and sessions are counted per `run` so no other path escapes the count.
 */
export function countingDriver(driver: Driver): CountingDriver {
  let queries = 0;
  const wrapped = new Proxy(driver, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property === 'executeQuery' && typeof value === 'function') {
        return (...args: unknown[]) => {
          queries += 1;
          return value.apply(target, args);
        };
      }
      if (property === 'session' && typeof value === 'function') {
        return (...args: unknown[]) => countingSession(value.apply(target, args));
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  function countingSession(session: ReturnType<Driver['session']>) {
    const run = session.run.bind(session);
    session.run = ((...args: Parameters<typeof run>) => {
      queries += 1;
      return run(...args);
    }) as typeof session.run;
    return session;
  }
  return { driver: wrapped, count: () => queries, reset: () => void (queries = 0) };
}
