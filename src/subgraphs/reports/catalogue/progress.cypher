// @name progress
// @description The weekly dispatch sheet (周调度) of a region for a period: each leading chain's completeness before and after it (before: when it was first recorded, if that was within the period), the links that turned present or missing, the projects that moved into each stage (new leads included), and the blockers opened and resolved, by kind.
// @param regionId ID! The region; its projects are those of the region, its parks and every region under it.
// @param from String = null The period's first day, YYYY-MM-DD; seven days before its last when omitted.
// @param to String = null The period's last day, YYYY-MM-DD; today when omitted.
MATCH (root:Region {id: $regionId})-[:PRIORITIZES]->(chain:Chain)
WITH root, chain, coalesce(date($to), date()) AS lastDay
WITH root, chain, datetime({date: coalesce(date($from), lastDay - duration({days: 6}))}) AS periodStart,
     datetime({date: lastDay + duration({days: 1})}) AS periodEnd
// Where the period started: the last point before it, or — for a chain recorded only since — its first point.
OPTIONAL CALL (root, chain, periodStart) {
  MATCH (point:CompletenessPoint {regionId: root.id, chainId: chain.id}) WHERE point.at < periodStart
  RETURN point AS lastBefore ORDER BY point.at DESC LIMIT 1
}
OPTIONAL CALL (root, chain, periodEnd) {
  MATCH (point:CompletenessPoint {regionId: root.id, chainId: chain.id}) WHERE point.at < periodEnd
  RETURN point AS firstRecorded ORDER BY point.at LIMIT 1
}
WITH root, chain, periodEnd, coalesce(lastBefore, firstRecorded) AS startPoint
OPTIONAL CALL (root, chain, periodEnd) {
  MATCH (point:CompletenessPoint {regionId: root.id, chainId: chain.id}) WHERE point.at < periodEnd
  RETURN point AS endPoint ORDER BY point.at DESC LIMIT 1
}
WITH chain, startPoint, endPoint, coalesce(startPoint.presentLinkIds, []) AS linksBefore, coalesce(endPoint.presentLinkIds, []) AS linksAfter
CALL (chain, startPoint, endPoint, linksBefore, linksAfter) {
  RETURN 'completeness' AS section, chain.id AS item, chain.name AS name,
         startPoint.completeness AS before, endPoint.completeness AS after,
         size([id IN linksAfter WHERE NOT id IN linksBefore]) AS count
  UNION ALL
  UNWIND [id IN linksAfter WHERE NOT id IN linksBefore] AS linkId
  MATCH (link:ChainLink {id: linkId})
  RETURN 'link turned present' AS section, link.id AS item, link.name AS name, null AS before, null AS after, 1 AS count
  UNION ALL
  UNWIND [id IN linksBefore WHERE NOT id IN linksAfter] AS linkId
  MATCH (link:ChainLink {id: linkId})
  RETURN 'link turned missing' AS section, link.id AS item, link.name AS name, null AS before, null AS after, 1 AS count
}
RETURN section, chain.id AS chainId, item, name, before, after, count
UNION ALL
MATCH (root:Region {id: $regionId})
WITH root, coalesce(date($to), date()) AS lastDay
WITH root, datetime({date: coalesce(date($from), lastDay - duration({days: 6}))}) AS periodStart,
     datetime({date: lastDay + duration({days: 1})}) AS periodEnd
MATCH (project:Project)-[:IN]->(place) WHERE EXISTS { {{placeAtOrUnder(place, root)}} }
CALL (project, periodStart, periodEnd) {
  MATCH (project)-[:HAS_EVENT]->(move:ProjectEvent)
  WHERE move.kind IN ['CREATED', 'STATUS_CHANGED'] AND move.at >= periodStart AND move.at < periodEnd
  RETURN 'projects moved to' AS section, move.status AS item
  UNION ALL
  MATCH (project)-[:HAS_BLOCKER]->(blocker:Blocker) WHERE blocker.openedAt >= periodStart AND blocker.openedAt < periodEnd
  RETURN 'blockers opened' AS section, blocker.kind AS item
  UNION ALL
  MATCH (project)-[:HAS_BLOCKER]->(blocker:Blocker) WHERE blocker.resolvedAt >= periodStart AND blocker.resolvedAt < periodEnd
  RETURN 'blockers resolved' AS section, blocker.kind AS item
}
WITH section, item, count(*) AS count
RETURN section, null AS chainId, item, null AS name, null AS before, null AS after, count
ORDER BY CASE section WHEN 'projects moved to' THEN 0 WHEN 'blockers opened' THEN 1 ELSE 2 END,
         CASE item WHEN 'LEAD' THEN 0 WHEN 'CONTACTED' THEN 1 WHEN 'NEGOTIATING' THEN 2 WHEN 'SIGNED' THEN 3
                   WHEN 'LANDED' THEN 4 WHEN 'OPERATING' THEN 5 WHEN 'DROPPED' THEN 6 ELSE 7 END, item
