/**
 * The record indexes of string keys, remembered by a 64-bit hash of each key in typed arrays: 12 bytes a slot, where
 * a Set of millions of composite strings costs about a hundred bytes a key (5 million supply edges took gigabytes).
 * Two different keys may share a hash (about once in a million files of 5 million keys), so a hit says only that
 * the key may have been seen: the caller confirms it against the records themselves.
 */
export class HashedKeySet {
  /** Open addressing, linear probing; slot i holds hash words 2i and 2i+1 and the record index + 1 (0: empty). */
  private hashes: Uint32Array;
  private indexes: Uint32Array;
  private count = 0;

  constructor(initialCapacity = 1 << 16) {
    const capacity = 2 ** Math.ceil(Math.log2(Math.max(16, initialCapacity)));
    this.hashes = new Uint32Array(capacity * 2);
    this.indexes = new Uint32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Remembers `key` as seen at record `index`; returns the index of an earlier key with the same hash, or -1. */
  addOrFind(key: string, index: number): number {
    const [high, low] = hash64(key);
    const slot = this.probe(high, low);
    if (this.indexes[slot] !== 0) return this.indexes[slot]! - 1;
    this.hashes[slot * 2] = high;
    this.hashes[slot * 2 + 1] = low;
    this.indexes[slot] = index + 1;
    this.count += 1;
    // Kept at most three quarters full, so probes stay short.
    if (this.count * 4 > this.indexes.length * 3) this.grow();
    return -1;
  }

  /** The slot holding this hash, or the empty slot where it belongs. */
  private probe(high: number, low: number): number {
    const mask = this.indexes.length - 1;
    let slot = (low ^ Math.imul(high, 0x9e3779b1)) & mask;
    while (this.indexes[slot] !== 0 && (this.hashes[slot * 2] !== high || this.hashes[slot * 2 + 1] !== low)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private grow(): void {
    const { hashes, indexes } = this;
    this.hashes = new Uint32Array(hashes.length * 2);
    this.indexes = new Uint32Array(indexes.length * 2);
    for (let old = 0; old < indexes.length; old += 1) {
      if (indexes[old] === 0) continue;
      const slot = this.probe(hashes[old * 2]!, hashes[old * 2 + 1]!);
      this.hashes[slot * 2] = hashes[old * 2]!;
      this.hashes[slot * 2 + 1] = hashes[old * 2 + 1]!;
      this.indexes[slot] = indexes[old]!;
    }
  }
}

/** Two independent 32-bit FNV-1a-style hashes of the UTF-16 code units, each finished by murmur3's mixer. */
function hash64(key: string): [number, number] {
  let high = 0x811c9dc5;
  let low = 0x050c5d1f;
  for (let i = 0; i < key.length; i += 1) {
    const unit = key.charCodeAt(i);
    high = Math.imul(high ^ unit, 0x01000193);
    low = Math.imul(low ^ unit, 0x5bd1e995);
  }
  return [mix(high) >>> 0, mix(low ^ key.length) >>> 0];
}

function mix(value: number): number {
  value = Math.imul(value ^ (value >>> 16), 0x85ebca6b);
  value = Math.imul(value ^ (value >>> 13), 0xc2b2ae35);
  return value ^ (value >>> 16);
}
