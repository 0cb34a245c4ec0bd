import { defineConfig } from 'vitest/config';
import { externalNeo4jUri, testNeo4jInstances } from './src/config.js';

/**
 * Files that measure time under load they make themselves (floods, faults, shedding) or start a Neo4j of their own:
 * they run after the others, one at a time, so no other file's work is in their numbers.
 */
const ALONE = ['test/e2e/faults.test.ts', 'test/e2e/floods.test.ts', 'test/e2e/shedding.test.ts', 'test/int/local-neo4j.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/support/neo4j-global-setup.ts', 'test/support/map-global-setup.ts'],
    // A hang detector, not a speed check: on a busy machine (the bench beside the suite) the slowest tests, which load
    // the national division layer twice, run at a quarter of their speed.
    testTimeout: 120_000,
    // The services' logs stay quiet unless asked for (LOG_LEVEL=info npm test); tests that read logs capture them.
    // Every test's anonymous request comes from one loopback address: its budget a minute would stop the suite, not an
    // attacker. The tests of that budget set their own.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', ANONYMOUS_REQUESTS_PER_MINUTE: '1000000' },
    hookTimeout: 240_000,
    // A page waited on (expect.poll) renders within seconds even when the machine is busy; the default second is not enough.
    expect: { poll: { timeout: 15_000 } },
    // The JSON report feeds the one-line summary .ci/run prints.
    reporters: ['default', 'json'],
    outputFile: { json: 'test/artifacts/vitest-report.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'side by side',
          include: ['test/**/*.test.ts'],
          exclude: ALONE,
          // Files run side by side, each worker against a Neo4j of its own (test/support/neo4j.ts); NEO4J_URI is one server.
          maxWorkers: externalNeo4jUri() ? 1 : testNeo4jInstances().length,
          sequence: { groupOrder: 0 },
        },
      },
      { extends: true, test: { name: 'alone', include: ALONE, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
