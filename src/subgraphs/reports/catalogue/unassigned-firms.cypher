// @name unassigned-firms
// @description Firms in no chain link: neither declared by the data nor assigned by an industry-code or keyword rule (挂链) — what to check after importing a registry export, with each firm's 国标行业 code, 主营产品 and 经营范围, the evidence the rules saw: give them 产业链环节, or add the codes and keywords that should catch them to the chain links.
// @param regionId ID = null Only firms in this region, its parks and every region under it; all firms when omitted.
MATCH (firm:Enterprise&!Inactive)
WHERE NOT EXISTS { (firm)-[:OPERATES_IN]->(:ChainLink) }
  AND ($regionId IS NULL OR EXISTS { MATCH (root:Region {id: $regionId}) WHERE EXISTS { {{firmAtOrUnder(firm, root)}} } })
OPTIONAL MATCH (firm)-[:LOCATED_IN]->(place)
RETURN firm.id AS id, firm.creditCode AS creditCode, coalesce(firm.nameZh, firm.name) AS name, place.id AS placeId,
       firm.industryCode AS industryCode, firm.mainProducts AS mainProducts, firm.businessScope AS businessScope
ORDER BY name, id
