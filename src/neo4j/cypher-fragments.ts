/**
 * Cypher fragments more than one subgraph's queries need. They are fixed text over the variable names their caller
 * gives, never built from user input. The catalogue's reports use the locality ones as `{{placeAtOrUnder(place, root)}}`
 * (see expandFragments).
 */

/** Orders rows with `link` bound to a ChainLink the way a chain is drawn: upstream first, then by id. */
export const LINK_ORDER = `CASE link.stage WHEN 'UPSTREAM' THEN 0 WHEN 'MIDSTREAM' THEN 1 WHEN 'DOWNSTREAM' THEN 2 ELSE 3 END, link.id`;

/** A region's rank in the tree: a region is only ever part of one of a higher rank. */
const levelRank = (region: string) => `CASE ${region}.level WHEN 'PROVINCE' THEN 3 WHEN 'CITY' THEN 2 ELSE 1 END`;

/**
 * A path pattern from `region` (a node pattern's inside: a variable, or `:Region`) up to `root`, which it is at or
 * under. Each PART_OF step must climb to a higher level, so even a hierarchy holding a cycle (written past the
 * import's checks) cannot put a province inside one of its own counties. Its group variables are `below` and
 * `above`: use it inside EXISTS { } or COLLECT { } when the query has its own variables of those names.
 */
export function regionAtOrUnder(region: string, root: string): string {
  return `(${region}) ((below:Region)-[:PART_OF]->(above:Region) WHERE ${levelRank('below')} < ${levelRank('above')})* (${root})`;
}

/** `place`, a park or a region, lies at or under `root` (a park is in a region). */
export function placeAtOrUnder(place: string, root: string): string {
  return `(${place})-[:IN]->{0,1}${regionAtOrUnder(':Region', root)}`;
}

/** `project` is in a park or region at or under `root`. */
export function projectAtOrUnder(project: string, root: string): string {
  return `(${project})-[:IN]->{1,2}${regionAtOrUnder(':Region', root)}`;
}

/** `firm` is located in a park or region at or under `root`. */
export function firmAtOrUnder(firm: string, root: string): string {
  return `(${firm})-[:LOCATED_IN]->(:Region|Park)-[:IN]->{0,1}${regionAtOrUnder(':Region', root)}`;
}

/** The locality fragments a report may use by name. */
const NAMED_FRAGMENTS: Record<string, (first: string, second: string) => string> = { regionAtOrUnder, placeAtOrUnder, firmAtOrUnder };

/**
 * Replaces each `{{name(first, second)}}` in `cypher` with the named fragment over those variables (a variable, or a
 * variable with its label). Throws with what is wrong for an unknown name or malformed arguments.
 */
export function expandFragments(cypher: string): string {
  return cypher.replace(/\{\{\s*(\w+)\(([^)]*)\)\s*\}\}/g, (whole, name: string, argumentText: string) => {
    const fragment = NAMED_FRAGMENTS[name];
    if (!fragment) throw new Error(`${whole}: there is no fragment '${name}'; there are ${Object.keys(NAMED_FRAGMENTS).join(', ')}`);
    const args = argumentText.split(',').map((argument) => argument.trim());
    if (args.length !== 2 || !args.every((argument) => /^\w*(:\w+)?$/.test(argument) && argument !== '')) {
      throw new Error(`${whole}: give two variables, e.g. {{${name}(place, root)}}`);
    }
    return fragment(args[0]!, args[1]!);
  });
}
