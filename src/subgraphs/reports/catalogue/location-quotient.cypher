// @name location-quotient
// @description Location quotient of each industry of a region, by employees: LQ = (e_ri / e_r) / (e_i / e). A firm counts once in every industry it operates in. `strong` follows the U.S. Cluster Mapping rule: LQ >= 1, LQ in the top quartile of all regions of the same level, and employees and firms above the bottom quartile of those regions (regions without the industry count as 0).
// @param regionId ID! The region; firms in it, in its parks and in every region under it are local.
MATCH (root:Region {id: $regionId})
CALL () {
  MATCH (firm:Enterprise&!Inactive)
  RETURN sum(coalesce(firm.employees, 0)) AS nationalEmployees
}
CALL (root) {
  MATCH (peer:Region {level: root.level})
  RETURN count(peer) AS peerCount
}
// Every region of the same level, with its employees in total and in each industry.
MATCH (peer:Region {level: root.level})
CALL (peer) {
  MATCH {{firmAtOrUnder(firm:Enterprise&!Inactive, peer)}}
  RETURN collect(firm) AS firms, sum(coalesce(firm.employees, 0)) AS regionEmployees
}
WITH root, nationalEmployees, peerCount, peer, firms, regionEmployees
UNWIND firms AS firm
MATCH (firm)-[:OPERATES_IN]->(:ChainLink)-[:PART_OF]->(:Chain)-[:OF_INDUSTRY]->(industry:Industry)
WITH DISTINCT root, nationalEmployees, peerCount, peer, regionEmployees, industry, firm
WITH root, nationalEmployees, peerCount, peer, regionEmployees, industry,
     sum(coalesce(firm.employees, 0)) AS employees, count(firm) AS firmCount
WITH root, nationalEmployees, peerCount, industry,
     collect({ peerId: peer.id, regionEmployees: regionEmployees, employees: employees, firms: firmCount }) AS peers
CALL (industry) {
  MATCH (firm:Enterprise&!Inactive)-[:OPERATES_IN]->(:ChainLink)-[:PART_OF]->(:Chain)-[:OF_INDUSTRY]->(industry)
  WITH DISTINCT firm
  RETURN sum(coalesce(firm.employees, 0)) AS industryEmployees
}
WITH root, industry, peerCount, toFloat(industryEmployees) / nationalEmployees AS nationalShare,
     [p IN peers | p { .*, lq: CASE WHEN p.regionEmployees = 0 THEN 0.0 ELSE (toFloat(p.employees) / p.regionEmployees) END }] AS shares
WITH root, industry, peerCount, nationalShare, [p IN shares | p { .*, lq: p.lq / nationalShare }] AS peers
CALL (peers, peerCount) {
  UNWIND peers + [missing IN range(1, peerCount - size(peers)) | { lq: 0.0, employees: 0, firms: 0 }] AS p
  RETURN percentileCont(p.lq, 0.75) AS lqTopQuartile,
         percentileCont(p.employees, 0.25) AS employeesBottomQuartile,
         percentileCont(p.firms, 0.25) AS firmsBottomQuartile
}
UNWIND peers AS p
WITH root, industry, nationalShare, lqTopQuartile, employeesBottomQuartile, firmsBottomQuartile, p
WHERE p.peerId = root.id
RETURN industry.id AS industryId,
       industry.name AS industry,
       industry.nameZh AS industryZh,
       p.employees AS employees,
       p.firms AS firms,
       toFloat(p.employees) / p.regionEmployees AS regionShare,
       nationalShare,
       p.lq AS lq,
       lqTopQuartile,
       employeesBottomQuartile,
       firmsBottomQuartile,
       p.lq >= 1 AND p.lq >= lqTopQuartile AND p.employees > employeesBottomQuartile AND p.firms > firmsBottomQuartile AS strong
ORDER BY lq DESC, industryId
