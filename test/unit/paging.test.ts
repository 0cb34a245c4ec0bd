import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../../src/graphql/paging.js';

const badInput = expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) });

describe('pageSize', () => {
  it('accepts 1..100 and defaults when absent', () => {
    expect(pageSize(1)).toBe(1);
    expect(pageSize(100)).toBe(100);
    expect(pageSize(null)).toBe(20);
    expect(pageSize(undefined, 10)).toBe(10);
  });
  it('refuses anything else', () => {
    for (const first of [0, -1, 101, 2.5]) expect(() => pageSize(first)).toThrow(badInput);
  });
});

describe('cursors', () => {
  it('round-trip a position of the same order', () => {
    const position = { order: 'REVENUE:DESC', value: 150_000_000, id: 'henan-jinlu-shoes' };
    expect(decodeCursor(encodeCursor(position), 'REVENUE:DESC')).toEqual(position);
    const named = { order: 'NAME:ASC', value: '河南金陆', id: 'x' };
    expect(decodeCursor(encodeCursor(named), 'NAME:ASC')).toEqual(named);
  });
  it('refuse garbage, tampered shapes and cursors of another order', () => {
    const cursor = encodeCursor({ order: 'NAME:ASC', value: 'a', id: 'x' });
    expect(() => decodeCursor(cursor, 'NAME:DESC')).toThrow(badInput);
    for (const bad of [
      '',
      'not-base64!',
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('["NAME:ASC",{},"x"]').toString('base64url'),
    ]) {
      expect(() => decodeCursor(bad, 'NAME:ASC')).toThrow(badInput);
    }
  });
});

describe('toPage', () => {
  const rows = ['a', 'b', 'c'].map((id, index) => ({ sortValue: index, node: { id } }));
  it('uses the extra row only to say there is a next page', () => {
    const page = toPage(rows, 2, 'X');
    expect(page.edges.map((edge) => edge.node.id)).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: page.edges[1]!.cursor });
    expect(decodeCursor(page.pageInfo.endCursor!, 'X')).toEqual({ order: 'X', value: 1, id: 'b' });
  });
  it('ends with no next page and, when empty, no end cursor', () => {
    expect(toPage(rows, 3, 'X').pageInfo.hasNextPage).toBe(false);
    expect(toPage([], 3, 'X').pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
