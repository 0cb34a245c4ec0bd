import { describe, expect, it } from 'vitest';
import { HashedKeySet } from '../../src/dataset/hashed-key-set.js';

describe('HashedKeySet', () => {
  it('answers -1 for a new key and the index of its first occurrence for a repeat', () => {
    const keys = new HashedKeySet();
    expect(keys.addOrFind('["a","b","x"]', 0)).toBe(-1);
    expect(keys.addOrFind('["a","c","x"]', 1)).toBe(-1);
    expect(keys.addOrFind('["a","b","x"]', 2)).toBe(0);
    expect(keys.addOrFind('["a","b","x"]', 3)).toBe(0);
    expect(keys.size).toBe(2);
  });

  it('keeps every key as it grows far past its first capacity, and tells near-identical keys apart', () => {
    const keys = new HashedKeySet(16);
    const count = 300_000;
    for (let index = 0; index < count; index += 1) expect(keys.addOrFind(`["e-${index}","e-${index + 1}","link"]`, index)).toBe(-1);
    for (let index = 0; index < count; index += 1) {
      if (keys.addOrFind(`["e-${index}","e-${index + 1}","link"]`, count + index) !== index) throw new Error(`lost key ${index}`);
    }
    expect(keys.size).toBe(count);
  });
});
