import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

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
    // Command-line tools, benchmarks, seeds, tests, examples and the browser page write to their terminal or console themselves.
    files: [
      'src/command-line.ts',
      'src/**/cli.ts',
      'src/auth/token-cli.ts',
      'src/dataset/export-cli.ts',
      'src/gateway/compose-cli.ts',
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
  {
    // A component's markup counts as its lines.
    files: ['src/web/**/*.tsx'],
    rules: { 'max-lines-per-function': ['error', { max: 130, skipBlankLines: true, skipComments: true }] },
  },
  prettier,
);
