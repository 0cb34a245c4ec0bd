// @name supplier-concentration
// @description How concentrated each local firm's suppliers are: the Herfindahl index of its suppliers' shares of what it buys (1 = a single supplier), its largest supplier and that supplier's share, and whether it depends on one supplier for at least `threshold` of its purchases.
// @param regionId ID! The region; firms in it, in its parks and in every region under it are local.
// @param threshold Float = 0.5 The share of purchases from one supplier that makes a single-source dependency.
MATCH (root:Region {id: $regionId})
MATCH {{firmAtOrUnder(customer:Enterprise&!Inactive, root)}}
MATCH (supplier:Enterprise&!Inactive)-[supply:SUPPLIES]->(customer)
WITH customer, supplier, sum(supply.annualValue) AS value
WITH customer, collect({ supplier: supplier, value: value }) AS suppliers, sum(value) AS total
WHERE total > 0
WITH customer, total, suppliers,
     reduce(hhi = 0.0, s IN suppliers | hhi + (toFloat(s.value) / total) ^ 2) AS herfindahl,
     reduce(top = null, s IN suppliers | CASE WHEN top IS NULL OR s.value > top.value OR (s.value = top.value AND s.supplier.id < top.supplier.id) THEN s ELSE top END) AS top
RETURN customer.id AS enterpriseId,
       customer.name AS enterprise,
       customer.nameZh AS enterpriseZh,
       size(suppliers) AS suppliers,
       total AS purchases,
       herfindahl,
       top.supplier.id AS topSupplierId,
       top.supplier.name AS topSupplier,
       toFloat(top.value) / total AS topShare,
       toFloat(top.value) / total >= $threshold AS singleSource
ORDER BY herfindahl DESC, enterpriseId
