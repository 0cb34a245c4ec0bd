/**
 * Cypher fragments more than one subgraph's queries need. They are fixed text over the variable names their caller
 * gives, never built from user input. The catalogue's reports use the locality ones as `{{placeAtOrUnder(place, root)}}`
 * (see expandFragments).
 */

/** Orders rows with `link` bound to a ChainLink the way a chain is drawn: upstream first, then by id. */
export const LINK_ORDER = `CASE link.stage WHEN 'UPSTREAM' THEN 0 WHEN 'MIDSTREAM' THEN 1 WHEN 'DOWNSTREAM' THEN 2 ELSE 3 END, link.id`;

/** A region's rank in the tree: a region is only ever part of one of a higher rank. */
const levelRank = (region: string) => `CASE ${region}.level WHEN 'PROVINCE' THEN 3 WHEN 'CITY' THEN 2 WHEN 'TOWNSHIP' THEN 0 ELSE 1 END`;

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

/**
 * A predicate: `firm` counts as local to `root` — an ACTIVE firm located at or under it, or recruited there: an
 * OPERATING project of it lies at or under `root` (docs/domain.md, "Recruited firms count", "Registration status"). The reports' form of the rule the
 * analyses apply through `recruitedFirms`.
 */
export function firmLocalTo(firm: string, root: string): string {
  return (
    `(NOT ${firm}:Inactive AND (EXISTS { ${firmAtOrUnder(firm, root)} } OR ` +
    `EXISTS { MATCH (${firm})<-[:BY]-(recruitment:Project {status: 'OPERATING'}) WHERE EXISTS { ${projectAtOrUnder('recruitment', root)} } }))`
  );
}

/**
 * Expects `root` (a region); yields `recruitedFirms`, the firms of the OPERATING projects at or under it, and
 * `recruitedProjects`, those projects whose firm is located elsewhere: what makes a link present "through a
 * project", with the links their firm operates in.
 */
export function recruitedFirms(root: string): string {
  return `
  CALL (${root}) {
    OPTIONAL MATCH (recruitment:Project {status: 'OPERATING'})-[:BY]->(recruited:Enterprise&!Inactive)
    WHERE EXISTS { ${projectAtOrUnder('recruitment', root)} }
    RETURN collect(recruited) AS recruitedFirms,
           collect(CASE WHEN NOT EXISTS { ${firmAtOrUnder('recruited', root)} } THEN recruitment {
             .id, .name, operatingSince: toString(date(coalesce(recruitment.statusChangedAt, recruitment.updatedAt))),
             linkIds: [(recruited)-[:OPERATES_IN]->(recruitedLink:ChainLink) | recruitedLink.id]
           } END) AS recruitedProjects
  }`;
}

/**
 * Expects `root` (a region) and the parameter `$assumedLocalIds`; yields `localPlaces` (the region, every region under it and their parks),
 * `recruitedProjects` (see recruitedFirms) and `localFirms`: the enterprises located in those places, plus those
 * assumed local — the firms of the OPERATING projects at or under the region, always, and those named in
 * `$assumedLocalIds` (what-if simulations): one mechanism for both (docs/domain.md, "Recruited firms count"). Only
 * ACTIVE firms count: one that is not is labelled Inactive (docs/domain.md, "Registration status").
 * Every fact of an analysis starts from these, walking down the region tree once, so the cost follows the size of
 * the region, not of the whole country. A firm is then local when `firm IN localFirms`: Neo4j turns `IN` over a list
 * that does not change from row to row into a hash lookup, so locality costs no traversal.
 */
export function localFirms(root: string): string {
  return `
  CALL (${root}) {
    MATCH ${regionAtOrUnder('region:Region', root)}
    OPTIONAL MATCH (region)<-[:IN]-(park:Park)
    RETURN collect(DISTINCT region) + collect(DISTINCT park) AS localPlaces
  }
  CALL (localPlaces) {
    UNWIND localPlaces AS place
    MATCH (place)<-[:LOCATED_IN]-(firm:Enterprise&!Inactive)
    RETURN collect(firm) AS regionFirms
  }
  ${recruitedFirms(root)}
  CALL (recruitedFirms, regionFirms) {
    OPTIONAL MATCH (named:Enterprise&!Inactive) WHERE named.id IN $assumedLocalIds
    WITH recruitedFirms, regionFirms, collect(named) AS namedFirms
    RETURN COLLECT { UNWIND recruitedFirms + namedFirms AS firm WITH DISTINCT firm WHERE NOT firm IN regionFirms RETURN firm } AS assumedFirms
  }
  WITH *, regionFirms + assumedFirms AS localFirms`;
}

/** The locality fragments a report may use by name. */
const NAMED_FRAGMENTS: Record<string, (first: string, second: string) => string> = {
  regionAtOrUnder,
  placeAtOrUnder,
  firmAtOrUnder,
  firmLocalTo,
};

/**
 * Replaces each `{{name(first, second)}}` in `cypher` with the named fragment over those variables (a variable, or a
 * variable with its label). Throws with what is wrong for an unknown name or malformed arguments.
 */
export function expandFragments(cypher: string): string {
  return cypher.replace(/\{\{\s*(\w+)\(([^)]*)\)\s*\}\}/g, (whole, name: string, argumentText: string) => {
    const fragment = NAMED_FRAGMENTS[name];
    if (!fragment) throw new Error(`${whole}: there is no fragment '${name}'; there are ${Object.keys(NAMED_FRAGMENTS).join(', ')}`);
    const args = argumentText.split(',').map((argument) => argument.trim());
    if (args.length !== 2 || !args.every((argument) => /^\w*(:\w+(&!\w+)?)?$/.test(argument) && argument !== '')) {
      throw new Error(`${whole}: give two variables, e.g. {{${name}(place, root)}}`);
    }
    return fragment(args[0]!, args[1]!);
  });
}
