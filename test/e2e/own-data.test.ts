import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDataset, importNationalRegions } from '../../src/dataset/import.js';
import { useStack } from '../support/stack.js';

const stack = useStack();
const example = (name: string) => path.join(import.meta.dirname, '../../seeds/examples/registry', name);

beforeAll(async () => {
  await importNationalRegions(stack.driver);
  await importDataset(stack.driver, [example('enterprises.csv'), example('supplies.csv')]);
});

describe('the national division layer through the API', () => {
  it('gives each region its code, finds a region by code, and searches by the digits a code starts with', async () => {
    const { data, errors } = await stack.query<{
      shangcai: { id: string; code: string; parent: { id: string } };
      xiping: { id: string; name: string; nameZh: string; parent: { id: string } };
      none: null;
      found: { code: string }[];
    }>(`{
      shangcai: regionByCode(code: "411722") { id code parent { id } }
      xiping: regionByCode(code: "411721") { id name nameZh parent { id } }
      none: regionByCode(code: "419999") { id }
      found: searchRegions(text: "41172", first: 3) { code }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      shangcai: { id: 'shangcai', code: '411722', parent: { id: 'zhumadian' } },
      xiping: { id: '411721', name: 'Xiping County', nameZh: '西平县', parent: { id: 'zhumadian' } },
      none: null,
      found: [{ code: '411721' }, { code: '411722' }, { code: '411723' }],
    });
  });

  it('refuses a malformed code as BAD_USER_INPUT', async () => {
    const { errors } = await stack.query(`{ regionByCode(code: "4117") { id } }`);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('a firm from a registry export', () => {
  it('shows its registry facts and why it is in each link', async () => {
    const { data, errors } = await stack.query<{ enterpriseByCreditCode: unknown }>(`{
      enterpriseByCreditCode(code: "91411722MA9XK10012") {
        nameZh industryCode mainProducts revenue region { id }
        linkAssignments { link { id } basis evidence }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.enterpriseByCreditCode).toEqual({
      nameZh: '上蔡县恒步鞋底有限公司',
      industryCode: 'C2919',
      mainProducts: 'EVA鞋底;橡胶大底',
      revenue: 86_000_000,
      region: { id: 'shangcai' },
      // Its industry code is more specific evidence than a keyword of its main products (docs/dataset.md, 挂链).
      linkAssignments: [{ link: { id: 'footwear/rubber-eva' }, basis: 'INDUSTRY_CODE', evidence: 'industry code C2919 matches C291*' }],
    });
  });

  it('shows a demo link’s rules', async () => {
    const { data } = await stack.query<{
      chain: { links: { id: string; industryCodes: string[]; keywords: string[]; excludedKeywords: string[] }[] };
    }>(`{ chain(id: "footwear") { links { id industryCodes keywords excludedKeywords } } }`);
    expect(data!.chain.links.find((link) => link.id === 'footwear/shoe-assembly')).toEqual({
      id: 'footwear/shoe-assembly',
      industryCodes: ['C195*'],
      keywords: ['成鞋', '皮鞋', '运动鞋', '休闲鞋', '女鞋', '男鞋', '童鞋', '劳保鞋', '安全鞋', '布鞋', '凉鞋'],
      excludedKeywords: [],
    });
    expect(data!.chain.links.find((link) => link.id === 'footwear/soles')).toMatchObject({
      keywords: ['鞋底', '大底', '中底'],
      excludedKeywords: ['模具', '鞋模'],
    });
  });
});
