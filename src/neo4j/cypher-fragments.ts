/**
 * Cypher fragments more than one subgraph's queries need. They are fixed text over fixed variable names,
 * never built from user input.
 */

/** Orders rows with `link` bound to a ChainLink the way a chain is drawn: upstream first, then by id. */
export const LINK_ORDER = `CASE link.stage WHEN 'UPSTREAM' THEN 0 WHEN 'MIDSTREAM' THEN 1 WHEN 'DOWNSTREAM' THEN 2 ELSE 3 END, link.id`;

/**
 * Expects `root` (a region); yields `localPlaces`: the region, every region under it and their parks — where a local
 * enterprise is located. Computed once per query, so locality is one hop and a check in a short list.
 */
export const LOCAL_PLACES = `
  CALL (root) {
    MATCH (root)<-[:PART_OF*0..]-(region:Region)
    OPTIONAL MATCH (region)<-[:IN]-(park:Park)
    RETURN collect(DISTINCT region) + collect(DISTINCT park) AS localPlaces
  }`;

/**
 * True when the enterprise bound to `variable` is in `localFirms` (the region's firms and any assumed local). Neo4j
 * turns `IN` over a list that does not change from row to row into a hash lookup, so this costs no traversal.
 */
export function isLocalEnterprise(variable: 'customer' | 'supplier' | 'candidate'): string {
  return `${variable} IN localFirms`;
}
