export interface DatasetCacheLimits<Value> {
  maxEntries: number;
  /** With `weigh`: the most total weight kept (e.g. records, when entries differ in size by orders of magnitude). */
  maxWeight?: number;
  weigh?: (value: Value) => number;
}

/**
 * Values derived from the imported data, kept by a subgraph process across requests and keyed by the dataset's
 * revision (see BUMP_DATASET_REVISION): every import batch gives the data a revision it never had before, so an
 * entry is used only while the data it was read from is unchanged — however many processes serve the subgraph, and
 * whoever imported. Data without a revision (written by hand, never imported) is read every time.
 *
 * Entries of an older revision are dropped when a newer one is seen; within a revision the least recently used
 * entries go beyond the limits. Concurrent requests for a missing key share one read; a failed read is not kept.
 */
export class DatasetCache<Value> {
  private revision: string | null = null;
  /** In least-recently-used order (a Map iterates in insertion order; a hit re-inserts). */
  private readonly entries = new Map<string, Promise<Value>>();
  /** The weight of each entry whose value has arrived. */
  private readonly weights = new Map<string, number>();
  private totalWeight = 0;

  constructor(private readonly limits: DatasetCacheLimits<Value>) {}

  /** The value of each key at `revision`, reading those not kept with `read` (one call for all of them). */
  async getMany(revision: string | null, keys: readonly string[], read: (missing: string[]) => Promise<Map<string, Value>>): Promise<Map<string, Value>> {
    if (revision === null) return read([...new Set(keys)]);
    if (revision !== this.revision) {
      for (const key of [...this.entries.keys()]) this.remove(key);
      this.revision = revision;
    }
    const missing = [...new Set(keys.filter((key) => !this.entries.has(key)))];
    if (missing.length > 0) {
      const values = read(missing);
      for (const key of missing) {
        const value = values.then((byKey) => {
          if (!byKey.has(key)) throw new Error(`The read of ${missing.length} keys returned no value for '${key}'`);
          return byKey.get(key)!;
        });
        this.entries.set(key, value);
        value.then(
          (arrived) => {
            if (this.entries.get(key) !== value) return;
            const weight = this.limits.weigh?.(arrived) ?? 0;
            this.weights.set(key, weight);
            this.totalWeight += weight;
            this.evictBeyondLimits();
          },
          // A failed read is not kept: the next request tries again.
          () => this.entries.get(key) === value && this.remove(key),
        );
      }
    }
    const found = keys.map((key) => {
      const value = this.entries.get(key)!;
      this.entries.delete(key);
      this.entries.set(key, value);
      return [key, value] as const;
    });
    this.evictBeyondLimits();
    return new Map(await Promise.all(found.map(async ([key, value]) => [key, await value] as const)));
  }

  async get(revision: string | null, key: string, read: () => Promise<Value>): Promise<Value> {
    const values = await this.getMany(revision, [key], async () => new Map([[key, await read()]]));
    return values.get(key)!;
  }

  private evictBeyondLimits(): void {
    const maxWeight = this.limits.maxWeight ?? Infinity;
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.limits.maxEntries && this.totalWeight <= maxWeight) break;
      this.remove(key);
    }
  }

  private remove(key: string): void {
    this.entries.delete(key);
    this.totalWeight -= this.weights.get(key) ?? 0;
    this.weights.delete(key);
  }
}
