import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_WEIGHTS } from '../../src/domain/candidate-ranking.js';
import { DEFAULT_GAP_OPTIONS } from '../../src/domain/chain-gaps.js';
import { analysisOptions } from '../../src/subgraphs/recruitment/options.js';

describe('analysisOptions', () => {
  it('takes the defaults of DOMAIN.md for whatever is omitted', () => {
    expect(analysisOptions(undefined)).toEqual({ gap: DEFAULT_GAP_OPTIONS, weights: DEFAULT_CANDIDATE_WEIGHTS });
    expect(analysisOptions({ maxExtendDistance: 2, weights: { fit: 1 } })).toEqual({
      gap: { ...DEFAULT_GAP_OPTIONS, maxExtendDistance: 2 },
      weights: { ...DEFAULT_CANDIDATE_WEIGHTS, fit: 1 },
    });
  });

  it('names every value out of range in one BAD_USER_INPUT', () => {
    try {
      analysisOptions({ minEnterprises: 0, maxExtendDistance: 99, weights: { ties: 0, scale: 0, stature: 0, fit: 0 } });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message:
          'options: minEnterprises must be between 1 and 10000, got 0; maxExtendDistance must be between 0 and 20, got 99; weights must not all be 0.',
      });
    }
  });
});
