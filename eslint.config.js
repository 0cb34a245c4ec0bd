import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ (docs/architecture.md), bottom first. A folder imports from its own layer and those below:
 * platform (settings, logger, metrics, request context) and the pure modules at the bottom; then the executor,
 * auth and GraphQL helpers; the HTTP plumbing; the import; the subgraphs; the gateway; the topology on top.
 */
const ABOVE_PLATFORM = ['auth', 'dataset', 'domain', 'facts', 'gateway', 'graphql', 'history', 'neo4j', 'server', 'subgraphs', 'topology'];
const ABOVE_FOUNDATION = ['dataset', 'gateway', 'server', 'subgraphs', 'topology'];
function layer(files, forbidden, message, allowed = []) {
  // Relative specifiers only ('@apollo/server/errors' is a package, not src/server); `allowed` files stay open.
  const names = forbidden.map((name) => name.replace('.', '\\.')).join('|');
  const exceptions = allowed.map((file) => `(?!${file.replace('.', '\\.')}$)`).join('');
  const regex = `^(\\.\\./)+${exceptions}(${names})(/|$)`;
  return { files, rules: { 'no-restricted-imports': ['error', { patterns: [{ regex, message }] }] } };
}

export default defineConfig(
  {
    ignores: ['node_modules/', 'dist/', 'neo4j/', '.neo4j/', 'bench/tmp/', 'bench/results/', 'test/artifacts/', '**/generated/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // Services log through pino; only command-line tools print (below).
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'max-lines-per-function': ['error', { max: 90, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Type-aware: a promise nobody awaits or a promise handed where a callback's result is ignored loses its errors.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // A file past this many lines holds more than one concern: split it.
      'max-lines': ['error', { max: 500, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // A browser story reads best as one file: its steps build on each other.
    files: ['test/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 700, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Command-line tools, benchmarks, seeds, tests, examples and the browser page write to their terminal or console themselves.
    files: [
      'src/command-line.ts',
      'src/**/cli.ts',
      'src/auth/token-cli.ts',
      'src/dataset/export-cli.ts',
      'src/gateway/compose-cli.ts',
      'src/platform/settings-readme.ts',
      'src/neo4j/local/**',
      'bench/**',
      'seeds/**',
      'test/**',
      'examples/**',
      'src/web/**',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    // A test's describe block holds its cases: its length is the suite's, not a function's. Tests read answers
    // as JSON, typed as far as the assertion needs.
    files: ['test/**'],
    rules: { 'max-lines-per-function': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The rules are pure: the domain knows nothing of files, GraphQL, Neo4j or the server.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', '!../domain/*', 'graphql', 'neo4j-driver', '@apollo/*', 'fastify'],
              message: 'src/domain imports only src/domain.',
            },
          ],
        },
      ],
    },
  },
  layer(
    ['src/platform/**', 'src/format/**', 'src/industry-classification/**', 'src/chain-templates/**'],
    [...ABOVE_PLATFORM, 'config.js'].filter((folder) => folder !== 'domain'),
    'The bottom layer (platform, format, industry-classification, chain-templates) imports nothing of chain-graph above it.',
  ),
  layer(
    ['src/auth/**', 'src/graphql/**', 'src/neo4j/**', 'src/history/**', 'src/facts/**', 'src/config.ts'],
    ABOVE_FOUNDATION,
    'The executor, the facts the rules read, auth and GraphQL helpers import only the platform and each other: HTTP, the import, subgraphs, gateway and topology are above them.',
  ),
  layer(
    ['src/server/**'],
    ['dataset', 'gateway', 'subgraphs', 'topology'],
    'The HTTP plumbing serves any service: it imports no service and no topology.',
  ),
  layer(['src/dataset/**'], ['gateway', 'server', 'subgraphs', 'topology'], 'The import writes the graph; it imports no service.'),
  layer(
    ['src/subgraphs/**'],
    ['dataset', 'gateway', 'topology'],
    'A subgraph knows neither the gateway nor how services are run; of the import, only whether the data is whole (dataset/status.js), a template adopted as an import (dataset/adopt-template.js) and a chain edited with its rules run again (dataset/edit-chain.js).',
    ['dataset/status.js', 'dataset/adopt-template.js', 'dataset/edit-chain.js'],
  ),
  layer(['src/gateway/**'], ['dataset', 'topology'], 'The gateway knows neither the import nor how services are run.'),
  {
    // A component's markup counts as its lines.
    files: ['src/web/**/*.tsx'],
    rules: { 'max-lines-per-function': ['error', { max: 130, skipBlankLines: true, skipComments: true }] },
  },
  prettier,
);
