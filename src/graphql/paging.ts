import { badUserInput } from './errors.js';

export const MAX_PAGE_SIZE = 100;
/** Lists of regions and parks are small records: pages of up to a thousand. */
export const MAX_PLACE_PAGE_SIZE = 1_000;

/** `first` of a connection or list field: 1..maxSize (MAX_PAGE_SIZE unless the field says otherwise). */
export function pageSize(first: number | null | undefined, defaultSize = 20, maxSize = MAX_PAGE_SIZE): number {
  const size = first ?? defaultSize;
  if (!Number.isInteger(size) || size < 1 || size > maxSize) {
    throw badUserInput(`first must be between 1 and ${maxSize}; got ${size}.`, { argumentName: 'first' });
  }
  return size;
}

/**
 * A keyset position: the sort value and id of the last row of a page, and the order it belongs to.
 * Keyset paging stays fast on deep pages and never repeats or skips a row when rows are added meanwhile.
 */
export interface CursorPosition {
  order: string;
  value: string | number;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.order, position.value, position.id])).toString('base64url');
}

/** Decodes an `after` argument; a cursor that is malformed or from another ordering is BAD_USER_INPUT. */
export function decodeCursor(cursor: string, order: string): CursorPosition {
  const invalid = () =>
    badUserInput('after is not a cursor of this list; pass an endCursor or edge cursor returned with the same order.', {
      argumentName: 'after',
    });
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(decoded) || decoded.length !== 3) throw invalid();
  const [cursorOrder, value, id] = decoded as unknown[];
  if (cursorOrder !== order || typeof id !== 'string' || (typeof value !== 'string' && typeof value !== 'number')) {
    throw invalid();
  }
  return { order, value, id };
}

export interface Page<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Builds a page from rows fetched with `LIMIT size + 1`: the extra row only says there is a next page. */
export function toPage<Row extends { sortValue: string | number; node: Node }, Node extends { id: string }>(
  rows: Row[],
  size: number,
  order: string,
): Page<Node> {
  const edges = rows.slice(0, size).map((row) => ({
    cursor: encodeCursor({ order, value: row.sortValue, id: row.node.id }),
    node: row.node,
  }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}
