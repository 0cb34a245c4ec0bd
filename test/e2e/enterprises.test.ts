import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../src/dataset/import.js';
import { creditCodeCheckCharacter } from '../../src/domain/credit-code.js';
import { demoEnterprise, demoEnterprises, enterpriseIdsInRegion } from '../support/demo-facts.js';
import { useStack, type GraphQLResponse } from '../support/stack.js';

const stack = useStack();

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; name: string; revenue: number | null } }[];
}

const ENTERPRISES = `query ($filter: EnterpriseFilter, $first: Int, $after: String, $orderBy: EnterpriseOrder) {
  enterprises(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name revenue } }
  }
}`;

/** Follows endCursor until the last page; returns every node seen and the totalCount of each page. */
async function allPages(variables: Record<string, unknown>) {
  const nodes: Page['edges'][number]['node'][] = [];
  const totalCounts = new Set<number>();
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages += 1) {
    const response: GraphQLResponse<{ enterprises: Page }> = await stack.query(ENTERPRISES, { ...variables, after });
    expect(response.errors).toBeUndefined();
    const page: Page = response.data!.enterprises;
    totalCounts.add(page.totalCount);
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return { nodes, totalCounts };
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
    after = page.pageInfo.endCursor;
  }
  throw new Error('more than 100 pages');
}

