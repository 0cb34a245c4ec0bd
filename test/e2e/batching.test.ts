import { describe, expect, it } from 'vitest';
import { postToSubgraph, useStack } from '../support/stack.js';

const stack = useStack();

/** The enterprise page of the product: firms with their suppliers, park and region, across both subgraphs. */
const ENTERPRISE_PAGE = `query ($first: Int!) {
  enterprises(first: $first) {
    edges { node {
      id name revenue
      park { id name }
      region { id name parent { id name } }
      links { id name }
      suppliers { annualValue link { id } supplier { id name park { id } region { id name } } }
    } }
  }
}`;

async function cypherQueriesFor(first: number) {
  stack.queries.reset();
  const { data, errors } = await stack.query<{ enterprises: { edges: unknown[] } }>(ENTERPRISE_PAGE, { first });
  expect(errors).toBeUndefined();
  expect(data!.enterprises.edges).toHaveLength(first);
  return stack.queries.count();
}

describe('batching', () => {
  it('runs the same small number of Cypher queries for 5 and for 50 enterprises with suppliers, park and region', async () => {
    await cypherQueriesFor(5); // plans and caches warm up
    const five = await cypherQueriesFor(5);
    const fifty = await cypherQueriesFor(50);
    console.log(`Cypher queries for the nested enterprise page: ${five} for 5 enterprises, ${fifty} for 50`);
    expect(fifty).toBe(five);
    // registry: the page, parks, regions, parent regions; chains: links, suppliers, the supplies' links;
    // registry again: the suppliers' records, parks and regions. One query each, whatever the page size.
    expect(fifty).toBeLessThanOrEqual(10);
  });

  it('resolves 50 entity references of one type in one query', async () => {
    const page = await stack.query<{ enterprises: { edges: { node: { id: string } }[] } }>(
      '{ enterprises(first: 50) { edges { node { id } } } }',
    );
    const representations = page.data!.enterprises.edges.map((edge) => ({ __typename: 'Enterprise', id: edge.node.id }));
    const registry = stack.stack.subgraphs.find((service) => service.name === 'registry')!;
    stack.queries.reset();
    const { data } = await postToSubgraph<{ _entities: { id: string }[] }>(
      registry.url,
      'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Enterprise { id } } }',
      { representations },
    );
    expect(data!._entities.map((entity) => entity.id)).toEqual(representations.map((representation) => representation.id));
    expect(stack.queries.count()).toBe(1);
  });
});
