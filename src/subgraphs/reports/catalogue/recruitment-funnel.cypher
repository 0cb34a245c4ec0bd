// @name recruitment-funnel
// @description The recruitment funnel (目标企业信息库) by region and park, in pipeline order: per stage, the projects there now and their planned investment, the projects that ever reached it, the share of those that went on to the next stage, and the median days a project spent in it (from the projects' history).
// @param regionId ID = null Only projects in this region, its parks and every region under it; all projects when omitted.
MATCH (project:Project)-[:IN]->(place)
OPTIONAL MATCH (place)-[:IN]->(parkRegion:Region)
WITH project, CASE WHEN place:Park THEN place END AS park, CASE WHEN place:Park THEN parkRegion ELSE place END AS region
WHERE $regionId IS NULL OR EXISTS { MATCH (scope:Region {id: $regionId}) WHERE EXISTS { {{regionAtOrUnder(region, scope)}} } }
WITH project, region, park, ['LEAD', 'CONTACTED', 'NEGOTIATING', 'SIGNED', 'LANDED', 'OPERATING'] AS pipeline,
     COLLECT {
       MATCH (project)-[:HAS_EVENT]->(move:ProjectEvent) WHERE move.kind IN ['CREATED', 'STATUS_CHANGED']
       RETURN move ORDER BY move.sequence
     } AS moves
// A project moves one stage at a time, so it reached every stage up to where it is (a dropped one: those its moves name).
WITH project, region, park, pipeline, moves, [i IN range(0, size(pipeline) - 1) WHERE pipeline[i] = project.status][0] AS at
WITH project, region, park, pipeline, moves,
     [i IN range(0, size(pipeline) - 1) WHERE (at IS NOT NULL AND i <= at) OR any(move IN moves WHERE move.status = pipeline[i]) | pipeline[i]]
       + CASE WHEN project.status = 'DROPPED' THEN ['DROPPED'] ELSE [] END AS reached
UNWIND range(0, size(pipeline)) AS stage
WITH project, region, park, moves, reached, stage, (pipeline + ['DROPPED'])[stage] AS status,
     CASE WHEN stage < size(pipeline) - 1 THEN pipeline[stage + 1] END AS next
WHERE status IN reached
WITH status, stage, next, region, park, project, next IN reached AS wentOn,
     // Days in this stage: from the move into it to the next move, for the stays that ended.
     [i IN range(0, size(moves) - 2) WHERE moves[i].status = status |
        duration.inSeconds(moves[i].at, moves[i + 1].at).seconds / 86400.0] AS stays
WITH status, stage, next, region, park,
     count(CASE WHEN project.status = status THEN 1 END) AS projects,
     sum(CASE WHEN project.status = status THEN coalesce(project.investment, 0) ELSE 0 END) AS investment,
     count(project) AS reachedCount,
     count(CASE WHEN wentOn THEN 1 END) AS wentOnCount,
     reduce(days = [], list IN collect(stays) | days + list) AS days
WITH status, stage, next, region, park, projects, investment, reachedCount, wentOnCount,
     COLLECT { UNWIND days AS day RETURN day ORDER BY day } AS sorted
WITH status, stage, next, region, park, projects, investment, reachedCount, wentOnCount,
     CASE WHEN size(sorted) = 0 THEN null
          WHEN size(sorted) % 2 = 1 THEN sorted[size(sorted) / 2]
          ELSE (sorted[size(sorted) / 2 - 1] + sorted[size(sorted) / 2]) / 2 END AS medianDays
RETURN status,
       region.id AS regionId,
       region.name AS region,
       park.id AS parkId,
       park.name AS park,
       projects,
       investment,
       reachedCount AS reached,
       CASE WHEN next IS NULL THEN null ELSE toFloat(wentOnCount) / reachedCount END AS conversion,
       medianDays
ORDER BY stage, regionId, parkId
