/**
 * Cypher fragments more than one subgraph's queries need. They are fixed text over fixed variable names,
 * never built from user input.
 */

/** Orders rows with `link` bound to a ChainLink the way a chain is drawn: upstream first, then by id. */
export const LINK_ORDER = `CASE link.stage WHEN 'UPSTREAM' THEN 0 WHEN 'MIDSTREAM' THEN 1 WHEN 'DOWNSTREAM' THEN 2 ELSE 3 END, link.id`;
