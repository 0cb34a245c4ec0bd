/**
 * The completeness series of a region's leading chains (ChainOverview.history, the progress report): whenever what
 * makes a link present can change — an import, a project moving to or from OPERATING — the completeness of the
 * leading chains concerned is recorded, once per change of its value. Present means what it means for chainGaps:
 * a local firm in the link, recruited firms included (docs/domain.md).
 */
import { completenessOf, localSupplyShareOf } from '../domain/chain-gaps.js';
import { localFirms } from '../neo4j/cypher-fragments.js';
import type { RunQuery } from '../neo4j/driver.js';

/**
 * The links of each leading chain of the regions at `$regionIds` (every region with a leading chain when null), the
 * chain links in which the region has a local firm, and what its local firms buy in the chain's links — all of it, and
 * the part bought from firms that are not local. One walk down each region's tree.
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
  WITH root, chain, localFirms, linksWithFirms, [(link:ChainLink)-[:PART_OF]->(chain) | link.id] AS linkIds
  CALL (localFirms, linkIds) {
    UNWIND localFirms AS customer
    MATCH (supplier:Enterprise&!Inactive)-[supply:SUPPLIES]->(customer)
    WHERE supply.linkId IN linkIds
    RETURN coalesce(sum(supply.annualValue), 0) AS localDemand,
           coalesce(sum(CASE WHEN NOT supplier IN localFirms THEN supply.annualValue ELSE 0 END), 0) AS externalSupply
  }
  RETURN root.id AS regionId, chain.id AS chainId, linkIds, linksWithFirms, localDemand, externalSupply`;

/** Adds each point unless the chain's latest point already says the same. */
export const RECORD_COMPLETENESS = `
  UNWIND $points AS point
  OPTIONAL CALL (point) {
    MATCH (last:CompletenessPoint {regionId: point.regionId, chainId: point.chainId})
    RETURN last ORDER BY last.at DESC LIMIT 1
  }
  WITH point, last
  WHERE last IS NULL OR last.presentLinkIds <> point.presentLinkIds OR last.linkCount <> point.linkCount
     OR coalesce(last.localSupplyShare, -1.0) <> coalesce(point.localSupplyShare, -1.0)
  CREATE (:CompletenessPoint {
    regionId: point.regionId, chainId: point.chainId, at: datetime(), cause: $cause,
    completeness: point.completeness, presentLinkIds: point.presentLinkIds, linkCount: point.linkCount,
    localSupplyShare: point.localSupplyShare
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
    RETURN collect(point { at: toString(point.at), .completeness, .presentLinkIds, .linkCount, .cause, .localSupplyShare }) AS points
  }
  RETURN key.key AS key, points AS records`;

export interface CompletenessPointRecord {
  at: string;
  completeness: number;
  presentLinkIds: string[];
  linkCount: number;
  /** 本地配套率 over the chain's links then; null without purchases (and for points recorded before it was kept). */
  localSupplyShare: number | null;
  /** What changed: 'import', the project whose move changed it ('project:ID') or an edit of the chain ('chain:ID@VERSION'). */
  cause: string;
}

interface ChainPresence {
  regionId: string;
  chainId: string;
  linkIds: string[];
  linksWithFirms: string[];
  localDemand: number;
  externalSupply: number;
}

/**
 * Records the completeness of the leading chains of `regionIds` (of every region with one when null) inside the
 * caller's transaction; returns how many points changed.
 */
export async function recordCompleteness(run: RunQuery, regionIds: string[] | null, cause: string): Promise<number> {
  const presence = await run<ChainPresence>(LEADING_CHAIN_PRESENCE, { regionIds, assumedLocalIds: [] });
  const points = presence.map(({ regionId, chainId, linkIds, linksWithFirms, localDemand, externalSupply }) => {
    const withFirms = new Set(linksWithFirms);
    const presentLinkIds = linkIds.filter((id) => withFirms.has(id)).sort();
    return {
      regionId,
      chainId,
      presentLinkIds,
      linkCount: linkIds.length,
      completeness: completenessOf(presentLinkIds.length, linkIds.length),
      localSupplyShare: localSupplyShareOf([{ localDemand, externalSupply }]),
    };
  });
  if (points.length === 0) return 0;
  const [row] = await run<{ recorded: number }>(RECORD_COMPLETENESS, { points, cause });
  return row?.recorded ?? 0;
}
