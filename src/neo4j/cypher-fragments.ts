/**
 * Cypher fragments more than one subgraph's queries need. They are fixed text over fixed variable names,
 * never built from user input.
 */

/** Orders rows with `link` bound to a ChainLink the way a chain is drawn: upstream first, then by id. */
export const LINK_ORDER = `CASE link.stage WHEN 'UPSTREAM' THEN 0 WHEN 'MIDSTREAM' THEN 1 WHEN 'DOWNSTREAM' THEN 2 ELSE 3 END, link.id`;

/**
 * True when the enterprise bound to `variable` is local to the region bound to `root`: located in it, in a park in
 * it, or anywhere under it — or named in `$assumedLocalIds` (what-if simulations).
 */
export function isLocalEnterprise(variable: 'firm' | 'customer' | 'supplier' | 'candidate'): string {
  return `(${variable}.id IN $assumedLocalIds
      OR EXISTS { (${variable})-[:LOCATED_IN]->()-[:IN*0..1]->(:Region)-[:PART_OF*0..]->(root) })`;
}
