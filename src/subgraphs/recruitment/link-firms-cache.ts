import type { LinkFirmRecord } from './repository.js';

/** How long a link's firm list is reused: an import shows in candidate lists at most this much later. */
export const LINK_FIRMS_TTL_MS = 60_000;

/**
 * The firms of each chain link, kept per subgraph process. Every analysis of a gap needs all firms of its link
 * nationally (thousands at 100k firms) but only the region's side changes from one analysis to the next, so this
 * list is read once a minute instead of on every request. Entries expire; nothing else needs invalidating, since
 * only an import changes who operates in a link.
 */
export class LinkFirmsCache {
  private readonly entries = new Map<string, { firms: LinkFirmRecord[]; expiresAt: number }>();

  constructor(private readonly ttlMs = LINK_FIRMS_TTL_MS) {}

  /** The firms of each link, reading those missing or expired with `read` (one call for all of them). */
  async get(
    linkIds: readonly string[],
    read: (missing: string[]) => Promise<Array<{ key: string; records: LinkFirmRecord[] }>>,
  ): Promise<Map<string, LinkFirmRecord[]>> {
    const now = Date.now();
    const missing = linkIds.filter((id) => (this.entries.get(id)?.expiresAt ?? 0) <= now);
    if (missing.length > 0) {
      const groups = new Map((await read(missing)).map((group) => [group.key, group.records]));
      for (const id of missing) this.entries.set(id, { firms: groups.get(id) ?? [], expiresAt: now + this.ttlMs });
    }
    return new Map(linkIds.map((id) => [id, this.entries.get(id)!.firms]));
  }
}
