import { LRUCache } from 'lru-cache';
import { cacheLookups } from '../../platform/metrics.js';

export interface DatasetCacheLimits<Value> {
  /** Entries kept at most. */
  max: number;
  /** With `sizeOf`: the most total size kept (e.g. records, when entries differ in size by orders of magnitude). */
  maxSize?: number;
  sizeOf?: (value: Value) => number;
}

/**
 * What a subgraph process keeps across requests of the data it read, per dataset revision (see
 * BUMP_DATASET_REVISION): every import batch gives the data a revision it never had before, so what is kept is
 * used only while the data it was read from is unchanged — however many processes serve the subgraph, and whoever
 * imported. This is the one owner of the revision: when a request sees another one, every cache is emptied.
 * Data without a revision (written by hand, never imported) is read every time.
 */
export class KeptPerRevision {
  private revision: string | null = null;
  private readonly caches: { clear(): void }[] = [];

  cache<Value>(name: string, limits: DatasetCacheLimits<Value>): DatasetCache<Value> {
    const cache = new DatasetCache<Value>(this, name, limits);
    this.caches.push(cache);
    return cache;
  }

  /** Whether what is kept is of `revision`. */
  isAt(revision: string): boolean {
    return this.revision === revision;
  }

  /** Called with the revision a request read before it uses any cache. */
  moveTo(revision: string): void {
    if (revision === this.revision) return;
    this.revision = revision;
    for (const cache of this.caches) cache.clear();
  }
}

/**
 * One named cache of a KeptPerRevision: the least recently used entries go beyond its limits (lru-cache);
 * concurrent requests for a missing key share one read; a failed read is not kept.
 */
export class DatasetCache<Value> {
  private readonly kept: LRUCache<string, { value: Value }>;
  private readonly reading = new Map<string, Promise<Value>>();
  /** Bumped when emptied: a read that started before must not fill the emptied cache. */
  private generation = 0;

  constructor(
    private readonly owner: KeptPerRevision,
    readonly name: string,
    limits: DatasetCacheLimits<Value>,
  ) {
    const { sizeOf, maxSize } = limits;
    this.kept = new LRUCache({
      max: limits.max,
      ...(sizeOf && maxSize ? { maxSize, sizeCalculation: (entry: { value: Value }) => Math.max(1, sizeOf(entry.value)) } : {}),
    });
  }

  clear(): void {
    this.kept.clear();
    this.reading.clear();
    this.generation += 1;
  }

  /** The value of each key at `revision`, reading those not kept with `read` (one call for all of them). */
  async getMany(
    revision: string | null,
    keys: readonly string[],
    read: (missing: string[]) => Promise<Map<string, Value>>,
  ): Promise<Map<string, Value>> {
    const unique = [...new Set(keys)];
    if (revision === null) return read(unique);
    this.owner.moveTo(revision);
    const found = new Map<string, Value | Promise<Value>>();
    const missing: string[] = [];
    for (const key of unique) {
      const entry = this.kept.get(key);
      const value = entry ? entry.value : this.reading.get(key);
      if (entry || value) found.set(key, value as Value | Promise<Value>);
      else missing.push(key);
    }
    cacheLookups.inc({ cache: this.name, result: 'hit' }, unique.length - missing.length);
    cacheLookups.inc({ cache: this.name, result: 'miss' }, missing.length);
    if (missing.length > 0) this.readMissing(missing, read, found);
    return new Map(await Promise.all(unique.map(async (key) => [key, await found.get(key)!] as const)));
  }

  /** Whether `key` is kept (or being read) at `revision`, without counting a lookup. */
  has(revision: string, key: string): boolean {
    return this.owner.isAt(revision) && (this.kept.has(key) || this.reading.has(key));
  }

  async get(revision: string | null, key: string, read: () => Promise<Value>): Promise<Value> {
    const values = await this.getMany(revision, [key], async () => new Map([[key, await read()]]));
    return values.get(key)!;
  }

  private readMissing(
    missing: string[],
    read: (missing: string[]) => Promise<Map<string, Value>>,
    found: Map<string, Value | Promise<Value>>,
  ): void {
    const generation = this.generation;
    const values = read(missing);
    for (const key of missing) {
      const value = values.then((byKey) => {
        if (!byKey.has(key)) throw new Error(`The read of ${missing.length} keys returned no value for '${key}'`);
        return byKey.get(key)!;
      });
      this.reading.set(key, value);
      found.set(key, value);
      value
        .then((arrived) => generation === this.generation && this.kept.set(key, { value: arrived }))
        .catch(() => {})
        .finally(() => this.reading.get(key) === value && this.reading.delete(key));
    }
  }
}
