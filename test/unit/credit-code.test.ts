import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, creditCodeProblem, isValidCreditCode } from '../../src/domain/credit-code.js';

describe('unified social credit code (GB 32100-2015)', () => {
  // Published codes of well-known companies.
  it.each([
    ['91350100M000100Y43'], // used as the GB 32100 example in many references
    ['9144030071526726XG'],
  ])('accepts the valid code %s', (code) => {
    expect(creditCodeProblem(code)).toBeUndefined();
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('computes the check character over the first 17 characters', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckCharacter('9144030071526726X')).toBe('G');
  });

  it('says which check character a mistyped code should have', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe("check character should be '3'");
  });

  it('rejects the wrong length, and letters outside the alphabet', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toBe('must be 18 characters, got 17');
    expect(creditCodeProblem('91350100M000100I43')).toMatch(/'I' is not allowed/);
    expect(creditCodeProblem('91350100m000100Y43')).toMatch(/'m' is not allowed/);
  });

  it('handles a check value of 0 (sum divisible by 31)', () => {
    // Find a 17-character prefix whose weighted sum is divisible by 31 and check it maps to '0'.
    const prefix = '91350100M00010000';
    let found: string | undefined;
    for (const ch of '0123456789ABCDEFGHJKLMNPQRTUWXY') {
      const candidate = prefix.slice(0, 16) + ch;
      if (creditCodeCheckCharacter(candidate) === '0') found = candidate;
    }
    expect(found).toBeDefined();
    expect(isValidCreditCode(`${found}0`)).toBe(true);
  });
});
