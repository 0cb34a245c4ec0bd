/**
 * Tokens and what they were checked to mean, reused until a deadline. HS256 through WebCrypto is an asynchronous
 * job per signature (three per request through the gateway: the client's token checked, the viewer token signed
 * and checked again by the subgraph), which the profile of `npm run bench` showed as a sixth of the gateway's CPU.
 * A check depends only on the token and the key, so its result holds until the token expires.
 * Oldest entries go beyond `maxEntries`; refused tokens are never kept.
 */
export class TokenCache<Value> {
  private readonly entries = new Map<string, { value: Value; until: number }>();

  constructor(private readonly maxEntries = 10_000) {}

  get(key: string, now = Date.now()): Value | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until > now) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, value: Value, until: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, until });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
