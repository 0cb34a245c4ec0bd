// @name leading-firm-network
// @description The supplier network of each local leading firm (龙头企业): how many suppliers and how much value come from inside the region and from outside, and the local share of its purchases.
// @param regionId ID! The region; firms in it, in its parks and in every region under it are local.
MATCH (root:Region {id: $regionId})
MATCH {{firmAtOrUnder(leader:Enterprise&!Inactive, root)}}
WHERE leader.leading
CALL (root, leader) {
  OPTIONAL MATCH (supplier:Enterprise&!Inactive)-[supply:SUPPLIES]->(leader)
  WITH supplier, supply,
       EXISTS { {{firmAtOrUnder(supplier, root)}} } AS local
  RETURN count(DISTINCT CASE WHEN local THEN supplier END) AS localSuppliers,
         coalesce(sum(CASE WHEN local THEN supply.annualValue END), 0) AS localValue,
         count(DISTINCT CASE WHEN NOT local THEN supplier END) AS outsideSuppliers,
         coalesce(sum(CASE WHEN NOT local THEN supply.annualValue END), 0) AS outsideValue
}
RETURN leader.id AS enterpriseId,
       leader.name AS enterprise,
       leader.nameZh AS enterpriseZh,
       localSuppliers,
       localValue,
       outsideSuppliers,
       outsideValue,
       CASE WHEN localValue + outsideValue = 0 THEN null ELSE toFloat(localValue) / (localValue + outsideValue) END AS localShare
ORDER BY enterpriseId
