import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { graphCounts } from '../../src/dataset/repository.js';
import { gatewaySchema, HOSTILE_STRINGS, operationsWithText, type Operation } from '../support/operations.js';
import { testToken, useStack, type GraphQLResponse } from '../support/stack.js';

const WORKED_EXAMPLE = fileURLToPath(new URL('../fixtures/worked-example.json', import.meta.url));
const stack = useStack(WORKED_EXAMPLE);

interface Answer {
  status: number;
  body: unknown;
}

async function send(body: string, token?: string, contentType = 'application/json'): Promise<Answer> {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: response.status, body: parsed };
}

/** Every answer: a JSON body, no 5xx but 503, and every error with a code. */
function expectWellFormed(answer: Answer, sent: string) {
  const where = `sent ${sent.slice(0, 200)}`;
  expect(answer.status < 500 || answer.status === 503, `${where}: status ${answer.status}`).toBe(true);
  expect(typeof answer.body, `${where}: ${String(answer.body).slice(0, 200)}`).toBe('object');
  const { errors } = answer.body as GraphQLResponse;
  if (answer.status !== 200 || errors) {
    expect(Array.isArray(errors), `${where}: errors`).toBe(true);
    for (const error of errors!) {
      expect(typeof error.message, where).toBe('string');
      expect(typeof error.extensions?.code, `${where}: ${JSON.stringify(error)}`).toBe('string');
      expect(error.extensions?.code, where).not.toBe('INTERNAL_SERVER_ERROR');
    }
  }
}

describe('hostile input', () => {
  it('changes nothing when every string argument of every operation carries an injection attempt', async () => {
    const token = await testToken('admin');
    const schema = await gatewaySchema(stack.gatewayUrl, token);
    const before = await graphCounts(stack.driver);
    let sent = 0;
    for (const text of HOSTILE_STRINGS) {
      for (const operation of operationsWithText(schema, text)) {
        const body = JSON.stringify({ query: operation.query, variables: operation.variables });
        expectWellFormed(await send(body, token), `${operation.name} with ${JSON.stringify(text.slice(0, 40))}`);
        sent += 1;
      }
    }
    expect(sent).toBeGreaterThan(HOSTILE_STRINGS.length * 15);
    const after = await graphCounts(stack.driver);
    expect(after).toEqual(before);
  });

  it('answers 2,000 random malformed or hostile operations with well-formed GraphQL errors, and keeps running', async () => {
    const token = await testToken('admin');
    const schema = await gatewaySchema(stack.gatewayUrl, token);
    const templates: Operation[] = operationsWithText(schema, 'placeholder');
    const before = await graphCounts(stack.driver);
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom(...HOSTILE_STRINGS));

    const request = fc.oneof(
      // query text that is not GraphQL, or is almost GraphQL
      text.map((query) => JSON.stringify({ query })),
      fc
        .constantFrom(
          '{',
          '{ industries { id }',
          '{ industries { nope } }',
          'query ($x: Int!) { industries { id } }',
          'subscription { x }',
          '{ __schema { types { name } } }',
        )
        .map((query) => JSON.stringify({ query })),
      // real operations with hostile strings, wrong types or unknown variables
      fc.tuple(fc.constantFrom(...templates), text).map(([operation, value]) =>
        JSON.stringify({
          query: operation.query,
          variables: JSON.parse(JSON.stringify(operation.variables).replaceAll('"placeholder"', () => JSON.stringify(value))),
        }),
      ),
      fc
        .tuple(fc.constantFrom(...templates), fc.dictionary(fc.string(), fc.jsonValue()))
        .map(([operation, variables]) => JSON.stringify({ query: operation.query, variables })),
      // deep nesting, many aliases
      fc
        .integer({ min: 1, max: 80 })
        .map((depth) => JSON.stringify({ query: `{ region(id: "wx-county") { ${'parent { '.repeat(depth)}id${' }'.repeat(depth)} } }` })),
      fc
        .integer({ min: 1, max: 200 })
        .map((count) =>
          JSON.stringify({ query: `{ ${Array.from({ length: count }, (_, index) => `a${index}: industries { id }`).join(' ')} }` }),
        ),
      // lists inside lists: suppliers of customers of suppliers of a page of firms
      fc.integer({ min: 1, max: 6 }).map((depth) =>
        JSON.stringify({
          query: `{ enterprises(first: 100) { edges { node { ${'customers { customer { suppliers { supplier { '.repeat(depth)}id${' } } } }'.repeat(depth)} } } } }`,
        }),
      ),
      // bodies of any JSON shape, and bodies that are not JSON
      fc.jsonValue().map((value) => JSON.stringify(value) ?? 'null'),
      fc.string().map((raw) => `{"query": ${raw}`),
    );
    const anyToken = fc.constantFrom<string | undefined>(undefined, token, 'garbage');

    let runs = 0;
    await fc.assert(
      fc.asyncProperty(request, anyToken, async (body, bearer) => {
        runs += 1;
        expectWellFormed(await send(body, bearer), body);
      }),
      { numRuns: 2_000, seed: 20261121 },
    );
    expect(runs).toBe(2_000);
    expect((await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/health'))).status).toBe(200);
    expect(await graphCounts(stack.driver)).toEqual(before);
  });

  it('answers non-JSON and oversized bodies with a GraphQL error and a 4xx status', async () => {
    expectWellFormed(await send('not json at all'), 'not json');
    expectWellFormed(await send('{"query": "{ industries { id } }"}', undefined, 'text/plain'), 'text/plain');
    expectWellFormed(await send('query=x', undefined, 'application/x-www-form-urlencoded'), 'form');
    expectWellFormed(await send(JSON.stringify({ query: `# ${'x'.repeat(1_100_000)}\n{ industries { id } }` })), 'oversized');
  });
});
