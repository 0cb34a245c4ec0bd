import type { Driver } from 'neo4j-driver';

export interface CountingDriver {
  driver: Driver;
  /** Cypher queries run through `driver` since the last reset. */
  count(): number;
  reset(): void;
}

/**
 * Wraps a real driver and counts the queries sent through it: `driver.executeQuery`, and every `run` of a session,
 * of a transaction it manages or of one begun explicitly, so no path escapes the count.
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
  function counted<Runner extends { run: (...args: never[]) => unknown }>(runner: Runner): Runner {
    const run = runner.run.bind(runner);
    runner.run = ((...args: Parameters<typeof run>) => {
      queries += 1;
      return run(...args);
    }) as Runner['run'];
    return runner;
  }
  function countingSession(session: ReturnType<Driver['session']>) {
    const { executeRead, executeWrite, beginTransaction } = session;
    session.beginTransaction = (config) => counted(beginTransaction.call(session, config));
    session.executeRead = <T>(work: Parameters<typeof executeRead<T>>[0], config?: Parameters<typeof executeRead<T>>[1]) =>
      executeRead.call<typeof session, Parameters<typeof executeRead<T>>, Promise<T>>(session, (tx) => work(counted(tx)), config);
    session.executeWrite = <T>(work: Parameters<typeof executeWrite<T>>[0], config?: Parameters<typeof executeWrite<T>>[1]) =>
      executeWrite.call<typeof session, Parameters<typeof executeWrite<T>>, Promise<T>>(session, (tx) => work(counted(tx)), config);
    return counted(session);
  }
  return { driver: wrapped, count: () => queries, reset: () => void (queries = 0) };
}
