import { describe, expect, it } from 'vitest';
import { fullTextQuery } from '../../src/graphql/full-text-query.js';

describe('fullTextQuery', () => {
  it('matches one Han character anywhere in the bigrams', () => {
    expect(fullTextQuery('鞋')).toBe('*鞋*');
  });
  it('matches longer Han text as a phrase', () => {
    expect(fullTextQuery('金陆鞋业')).toBe('"金陆鞋业"');
  });
  it('matches Latin words as lower-case prefixes, every word required', () => {
    expect(fullTextQuery('  Jinlu   Shoe ')).toBe('jinlu* AND shoe*');
    expect(fullTextQuery('上蔡 shoes')).toBe('"上蔡" AND shoes*');
  });
  it('removes Lucene syntax so user text never becomes an operator', () => {
    expect(fullTextQuery('a:b (c) "d" e~2 f* -g \\h')).toBe('ab* AND c* AND d* AND e2* AND f* AND g* AND h*');
    expect(fullTextQuery('shoe OR x')).toBe('shoe* AND or* AND x*');
  });
  it('refuses empty, symbol-only and overlong text as BAD_USER_INPUT', () => {
    for (const text of ['', '   ', '*** ()', 'x'.repeat(101)]) {
      expect(() => fullTextQuery(text)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      );
    }
  });
});
