import { Neo4jError } from 'neo4j-driver';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { reportLimits } from '../../src/config.js';
import { createErrorFormatter } from '../../src/graphql/errors.js';
import {
  classifyNeo4jError,
  isRetryableNeo4jError,
  Neo4jMemoryLimitError,
  Neo4jTerminatedError,
  Neo4jTimeoutError,
  Neo4jUnavailableError,
} from '../../src/neo4j/errors.js';

const neo4jError = (code: string) => new Neo4jError('detail from the server', code, '', '');

describe('every class of Neo4j error', () => {
  it.each([
    ['Neo.TransientError.General.DatabaseUnavailable', Neo4jUnavailableError],
    ['ServiceUnavailable', Neo4jUnavailableError],
    ['Neo.TransientError.Transaction.DeadlockDetected', Neo4jUnavailableError],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', Neo4jTimeoutError],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', Neo4jMemoryLimitError],
    ['Neo.TransientError.Transaction.Terminated', Neo4jTerminatedError],
  ])('sorts %s into what a caller can act on', (code, kind) => {
    expect(classifyNeo4jError(neo4jError(code))).toBeInstanceOf(kind);
  });

  it('sorts a pool with no free connection in time (the driver says N/A) as unavailable, not as an internal error', () => {
    const exhausted = new Neo4jError(
      'Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 100, Idle conn count = 0.',
      'N/A',
      '50N42',
      '',
    );
    expect(classifyNeo4jError(exhausted)).toBeInstanceOf(Neo4jUnavailableError);
  });

  it.each([
    'Neo.TransientError.General.DatabaseUnavailable',
    'Neo.TransientError.Transaction.Terminated',
    'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  ])('reaches clients as SERVICE_UNAVAILABLE, not INTERNAL_SERVER_ERROR: %s', (code) => {
    const format = createErrorFormatter('test', pino({ level: 'silent' }));
    const formatted = format({ message: 'x' }, classifyNeo4jError(neo4jError(code)));
    expect(formatted.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(formatted.message).not.toContain('detail from the server');
  });

  it('does not retry a query that ran out of memory (it would again)', () => {
    expect(isRetryableNeo4jError(neo4jError('Neo.TransientError.General.MemoryPoolOutOfMemoryError'))).toBe(false);
    expect(isRetryableNeo4jError(neo4jError('Neo.TransientError.General.DatabaseUnavailable'))).toBe(true);
  });
});

describe('the timeouts of reports', () => {
  it('must end before the gateway stops waiting for them', () => {
    expect(() => reportLimits({ REPORT_TIMEOUT_MS: '60000' })).toThrow(
      /REPORT_TIMEOUT_MS \(60000\) must be shorter than SUBGRAPH_TIMEOUT_MS \(20000\)/,
    );
    expect(reportLimits({}).reportTimeoutMs).toBeLessThan(20_000);
  });
});
