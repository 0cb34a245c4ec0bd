/**
 * What an import would change, told apart per record without writing: a record is new (its id is not stored),
 * updated (a field or relationship it carries differs from what is stored) or unchanged. Pure over the stored state
 * the import reads for it (repository.ts, STORED_STATE).
 */
import type { SectionName } from './types.js';

export type RecordChange = 'new' | 'updated' | 'unchanged';

/** A stored node's properties and the relationships a record of its section can carry. */
export interface StoredState {
  properties: Record<string, unknown>;
  /** Where it is located (a park's or region's id), its parent region, or its park's region. */
  placeId?: string | null;
  /** An enterprise's declared links; a chain's links and feeds as `from>to`. */
  related?: string[];
}

/** Record fields that are not node properties: they are compared through `StoredState.placeId` and `related`. */
const RELATIONSHIP_FIELDS = new Set([
  'id',
  'regionId',
  'regionCode',
  'parkId',
  'parentId',
  'parentCode',
  'linkIds',
  'links',
  'feeds',
  'industryId',
  'enterpriseId',
  'linkId',
]);

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** The place a record carries, as `StoredState.placeId` holds it. */
function carriedPlace(section: SectionName, record: Record<string, unknown>): string | undefined {
  if (section === 'regions') return record.parentId as string | undefined;
  return (record.parkId ?? record.regionId) as string | undefined;
}

/** The related ids a record carries, as `StoredState.related` holds them; undefined when it carries none. */
function carriedRelated(section: SectionName, record: Record<string, unknown>): string[] | undefined {
  if (section === 'enterprises') return record.linkIds as string[] | undefined;
  if (section === 'chains') {
    const links = ((record.links as { id: string }[] | undefined) ?? []).map((link) => link.id);
    const feeds = ((record.feeds as { from: string; to: string }[] | undefined) ?? []).map((feed) => `${feed.from}>${feed.to}`);
    return [...links, ...feeds];
  }
  return undefined;
}

/** How importing `record` would change what is stored for it (`stored` undefined: nothing is). */
export function recordChange(section: SectionName, record: Record<string, unknown>, stored: StoredState | undefined): RecordChange {
  if (!stored) return 'new';
  for (const [field, value] of Object.entries(record)) {
    if (RELATIONSHIP_FIELDS.has(field) || value === undefined) continue;
    if (!sameValue(value, stored.properties[field])) return 'updated';
  }
  const place = carriedPlace(section, record);
  if (place !== undefined && place !== (stored.placeId ?? undefined)) return 'updated';
  const related = carriedRelated(section, record);
  if (related !== undefined && !sameSet(related, stored.related ?? [])) return 'updated';
  return 'unchanged';
}

/** Supplies and priorities are relationships: new when absent, updated when the value differs. */
export function relationshipChange(storedValue: unknown, exists: boolean, value: unknown): RecordChange {
  if (!exists) return 'new';
  return sameValue(storedValue, value) ? 'unchanged' : 'updated';
}
