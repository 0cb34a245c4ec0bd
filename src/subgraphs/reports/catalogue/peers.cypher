// @name peers
// @description Regions of the same level whose specialisations resemble the region's (对标), as Region.peers: the Jaccard similarity of the links each is specialised in (RCA by firm counts >= 1, against the firms of every county and district), most similar first (docs/domain.md, "Where to grow").
// @param regionId ID! The region; firms in it, in its parks and in every region under it count.
MATCH (root:Region {id: $regionId})
// The country's firms per link, over counties and districts (a firm in a park counts for the park's region, in a township for its county).
CALL () {
  MATCH (link:ChainLink)<-[:OPERATES_IN]-(firm:Enterprise&!Inactive)-[:LOCATED_IN]->(location)
  WITH link.id AS linkId, location, count(firm) AS firms
  WITH linkId, coalesce(head([(location)-[:IN]->(parkRegion:Region) | parkRegion]), location) AS located, firms
  // A township's firms count for its county or district.
  WITH linkId, CASE WHEN located.level = 'TOWNSHIP' THEN head([(located)-[:PART_OF]->(county:Region) | county]) ELSE located END AS place, firms
  WHERE place.level IN ['COUNTY', 'DISTRICT']
  WITH linkId, sum(firms) AS linkFirms
  RETURN collect({linkId: linkId, firms: linkFirms}) AS national, sum(linkFirms) AS total
}
// Every region of the root's level with the links its whole subtree is specialised in.
MATCH (region:Region {level: root.level})
CALL (region, national, total) {
  MATCH {{firmAtOrUnder(firm:Enterprise&!Inactive, region)}}
  MATCH (firm)-[:OPERATES_IN]->(link:ChainLink)
  WITH link.id AS linkId, count(*) AS firms
  WITH collect({linkId: linkId, firms: firms}) AS counts
  WITH counts, reduce(sum = 0, count IN counts | sum + count.firms) AS regionTotal
  RETURN [count IN counts
          WHERE toFloat(count.firms) / regionTotal >= toFloat(head([n IN national WHERE n.linkId = count.linkId | n.firms])) / total
          | count.linkId] AS specialised
}
WITH root, collect({id: region.id, name: region.name, nameZh: region.nameZh, specialised: specialised}) AS regions
WITH head([candidate IN regions WHERE candidate.id = root.id]) AS mine, regions
UNWIND regions AS other
WITH mine, other, [linkId IN other.specialised WHERE linkId IN mine.specialised] AS shared
WHERE other.id <> mine.id AND size(shared) > 0
RETURN other.id AS regionId,
       other.name AS region,
       other.nameZh AS regionZh,
       toFloat(size(shared)) / (size(mine.specialised) + size(other.specialised) - size(shared)) AS similarity,
       COLLECT { UNWIND shared AS linkId RETURN linkId ORDER BY linkId } AS sharedLinkIds
ORDER BY similarity DESC, regionId
