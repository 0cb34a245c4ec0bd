// @name chain-completeness
// @description Completeness of every leading chain of every region, with its FILL, EXTEND and STRENGTHEN gaps counted by the gap rules of chainGaps (the same definitions and defaults; the firms of OPERATING projects count as local).
// @param regionId ID = null Only this region and the regions under it; every region when omitted.
// @param minEnterprises Int = 3 A present link with fewer local firms is weak.
// @param maxExternalDependency Float = 0.5 A present link whose local firms buy more than this share from outside is weak.
// @param requireLeading Boolean = true A present link with no local leading firm is weak.
// @param maxExtendDistance Int = 1 Missing links at most this many FEEDS steps (either way, up to 20) from a present link are EXTEND gaps.
MATCH (root:Region)-[:PRIORITIZES]->(chain:Chain)
WHERE $regionId IS NULL OR EXISTS { MATCH (scope:Region {id: $regionId}) WHERE EXISTS { {{regionAtOrUnder(root, scope)}} } }
CALL (root, chain) {
  MATCH (link:ChainLink)-[:PART_OF]->(chain)
  CALL (root, link) {
    OPTIONAL MATCH (link)<-[:OPERATES_IN]-(firm:Enterprise&!Inactive)
    WHERE {{firmLocalTo(firm, root)}}
    RETURN count(firm) AS firms, count(CASE WHEN firm.leading THEN 1 END) AS leaders
  }
  CALL (root, link) {
    OPTIONAL MATCH (supplier:Enterprise&!Inactive)-[supply:SUPPLIES {linkId: link.id}]->(customer:Enterprise&!Inactive)
    WHERE {{firmLocalTo(customer, root)}}
    RETURN coalesce(sum(supply.annualValue), 0) AS demand,
           coalesce(sum(CASE WHEN NOT {{firmLocalTo(supplier, root)}}
                             THEN supply.annualValue END), 0) AS external
  }
  RETURN collect({ link: link, firms: firms, leaders: leaders, demand: demand, external: external }) AS links
}
WITH root, chain, links, [l IN links WHERE l.firms > 0 | l.link] AS present
CALL (links, present) {
  UNWIND links AS l
  WITH l, present, l.link AS link
  WITH l, present,
       l.firms = 0 AND size(present) > 0
         AND EXISTS { (link)-[:FEEDS*1..]->(after:ChainLink) WHERE after IN present }
         AND EXISTS { (before:ChainLink)-[:FEEDS*1..]->(link) WHERE before IN present } AS fill,
       l.firms = 0
         AND (size(present) = 0
              OR EXISTS { MATCH path = (link)-[:FEEDS*1..20]-(near:ChainLink) WHERE near IN present AND length(path) <= $maxExtendDistance }) AS near,
       l.firms > 0
         AND (l.firms < $minEnterprises
              OR ($requireLeading AND l.leaders = 0)
              OR (l.demand > 0 AND toFloat(l.external) / l.demand > $maxExternalDependency)) AS weak
  RETURN count(CASE WHEN fill THEN 1 END) AS fill,
         count(CASE WHEN near AND NOT fill THEN 1 END) AS extend,
         count(CASE WHEN weak THEN 1 END) AS strengthen
}
RETURN root.id AS regionId,
       root.name AS region,
       root.nameZh AS regionZh,
       chain.id AS chainId,
       chain.name AS chain,
       size(links) AS links,
       size(present) AS presentLinks,
       CASE WHEN size(links) = 0 THEN 0.0 ELSE toFloat(size(present)) / size(links) END AS completeness,
       fill,
       extend,
       strengthen
ORDER BY regionId, chainId
