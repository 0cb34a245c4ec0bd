// @name growth-opportunities
// @description Links the region could most plausibly grow, as Region.growthOpportunities: the links it is not specialised in (RCA by firm counts < 1), by relatedness density — how much of what counties combine with the link the region already specialises in — with the related links it specialises in, closest first (docs/domain.md, "Where to grow").
// @param regionId ID! The region; firms in it, in its parks and in every region under it count.
// @param first Int = 20 How many links, most related first.
MATCH (root:Region {id: $regionId})
// Every county's and district's firms per link (a firm in a park counts for the park's region, in a township for its county).
CALL () {
  MATCH (link:ChainLink)<-[:OPERATES_IN]-(firm:Enterprise&!Inactive)-[:LOCATED_IN]->(location)
  WITH link.id AS linkId, location, count(firm) AS firms
  WITH linkId, coalesce(head([(location)-[:IN]->(parkRegion:Region) | parkRegion]), location) AS located, firms
  // A township's firms count for its county or district.
  WITH linkId, CASE WHEN located.level = 'TOWNSHIP' THEN head([(located)-[:PART_OF]->(county:Region) | county]) ELSE located END AS place, firms
  WHERE place.level IN ['COUNTY', 'DISTRICT']
  RETURN place.id AS placeId, linkId, sum(firms) AS firms
}
WITH root, collect({placeId: placeId, linkId: linkId, firms: firms}) AS placeCounts
CALL (placeCounts) {
  UNWIND placeCounts AS count
  WITH count.linkId AS linkId, sum(count.firms) AS firms
  RETURN collect({linkId: linkId, firms: firms}) AS national, sum(firms) AS total
}
// Each place's specialisations: links whose share of its firms is at least the country's share.
CALL (placeCounts, national, total) {
  UNWIND placeCounts AS count
  WITH count.placeId AS placeId, collect(count) AS counts
  WITH counts, reduce(sum = 0, count IN counts | sum + count.firms) AS placeTotal
  RETURN collect([count IN counts
                  WHERE toFloat(count.firms) / placeTotal >= toFloat(head([n IN national WHERE n.linkId = count.linkId | n.firms])) / total
                  | count.linkId]) AS placeSpecialisations
}
// Proximity of two links: places specialised in both over the larger of their ubiquities.
CALL (placeSpecialisations) {
  UNWIND placeSpecialisations AS links
  UNWIND links AS linkId
  WITH linkId, count(*) AS ubiquity
  RETURN collect({linkId: linkId, ubiquity: ubiquity}) AS ubiquities
}
CALL (placeSpecialisations, ubiquities) {
  UNWIND placeSpecialisations AS links
  UNWIND links AS a
  UNWIND links AS b
  WITH a, b WHERE a <> b
  WITH a, b, count(*) AS both
  WITH a, b, both,
       head([u IN ubiquities WHERE u.linkId = a | u.ubiquity]) AS ubiquityA,
       head([u IN ubiquities WHERE u.linkId = b | u.ubiquity]) AS ubiquityB
  RETURN collect({a: a, b: b, phi: toFloat(both) / CASE WHEN ubiquityA > ubiquityB THEN ubiquityA ELSE ubiquityB END}) AS proximities
}
// The region's own firms per link and its specialisations, over its whole subtree.
CALL (root, national, total) {
  MATCH {{firmAtOrUnder(firm:Enterprise&!Inactive, root)}}
  MATCH (firm)-[:OPERATES_IN]->(link:ChainLink)
  WITH link.id AS linkId, count(*) AS firms
  WITH collect({linkId: linkId, firms: firms}) AS counts
  WITH counts, reduce(sum = 0, count IN counts | sum + count.firms) AS regionTotal
  RETURN counts AS regionCounts, regionTotal,
         [count IN counts
          WHERE toFloat(count.firms) / regionTotal >= toFloat(head([n IN national WHERE n.linkId = count.linkId | n.firms])) / total
          | count.linkId] AS specialised
}
MATCH (link:ChainLink)-[:PART_OF]->(chain:Chain)
WITH link, chain, proximities, regionTotal, specialised, total,
     coalesce(head([count IN regionCounts WHERE count.linkId = link.id | count.firms]), 0) AS firms,
     head([n IN national WHERE n.linkId = link.id | n.firms]) AS linkTotal
WITH link, chain, proximities, specialised, firms,
     CASE WHEN regionTotal = 0 OR linkTotal IS NULL THEN 0.0 ELSE (toFloat(firms) / regionTotal) / (toFloat(linkTotal) / total) END AS rca
WHERE rca < 1
WITH link, chain, firms, rca, specialised, [p IN proximities WHERE p.a = link.id] AS neighbours
WITH link, chain, firms, rca, neighbours, [p IN neighbours WHERE p.b IN specialised] AS related,
     reduce(sum = 0.0, p IN neighbours | sum + p.phi) AS denominator
RETURN link.id AS linkId,
       link.name AS link,
       link.nameZh AS linkZh,
       chain.id AS chainId,
       CASE WHEN denominator = 0 THEN 0.0 ELSE reduce(sum = 0.0, p IN related | sum + p.phi) / denominator END AS relatedness,
       rca,
       firms,
       COLLECT { UNWIND related AS p RETURN p.b ORDER BY p.phi DESC, p.b } AS relatedLinkIds
ORDER BY relatedness DESC, linkId
LIMIT $first
