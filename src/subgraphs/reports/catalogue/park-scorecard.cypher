// @name park-scorecard
// @description Each park at a glance: its firms, their revenue and jobs, its leading firms, and the chains and chain links its firms cover.
// @param regionId ID = null Only parks in this region and every region under it; all parks when omitted.
MATCH (park:Park)-[:IN]->(region:Region)
WHERE $regionId IS NULL OR EXISTS { MATCH (scope:Region {id: $regionId}) WHERE EXISTS { {{regionAtOrUnder(region, scope)}} } }
CALL (park) {
  OPTIONAL MATCH (park)<-[:LOCATED_IN]-(firm:Enterprise&!Inactive)
  RETURN count(firm) AS firms,
         coalesce(sum(firm.revenue), 0) AS revenue,
         coalesce(sum(firm.employees), 0) AS jobs,
         count(CASE WHEN firm.leading THEN 1 END) AS leadingFirms
}
CALL (park) {
  OPTIONAL MATCH (park)<-[:LOCATED_IN]-(:Enterprise&!Inactive)-[:OPERATES_IN]->(link:ChainLink)-[:PART_OF]->(chain:Chain)
  RETURN count(DISTINCT chain) AS chains, count(DISTINCT link) AS links
}
RETURN park.id AS parkId,
       park.name AS park,
       park.nameZh AS parkZh,
       region.id AS regionId,
       firms,
       revenue,
       jobs,
       leadingFirms,
       chains,
       links
ORDER BY revenue DESC, parkId
