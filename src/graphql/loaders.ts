import DataLoader from 'dataloader';

/**
 * A per-request loader of records by id: one query for every id asked for in the same tick, in the order asked,
 * null for an id with no record.
 */
export function byIdLoader<Record extends { id: string }>(fetch: (ids: string[]) => Promise<Record[]>) {
  return new DataLoader<string, Record | null>(async (ids) => {
    const byId = new Map((await fetch([...ids])).map((record) => [record.id, record]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A per-request loader of the records that belong to each key (children of a region, suppliers of a firm...). */
export function groupLoader<Record>(fetch: (keys: string[]) => Promise<{ key: string; records: Record[] }[]>) {
  return new DataLoader<string, Record[]>(async (keys) => {
    const byKey = new Map((await fetch([...keys])).map((group) => [group.key, group.records]));
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/**
 * A record another record points at must exist (the import guarantees it); a missing one is a broken graph,
 * reported as an internal error rather than as a null the schema does not allow.
 */
export function requireRecord<Record>(record: Record | null, label: string, id: string): Record {
  if (record === null) throw new Error(`Broken reference: no ${label} '${id}'`);
  return record;
}