describe('enterprises: a Relay connection', () => {
  it('pages through every enterprise of a province (its cities, counties and parks) exactly once, matching totalCount', async () => {
    const expected = enterpriseIdsInRegion('henan');
    expect(expected.length).toBeGreaterThan(20);
    const { nodes, totalCounts } = await allPages({ filter: { regionId: 'henan' }, first: 7 });
    const ids = nodes.map((node) => node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(expected);
    expect([...totalCounts]).toEqual([expected.length]);
    const names = nodes.map((node) => node.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('orders by revenue, largest first, across pages', async () => {
    const { nodes } = await allPages({ filter: { regionId: 'shangcai' }, first: 3, orderBy: { field: 'REVENUE', direction: 'DESC' } });
    expect(nodes.map((node) => node.id).sort()).toEqual(enterpriseIdsInRegion('shangcai'));
    const revenues = nodes.map((node) => node.revenue ?? -1);
    expect(revenues).toEqual([...revenues].sort((a, b) => b - a));
  });

  it('combines filters: park, link, leading, listed, part of a name', async () => {
    const cases: [Record<string, unknown>, (firm: (typeof demoEnterprises)[number]) => boolean][] = [
      [{ parkId: 'xiongan-footwear-park' }, (firm) => firm.parkId === 'xiongan-footwear-park'],
      [{ linkId: 'footwear/soles' }, (firm) => firm.linkIds?.includes('footwear/soles') ?? false],
      [{ leading: true }, (firm) => firm.leading === true],
      [{ listed: true, leading: false }, (firm) => firm.listed === true && !firm.leading],
      [{ nameContains: 'SHOES' }, (firm) => firm.name.toLowerCase().includes('shoes')],
      [
        { nameContains: '鞋业', regionId: 'suixian' },
        (firm) => (firm.nameZh ?? '').includes('鞋业') && enterpriseIdsInRegion('suixian').includes(firm.id),
      ],
    ];
    for (const [filter, matches] of cases) {
      const expected = demoEnterprises
        .filter(matches)
        .map((firm) => firm.id)
        .sort();
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      const { nodes, totalCounts } = await allPages({ filter, first: 100 });
      expect(nodes.map((node) => node.id).sort(), JSON.stringify(filter)).toEqual(expected);
      expect([...totalCounts]).toEqual([expected.length]);
    }
  });
});

describe('lookups', () => {
  it('finds an enterprise by id and by credit code (any case), null for unknown ones', async () => {
    const jinlu = demoEnterprise('henan-jinlu-shoes');
    const { data, errors } = await stack.query<Record<string, { id: string } | null>>(
      `query ($code: String!) {
        byId: enterprise(id: "henan-jinlu-shoes") { id }
        byCode: enterpriseByCreditCode(code: $code) { id }
        unknownId: enterprise(id: "no-such-firm") { id }
        unknownCode: enterpriseByCreditCode(code: "91110000600037341L") { id }
        unknownRegion: region(id: "atlantis") { id }
      }`,
      { code: jinlu.creditCode.toLowerCase() },
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ byId: { id: jinlu.id }, byCode: { id: jinlu.id }, unknownId: null, unknownCode: null, unknownRegion: null });
  });

  it('lists regions by level and parent, parks in a region subtree, industries', async () => {
    const { data, errors } = await stack.query<any>(`{
      counties: regions(level: COUNTY, parentId: "shangqiu") { id }
      parks(regionId: "henan") { id region { id } }
      industries { id }
    }`);
    expect(errors).toBeUndefined();
    expect(data.counties.map((region: { id: string }) => region.id)).toEqual(['minquan', 'suixian']);
    expect(data.parks.length).toBeGreaterThan(3);
    expect(data.industries.length).toBe(10);
  });
});

describe('full-text search', () => {
  it('finds shoe firms by one Chinese character, a Chinese word and an English word', async () => {
    const { data, errors } = await stack.query<Record<string, { id: string; name: string; nameZh: string | null }[]>>(`{
      char: searchEnterprises(text: "鞋", first: 50) { id name nameZh }
      word: searchEnterprises(text: "金陆鞋业") { id name nameZh }
      english: searchEnterprises(text: "shoe", first: 50) { id name nameZh }
      regions: searchRegions(text: "上蔡") { id }
    }`);
    expect(errors).toBeUndefined();
    const withChar = demoEnterprises
      .filter((firm) => firm.nameZh?.includes('鞋'))
      .map((firm) => firm.id)
      .sort();
    expect(data!.char!.map((hit) => hit.id).sort()).toEqual(withChar);
    expect(data!.word!.map((hit) => hit.id)).toEqual(['henan-jinlu-shoes']);
    expect(data!.english!.length).toBeGreaterThan(3);
    expect(data!.english!.every((hit) => /shoe/i.test(hit.name))).toBe(true);
    expect(data!.regions!.map((region) => region.id)).toContain('shangcai');
  });

  it('treats Lucene syntax in the text as plain text', async () => {
    const { data, errors } = await stack.query<{ searchEnterprises: unknown[] }>(
      `{ searchEnterprises(text: "shoe* OR (\\"x\\" AND y~2) -z") { id } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.searchEnterprises).toEqual([]);
  });
});

describe('bad input is BAD_USER_INPUT with a message saying what to fix', () => {
  const cases: [string, string, RegExp][] = [
    ['a malformed credit code', '{ enterpriseByCreditCode(code: "123") { id } }', /18 characters/],
    ['a wrong check character', '{ enterpriseByCreditCode(code: "91110000600037341M") { id } }', /check character should be 'L'/],
    ['first above 100', '{ enterprises(first: 101) { totalCount } }', /first must be between 1 and 100/],
    ['first of 0', '{ enterprises(first: 0) { totalCount } }', /first must be between 1 and 100/],
    ['a bad cursor', '{ enterprises(after: "not-a-cursor") { totalCount } }', /after is not a cursor/],
    ['an empty search', '{ searchEnterprises(text: "  ") { id } }', /text must contain/],
    [
      'a link page of 500',
      '{ chainLink(id: "footwear/soles") { enterprises(first: 500) { totalCount } } }',
      /first must be between 1 and 100/,
    ],
  ];
  for (const [what, query, message] of cases) {
    it(what, async () => {
      const { errors } = await stack.query(query);
      expect(errors).toHaveLength(1);
      expect(errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors![0]!.message).toMatch(message);
    });
  }

  it('a cursor from another order', async () => {
    const first = await stack.query<{ enterprises: Page }>(ENTERPRISES, { first: 1 });
    const cursor = first.data!.enterprises.pageInfo.endCursor;
    const { errors } = await stack.query(ENTERPRISES, { first: 1, after: cursor, orderBy: { field: 'REVENUE' } });
    expect(errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('GB/T 4754-2017 industry classes', () => {
  const CLASS = `query ($code: String!) {
    industryClass(code: $code) { code name nameZh level parent { code nameZh } children { code } }
  }`;

  it('gives an entry by its code, with its parent and children', async () => {
    const { data, errors } = await stack.query<{ industryClass: unknown }>(CLASS, { code: 'C195' });
    expect(errors).toBeUndefined();
    expect(data!.industryClass).toEqual({
      code: 'C195',
      name: 'Footwear',
      nameZh: '制鞋业',
      level: 'GROUP',
      parent: { code: 'C19', nameZh: '皮革、毛皮、羽毛及其制品和制鞋业' },
      children: [{ code: 'C1951' }, { code: 'C1952' }, { code: 'C1953' }, { code: 'C1954' }, { code: 'C1959' }],
    });
    expect((await stack.query<{ industryClass: unknown }>(CLASS, { code: 'C1958' })).data!.industryClass).toBeNull();
  });

  it('searches by code start or name, of one level', async () => {
    const { data } = await stack.query<{ byCode: { code: string }[]; byName: { code: string }[]; sections: { code: string }[] }>(
      `{ byCode: industryClasses(search: "C19", level: GROUP) { code }
         byName: industryClasses(search: "皮鞋") { code }
         sections: industryClasses(level: SECTION, first: 100) { code } }`,
    );
    expect(data!.byCode.map((entry) => entry.code)).toEqual(['C191', 'C192', 'C193', 'C194', 'C195']);
    expect(data!.byName.map((entry) => entry.code)).toEqual(['C1952']);
    expect(data!.sections).toHaveLength(20);
    const tooMany = await stack.query('{ industryClasses(first: 1000) { code } }');
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("names a firm's industry as the standard does", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'chain-graph-industry-')), 'firm.csv');
    const body = '91411722MA0004754';
    const code = `${body}${creditCodeCheckCharacter(body)}`;
    writeFileSync(
      file,
      `统一社会信用代码,企业名称,行政区划代码,国标行业\n${code},上蔡国标鞋厂,411722,制造业>皮革、毛皮、羽毛及其制品和制鞋业>制鞋业>皮鞋制造\n`,
    );
    await importDataset(stack.driver, file);
    const { data } = await stack.query<{ enterpriseByCreditCode: unknown }>(
      `{ enterpriseByCreditCode(code: "${code}") { industryCode industryClass { code name nameZh level } } }`,
    );
    expect(data!.enterpriseByCreditCode).toEqual({
      industryCode: 'C1952',
      industryClass: { code: 'C1952', name: 'Leather footwear', nameZh: '皮鞋制造', level: 'CLASS' },
    });
  });
});
