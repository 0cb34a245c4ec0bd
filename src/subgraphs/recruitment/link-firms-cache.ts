import type { LinkFirmRecord } from './repository.js';

/** How long a link's firm list is reused: an import shows in candidate lists at most this much later. */
export const LINK_FIRMS_TTL_MS = 60_000;

type LinkFirmsReader = (missing: string[]) => Promise<Array<{ key: string; records: LinkFirmRecord[] }>>;

/**
 * The firms of each chain link, kept per subgraph process. Every analysis of a gap needs all firms of its link
 * nationally (thousands at 100k firms) but only the region's side changes from one analysis to the next, so this
 * list is read once a minute instead of on every request. Entries expire; nothing else needs invalidating, since
 * only an import changes who operates in a link. Concurrent requests for a missing link share one read.
 */
export class LinkFirmsCache {
  private readonly entries = new Map<string, { firms: Promise<LinkFirmRecord[]>; expiresAt: number }>();

  constructor(private readonly ttlMs = LINK_FIRMS_TTL_MS) {}

  /** The firms of each link, reading those missing or expired with `read` (one call for all of them). */
  async get(linkIds: readonly string[], read: LinkFirmsReader): Promise<Map<string, LinkFirmRecord[]>> {
    const now = Date.now();
    const missing = linkIds.filter((id) => (this.entries.get(id)?.expiresAt ?? 0) <= now);
    if (missing.length > 0) {
      const groups = read(missing).then((rows) => new Map(rows.map((group) => [group.key, group.records])));
      for (const id of missing) {
        const firms = groups.then((byLink) => byLink.get(id) ?? []);
        // A failed read is not kept: the next request tries again.
        firms.catch(() => this.entries.delete(id));
        this.entries.set(id, { firms, expiresAt: now + this.ttlMs });
      }
    }
    return new Map(await Promise.all(linkIds.map(async (id) => [id, await this.entries.get(id)!.firms] as const)));
  }
}
