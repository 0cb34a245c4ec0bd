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

/**
 * A per-request loader with structured keys. Keys are batched by `batchOf(key)`: each batch is one call of
 * `fetch`, which returns one value per key, in order (for queries whose shape depends on part of the key).
 */
export function batchingLoader<Key, Value>(batchOf: (key: Key) => string, fetch: (keys: Key[]) => Promise<Value[]>) {
  return new DataLoader<Key, Value, string>(
    async (keys) => {
      const batches = new Map<string, Key[]>();
      for (const key of keys) batches.set(batchOf(key), [...(batches.get(batchOf(key)) ?? []), key]);
      const values = new Map<Key, Value>();
      await Promise.all(
        [...batches.values()].map(async (batch) => {
          const fetched = await fetch(batch);
          batch.forEach((key, index) => values.set(key, fetched[index]!));
        }),
      );
      return keys.map((key) => values.get(key)!);
    },
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );
}
