// @name recruitment-funnel
// @description The recruitment funnel (目标企业信息库): projects and planned investment by status, region and park, in pipeline order.
// @param regionId ID = null Only projects in this region, its parks and every region under it; all projects when omitted.
MATCH (project:Project)-[:IN]->(place)
OPTIONAL MATCH (place)-[:IN]->(parkRegion:Region)
WITH project, CASE WHEN place:Park THEN place END AS park, CASE WHEN place:Park THEN parkRegion ELSE place END AS region
WHERE $regionId IS NULL OR EXISTS { MATCH (scope:Region {id: $regionId}) WHERE EXISTS { {{regionAtOrUnder(region, scope)}} } }
WITH project.status AS status, region, park, count(project) AS projects, sum(coalesce(project.investment, 0)) AS investment
RETURN status,
       region.id AS regionId,
       region.name AS region,
       park.id AS parkId,
       park.name AS park,
       projects,
       investment
ORDER BY CASE status WHEN 'LEAD' THEN 0 WHEN 'CONTACTED' THEN 1 WHEN 'NEGOTIATING' THEN 2 WHEN 'SIGNED' THEN 3
                     WHEN 'LANDED' THEN 4 WHEN 'OPERATING' THEN 5 ELSE 6 END, regionId, parkId
