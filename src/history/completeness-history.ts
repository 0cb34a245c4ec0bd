/**
 * The completeness series of a region's leading chains (ChainOverview.history, the progress report): whenever what
 * makes a link present can change — an import, a project moving to or from OPERATING — the completeness of the
 * leading chains concerned is recorded, once per change of its value. Present means what it means for chainGaps:
 * a local firm in the link, recruited firms included (docs/domain.md).
 */
import { completenessOf } from '../domain/chain-gaps.js';
import { localFirms } from '../neo4j/cypher-fragments.js';
import type { RunQuery } from '../neo4j/driver.js';

/**
 * The links of each leading chain of the regions at `$regionIds` (every region with a leading chain when null) and
 * the chain links in which the region has a local firm. One walk down each region's tree.
 */
export const LEADING_CHAIN_PRESENCE = `
  MATCH (root:Region)
  WHERE ($regionIds IS NULL OR root.id IN $regionIds) AND EXISTS { (root)-[:PRIORITIZES]->(:Chain) }
  ${localFirms('root')}
  CALL (localFirms) {
    UNWIND localFirms AS firm
    MATCH (firm)-[:OPERATES_IN]->(link:ChainLink)
    RETURN collect(DISTINCT link.id) AS linksWithFirms
  }
  MATCH (root)-[:PRIORITIZES]->(chain:Chain)
  RETURN root.id AS regionId, chain.id AS chainId,
         [(link:ChainLink)-[:PART_OF]->(chain) | link.id] AS linkIds, linksWithFirms`;

/** Adds each point unless the chain's latest point already says the same. */
export const RECORD_COMPLETENESS = `
  UNWIND $points AS point
  OPTIONAL CALL (point) {
    MATCH (last:CompletenessPoint {regionId: point.regionId, chainId: point.chainId})
    RETURN last ORDER BY last.at DESC LIMIT 1
  }
  WITH point, last
  WHERE last IS NULL OR last.presentLinkIds <> point.presentLinkIds OR last.linkCount <> point.linkCount
  CREATE (:CompletenessPoint {
    regionId: point.regionId, chainId: point.chainId, at: datetime(), cause: $cause,
    completeness: point.completeness, presentLinkIds: point.presentLinkIds, linkCount: point.linkCount
  })
  RETURN count(*) AS recorded`;

/** The points of each region and chain since `$since`, oldest first, with the last one before it (where it started). */
export const COMPLETENESS_SERIES = `
  UNWIND $keys AS key
  CALL (key) {
    OPTIONAL CALL (key) {
      MATCH (before:CompletenessPoint {regionId: key.regionId, chainId: key.chainId}) WHERE before.at < datetime($since)
      RETURN before ORDER BY before.at DESC LIMIT 1
    }
    WITH key, before
    CALL (key, before) {
      MATCH (point:CompletenessPoint {regionId: key.regionId, chainId: key.chainId})
      WHERE point.at >= datetime($since) OR point = before
      RETURN point ORDER BY point.at
    }
    RETURN collect(point { at: toString(point.at), .completeness, .presentLinkIds, .linkCount, .cause }) AS points
  }
  RETURN key.key AS key, points AS records`;

export interface CompletenessPointRecord {
  at: string;
  completeness: number;
  presentLinkIds: string[];
  linkCount: number;
  /** What changed: 'import' or the project whose move changed it ('project:ID'). */
  cause: string;
}

interface ChainPresence {
  regionId: string;
  chainId: string;
  linkIds: string[];
  linksWithFirms: string[];
}

/**
 * Records the completeness of the leading chains of `regionIds` (of every region with one when null) inside the
 * caller's transaction; returns how many points changed.
 */
export async function recordCompleteness(run: RunQuery, regionIds: string[] | null, cause: string): Promise<number> {
  const presence = await run<ChainPresence>(LEADING_CHAIN_PRESENCE, { regionIds, assumedLocalIds: [] });
  const points = presence.map(({ regionId, chainId, linkIds, linksWithFirms }) => {
    const withFirms = new Set(linksWithFirms);
    const presentLinkIds = linkIds.filter((id) => withFirms.has(id)).sort();
    return {
      regionId,
      chainId,
      presentLinkIds,
      linkCount: linkIds.length,
      completeness: completenessOf(presentLinkIds.length, linkIds.length),
    };
  });
  if (points.length === 0) return 0;
  const [row] = await run<{ recorded: number }>(RECORD_COMPLETENESS, { points, cause });
  return row?.recorded ?? 0;
}
