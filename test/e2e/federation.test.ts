import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PRIORITIES } from '../../seeds/demo/chains.js';
import { demo, demoEnterprise, demoSupplies, regionOf } from '../support/demo-facts.js';
import { postToSubgraph, useStack, type GraphQLResponse } from '../support/stack.js';

interface LinkPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

/** Object types and their field names, from SDL. */
function fieldsByType(sdl: string): Map<string, string[]> {
  return new Map(
    parse(sdl)
      .definitions.filter((definition) => definition.kind === Kind.OBJECT_TYPE_DEFINITION)
      .map((definition) => [definition.name.value, (definition.fields ?? []).map((field) => field.name.value).sort()]),
  );
}

const stack = useStack();

describe('a query crossing both subgraphs', () => {
  it('answers an enterprise with its links, suppliers and region as the dataset says', async () => {
    const jinlu = demoEnterprise('henan-jinlu-shoes');
    const { data, errors } = await stack.query<{ enterprise: any }>(`{
      enterprise(id: "henan-jinlu-shoes") {
        name nameZh source
        park { id }
        region { id parent { id } }
        links { id chain { id } }
        suppliers { annualValue supplier { id region { id } } customer { id } link { id } }
      }
    }`);
    expect(errors).toBeUndefined();
    const enterprise = data!.enterprise;
    expect(enterprise).toMatchObject({ name: jinlu.name, nameZh: jinlu.nameZh, source: 'ARTICLE', park: { id: jinlu.parkId } });
    expect(enterprise.region).toEqual({ id: 'shangcai', parent: { id: 'zhumadian' } });
    expect(enterprise.links.map((link: { id: string }) => link.id).sort()).toEqual([...jinlu.linkIds!].sort());
    expect(enterprise.links.every((link: { chain: { id: string } }) => link.chain.id === 'footwear')).toBe(true);

    const expected = demoSupplies
      .filter((supply) => supply.customerId === jinlu.id)
      .sort((a, b) => b.annualValue - a.annualValue)
      .map((supply) => ({
        annualValue: supply.annualValue,
        supplier: { id: supply.supplierId, region: { id: regionOf(demoEnterprise(supply.supplierId)) } },
        customer: { id: jinlu.id },
        link: { id: supply.linkId },
      }));
    expect(expected.length).toBeGreaterThan(0);
    expect(enterprise.suppliers).toEqual(expected);
  });

  it('answers a region with its leading chains, their industry and links, and a link with its neighbours', async () => {
    const { data, errors } = await stack.query<{ region: any; chainLink: any }>(`{
      region(id: "shangcai") { nameZh leadingChains { id industry { id chains { id } } links { id } } }
      chainLink(id: "footwear/soles") { chain { id } upstream { id } downstream { id } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.region.nameZh).toBe('上蔡县');
    expect(data!.region.leadingChains.map((chain: { id: string }) => chain.id)).toEqual([...PRIORITIES.shangcai!].sort());
    const footwear = demo.chains!.find((chain) => chain.id === 'footwear')!;
    const answered = data!.region.leadingChains.find((chain: { id: string }) => chain.id === 'footwear');
    expect(answered.industry.id).toBe(footwear.industryId);
    expect(answered.industry.chains).toContainEqual({ id: 'footwear' });
    expect(answered.links.map((link: { id: string }) => link.id).sort()).toEqual(footwear.links.map((link) => link.id).sort());
    const feeds = footwear.feeds ?? [];
    expect(data!.chainLink.upstream.map((link: { id: string }) => link.id).sort()).toEqual(
      feeds
        .filter((feed) => feed.to === 'footwear/soles')
        .map((feed) => feed.from)
        .sort(),
    );
    expect(data!.chainLink.downstream.map((link: { id: string }) => link.id).sort()).toEqual(
      feeds
        .filter((feed) => feed.from === 'footwear/soles')
        .map((feed) => feed.to)
        .sort(),
    );
  });

  it('pages through the enterprises of a chain link', async () => {
    const expected = demo.enterprises!.filter((firm) => firm.linkIds?.includes('footwear/shoe-assembly')).map((firm) => firm.id);
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount: number;
    do {
      const { data, errors }: GraphQLResponse<{ chainLink: { enterprises: LinkPage } }> = await stack.query(
        `query ($after: String) { chainLink(id: "footwear/shoe-assembly") {
          enterprises(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } }
        } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      const page: LinkPage = data!.chainLink.enterprises;
      totalCount = page.totalCount;
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.sort()).toEqual(expected.sort());
    expect(totalCount).toBe(expected.length);
  });
});

describe('each subgraph on its own', () => {
  for (const name of ['registry', 'chains']) {
    it(`${name} answers _service { sdl } with its schema file`, async () => {
      const url = stack.stack.subgraphs.find((service) => service.name === name)!.url;
      const { data } = await postToSubgraph<{ _service: { sdl: string } }>(url, '{ _service { sdl } }');
      const file = readFileSync(new URL(`../../schema/${name}.graphql`, import.meta.url), 'utf8');
      const served = fieldsByType(data!._service.sdl);
      for (const [type, fields] of fieldsByType(file)) {
        expect(served.get(type), type).toEqual(type === 'Query' ? [...fields, '_entities', '_service'].sort() : fields);
      }
    });
  }

  it('registry resolves Enterprise, Region and Park references in one query per type, null for unknown ids', async () => {
    const url = stack.stack.subgraphs.find((service) => service.name === 'registry')!.url;
    stack.queries.reset();
    const { data, errors } = await postToSubgraph<{ _entities: any[] }>(
      url,
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Enterprise { id name } ... on Region { id level } ... on Park { id kind }
      } }`,
      {
        representations: [
          { __typename: 'Enterprise', id: 'henan-jinlu-shoes' },
          { __typename: 'Region', id: 'shangcai' },
          { __typename: 'Enterprise', id: 'no-such-firm' },
          { __typename: 'Park', id: 'xiongan-footwear-park' },
          { __typename: 'Enterprise', id: 'huaying-shoes' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      { id: 'henan-jinlu-shoes', name: 'Henan Jinlu Shoes' },
      { id: 'shangcai', level: 'COUNTY' },
      null,
      { id: 'xiongan-footwear-park', kind: expect.any(String) },
      { id: 'huaying-shoes', name: demoEnterprise('huaying-shoes').name },
    ]);
    expect(stack.queries.count()).toBe(3);
  });

  it('chains resolves Enterprise, Chain and ChainLink references with their chain fields', async () => {
    const url = stack.stack.subgraphs.find((service) => service.name === 'chains')!.url;
    const { data, errors } = await postToSubgraph<{ _entities: any[] }>(
      url,
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Enterprise { id links { id } } ... on Chain { id name } ... on ChainLink { id stage }
      } }`,
      {
        representations: [
          { __typename: 'Enterprise', id: 'henan-jinlu-shoes' },
          { __typename: 'Chain', id: 'footwear' },
          { __typename: 'ChainLink', id: 'footwear/soles' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities[0].links.length).toBe(demoEnterprise('henan-jinlu-shoes').linkIds!.length);
    expect(data!._entities[1]).toEqual({ id: 'footwear', name: 'Footwear' });
    expect(data!._entities[2]).toEqual({ id: 'footwear/soles', stage: expect.any(String) });
  });
});
