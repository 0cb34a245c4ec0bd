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

  it("hands each supplier's names and region out with its supplies: no third round to the registry", async () => {
    const page = `query ($first: Int!) { enterprises(first: $first) { edges { node {
      id park { name } region { name }
      suppliers { annualValue supplier { id name nameZh region { id name nameZh } } } } } } }`;
    type Partner = { id: string; name: string; nameZh: string | null; region: { id: string; name: string; nameZh: string | null } };
    type Page = { enterprises: { edges: { node: { suppliers: { supplier: Partner }[] } }[] } };
    await stack.query(page, { first: 50 });
    stack.queries.reset();
    const { data, errors } = await stack.query<Page>(page, { first: 50 });
    expect(errors).toBeUndefined();
    // registry: the page, its parks, its regions; chains: the supplies with both sides' names and regions.
    expect(stack.queries.count()).toBe(4);
    const suppliers = new Map(
      data!.enterprises.edges.flatMap((edge) => edge.node.suppliers.map(({ supplier }) => [supplier.id, supplier])),
    );
    expect(suppliers.size).toBeGreaterThan(5);
    for (const [id, handedOut] of suppliers) {
      const registry = await stack.query<{ enterprise: Partner }>(
        'query ($id: ID!) { enterprise(id: $id) { id name nameZh region { id name nameZh } } }',
        { id },
      );
      expect(handedOut).toEqual(registry.data!.enterprise);
    }
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
