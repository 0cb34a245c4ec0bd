import { describe, expect, it } from 'vitest';
import * as chainFacts from '../../src/facts/chain-facts.js';
import * as relatednessFacts from '../../src/facts/relatedness.js';
import * as history from '../../src/history/completeness-history.js';
import * as chains from '../../src/subgraphs/chains/repository.js';
import * as recruitmentGaps from '../../src/subgraphs/recruitment/gaps/repository.js';
import * as recruitmentGrowth from '../../src/subgraphs/recruitment/growth/repository.js';
import * as recruitmentOverviews from '../../src/subgraphs/recruitment/overviews/repository.js';
import * as recruitmentProjects from '../../src/subgraphs/recruitment/projects/repository.js';
import * as registry from '../../src/subgraphs/registry/repository.js';
import { loadCatalogue } from '../../src/subgraphs/reports/catalogue.js';
import * as chainCompletenessReport from '../../src/subgraphs/reports/catalogue/chain-completeness.js';
import * as peersReport from '../../src/subgraphs/reports/catalogue/peers.js';

/**
 * The Cypher every repository sends, as assembled, pinned without a database (like neo4j/graphql's tck): a change
 * to a query or a shared fragment shows here as a diff to review, and `npx vitest -u` accepts it.
 */
const cypherOf = (module: Record<string, unknown>) =>
  Object.entries(module).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && /\b(MATCH|RETURN)\b/.test(entry[1]));

describe.each([
  ['chains', chains],
  // The facts the domain rules read, for the recruitment subgraph and the computed reports alike.
  ['facts', { ...chainFacts, ...relatednessFacts }],
  // The recruitment subgraph's queries, one repository per concern; pinned under one name.
  ['recruitment', { ...recruitmentGaps, ...recruitmentGrowth, ...recruitmentOverviews, ...recruitmentProjects }],
  ['registry', registry],
  ['completeness history', history],
  // What the computed reports read besides the facts: which regions and their names.
  ['computed reports', { ...chainCompletenessReport, ...peersReport }],
])('the %s repository', (_, module) => {
  it.each(cypherOf(module))('%s', (_name, cypher) => {
    expect(cypher).toMatchSnapshot();
  });
});

describe('the enterprises(filter) query, as assembled', () => {
  it.each([
    ['no filter, by name', {}, { field: 'NAME', direction: 'ASC' }],
    ['a region, by revenue', { regionId: 'r' }, { field: 'REVENUE', direction: 'DESC' }],
    ['a park and a link, leading, by employees', { parkId: 'p', linkId: 'l', leading: true }, { field: 'EMPLOYEES', direction: 'ASC' }],
    ['a name and listed', { nameContains: 'x', listed: false }, { field: 'NAME', direction: 'DESC' }],
  ] as const)('%s', (_name, filter, order) => {
    const { cypher, params } = registry.enterprisePageQuery(filter, order);
    expect(cypher).toMatchSnapshot();
    expect(Object.keys(params).sort()).toEqual(Object.keys(filter).sort());
  });
});

describe('the reports of the catalogue, with their fragments expanded', () => {
  it.each(loadCatalogue().flatMap((report) => (report.kind === 'cypher' ? [[report.name, report.cypher]] : [])))('%s', (_name, cypher) => {
    expect(cypher).not.toContain('{{');
    expect(cypher).toMatchSnapshot();
  });
});
