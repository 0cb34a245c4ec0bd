import { defineConfig } from 'vitest/config';
import { externalNeo4jUri, testNeo4jInstances } from './src/config.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/neo4j-global-setup.ts', 'test/support/map-global-setup.ts'],
    // Files run side by side, each worker against a Neo4j of its own (test/support/neo4j.ts); NEO4J_URI is one server.
    maxWorkers: externalNeo4jUri() ? 1 : testNeo4jInstances().length,
    testTimeout: 60_000,
    // The services' logs stay quiet unless asked for (LOG_LEVEL=info npm test); tests that read logs capture them.
    // Every test's anonymous request comes from one loopback address: its budget a minute would stop the suite, not an
    // attacker. The tests of that budget set their own.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', ANONYMOUS_REQUESTS_PER_MINUTE: '1000000' },
    hookTimeout: 240_000,
    // The JSON report feeds the one-line summary .ci/run prints.
    reporters: ['default', 'json'],
    outputFile: { json: 'test/artifacts/vitest-report.json' },
  },
});
