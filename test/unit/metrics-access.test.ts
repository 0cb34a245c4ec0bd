import { describe, expect, it } from 'vitest';
import { metricsAccess } from '../../src/config.js';
import { operationLabel } from '../../src/platform/metrics.js';
import { mayReadMetrics } from '../../src/server/service.js';

describe('who may read /metrics', () => {
  it('in production without a token: this machine only', () => {
    const access = metricsAccess({ NODE_ENV: 'production' });
    expect(mayReadMetrics(access, '127.0.0.1', undefined)).toBe(true);
    expect(mayReadMetrics(access, '::ffff:127.0.0.1', undefined)).toBe(true);
    expect(mayReadMetrics(access, '::1', undefined)).toBe(true);
    expect(mayReadMetrics(access, '203.0.113.7', undefined)).toBe(false);
    expect(mayReadMetrics(access, '::ffff:10.0.0.8', undefined)).toBe(false);
  });

  it('with METRICS_TOKEN: only with that token, from anywhere', () => {
    const access = metricsAccess({ NODE_ENV: 'production', METRICS_TOKEN: 'a-metrics-token-of-length' });
    expect(mayReadMetrics(access, '203.0.113.7', 'Bearer a-metrics-token-of-length')).toBe(true);
    expect(mayReadMetrics(access, '127.0.0.1', undefined)).toBe(false);
    expect(mayReadMetrics(access, '127.0.0.1', 'Bearer a-metrics-token-of-lengtX')).toBe(false);
  });

  it('in development: anyone who reaches the service (it listens on loopback)', () => {
    expect(mayReadMetrics(metricsAccess({}), '192.0.2.1', undefined)).toBe(true);
  });
});

describe('operation names as metric labels', () => {
  it('cannot be pushed out by made-up names or by a flood of valid anonymous ones', () => {
    for (let i = 0; i < 300; i += 1) {
      expect(operationLabel({ name: `made_up_${i}`, validated: false, signedIn: false })).toBe('other');
      operationLabel({ name: `anonymous_valid_${i}`, validated: true, signedIn: false });
    }
    expect(operationLabel({ name: 'anonymous_valid_0', validated: true, signedIn: false })).toBe('anonymous_valid_0');
    expect(operationLabel({ name: 'anonymous_valid_299', validated: true, signedIn: false })).toBe('other');
    expect(operationLabel({ name: 'ChainGaps', validated: true, signedIn: true })).toBe('ChainGaps');
    expect(operationLabel({ name: 'ChainGaps', validated: false, signedIn: false })).toBe('ChainGaps');
    expect(operationLabel({ name: null, validated: false, signedIn: false })).toBe('anonymous');
  });
});
