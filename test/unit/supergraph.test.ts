import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_SCHEMA_PATH, composeSupergraph, SUPERGRAPH_PATH } from '../../src/gateway/compose.js';
import { SUBGRAPHS } from '../../src/subgraphs/index.js';

describe('the committed schemas (run `npm run compose` after changing an SDL)', () => {
  const composed = composeSupergraph(SUBGRAPHS);

  it('the supergraph is what the subgraphs compose to now', () => {
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composed.supergraphSdl);
  });

  it('the API schema is the supergraph as clients see it, without federation internals', () => {
    const api = readFileSync(API_SCHEMA_PATH, 'utf8');
    expect(api).toBe(composed.apiSchemaSdl);
    expect(api).toContain('chainGaps(');
    expect(api).not.toMatch(/join__|link__|@key/);
  });
});
