import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, SUPERGRAPH_PATH } from '../../src/gateway/compose.js';
import { SUBGRAPHS } from '../../src/subgraphs/index.js';

describe('the committed supergraph', () => {
  it('is what the subgraphs compose to now (run `npm run compose` after changing an SDL)', () => {
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composeSupergraph(SUBGRAPHS));
  });
});
