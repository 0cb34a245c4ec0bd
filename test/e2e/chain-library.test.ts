import { describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.js';

const stack = useStack();

interface TemplateAnswer {
  id: string;
  name: string;
  nameZh: string;
  version: string;
  sources: string[];
  industryCode: string;
  links: { id: string; stage: string; industryCodes: string[]; keywords: string[]; excludedKeywords: string[]; products: string[] }[];
  feeds: { from: string; to: string }[];
}

const FIELDS = `id name nameZh version sources industryCode
  links { id name nameZh stage industryCodes keywords excludedKeywords products productsZh } feeds { from to }`;

describe('the chain library through the gateway', () => {
  it('lists the 24 templates to anyone, each with its links, codes, keywords, products and sources', async () => {
    const { data, errors } = await stack.query<{ chainTemplates: TemplateAnswer[] }>(`{ chainTemplates { ${FIELDS} } }`);
    expect(errors).toBeUndefined();
    expect(data!.chainTemplates).toHaveLength(24);
    const footwear = data!.chainTemplates.find((template) => template.id === 'footwear')!;
    expect(footwear).toMatchObject({ name: 'Footwear', nameZh: '制鞋', version: '1.0', industryCode: 'C195' });
    expect(footwear.links[0]).toEqual({
      id: 'footwear/leather',
      name: 'Leather tanning',
      nameZh: '皮革鞣制',
      stage: 'UPSTREAM',
      industryCodes: ['C1910'],
      keywords: ['皮革', '牛皮', '羊皮', '鞣制', '头层皮'],
      excludedKeywords: ['皮革服装', '皮具零售'],
      products: ['Finished cowhide', 'Split leather'],
      productsZh: ['成品牛皮', '二层皮'],
    });
    expect(footwear.feeds).toContainEqual({ from: 'footwear/soles', to: 'footwear/sports-shoes' });
    expect(footwear.sources).toContain("Suixian's Industrial Agglomeration: Cultivating Leading Industries Such As Shoemaking");
  });

  it('finds one by id, and answers null for one it does not have', async () => {
    const { data, errors } = await stack.query<{ found: TemplateAnswer | null; missing: TemplateAnswer | null }>(
      '{ found: chainTemplate(id: "lithium-batteries") { id links { id } } missing: chainTemplate(id: "no-such-template") { id } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.found!.links).toHaveLength(13);
    expect(data!.missing).toBeNull();
  });
});
