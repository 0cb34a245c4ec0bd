import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../../src/domain/credit-code.js';
import { importDataset } from '../../src/dataset/import.js';
import { readRows } from '../../src/neo4j/driver.js';
import { testNeo4jUri } from '../support/neo4j.js';
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
    expect(footwear).toMatchObject({ name: 'Footwear', nameZh: '制鞋', version: '1.1', industryCode: 'C195' });
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

/** A credit code that passes its check character, from 17 digits. */
const creditCode = (first17: string) => `${first17}${creditCodeCheckCharacter(first17)}`;

/** Two firms of Shangcai no chain holds yet: a cell maker, by its GB/T code, and a separator maker, by its products. */
async function importUnplacedFirms() {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'library-')), 'firms.json');
  const firm = (id: string, name: string, code: string, extra: Record<string, string>) => ({
    id,
    name,
    nameZh: name,
    creditCode: creditCode(code),
    regionId: 'shangcai',
    ...extra,
  });
  writeFileSync(
    file,
    JSON.stringify({
      enterprises: [
        firm('shangcai-cells', 'Shangcai Cells', '91411722000000001', { industryCode: 'C3841' }),
        firm('shangcai-film', 'Shangcai Film', '91411722000000002', { mainProducts: '湿法隔膜' }),
      ],
    }),
  );
  await importDataset(stack.driver, file);
}

const linksOf = async (firmId: string) =>
  (
    await readRows<{ id: string }>(
      stack.driver,
      'MATCH (:Enterprise {id: $firmId})-[:OPERATES_IN]->(link:ChainLink) RETURN link.id AS id',
      {
        firmId,
      },
    )
  ).map((row) => row.id);

describe('adopting a template', () => {
  const planner = stack.as('planner', 'shangcai');

  it('makes the chain, a leading chain of the region, places its firms by the rules and records its completeness', async () => {
    await importUnplacedFirms();
    const { data, errors } = await planner<{ adoptChainTemplate: { id: string; links: { id: string }[] } }>(
      'mutation { adoptChainTemplate(regionId: "shangcai", templateId: "lithium-batteries") { id links { id } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.adoptChainTemplate.id).toBe('lithium-batteries');
    expect(data!.adoptChainTemplate.links).toHaveLength(13);
    // C3841 is a code of three links: the cells, the packs and energy storage.
    expect(await linksOf('shangcai-cells')).toEqual(
      expect.arrayContaining(['lithium-batteries/cells', 'lithium-batteries/packs-bms', 'lithium-batteries/energy-storage']),
    );
    expect(await linksOf('shangcai-film')).toEqual(['lithium-batteries/separator']);

    const overview = await planner<{
      region: { chainOverview: { chain: { id: string }; completeness: number; history: { completeness: number }[] }[] };
    }>('{ region(id: "shangcai") { chainOverview { chain { id } completeness history { completeness } } } }');
    expect(overview.errors).toBeUndefined();
    const adopted = overview.data!.region.chainOverview.find((chain) => chain.chain.id === 'lithium-batteries')!;
    // The cell maker's three links and the separator: 4 of 13 links present.
    expect(adopted.completeness).toBeCloseTo(4 / 13, 10);
    expect(adopted.history.at(-1)!.completeness).toBeCloseTo(4 / 13, 10);

    const gaps = await planner<{ chainGaps: { presentLinkCount: number; gaps: { kind: string }[] } }>(
      '{ chainGaps(regionId: "shangcai", chainId: "lithium-batteries") { presentLinkCount gaps { kind } } }',
    );
    expect(gaps.errors).toBeUndefined();
    expect(gaps.data!.chainGaps.presentLinkCount).toBe(4);
  });

  it('only makes an existing chain a leading chain of another region, and drops it again', async () => {
    const admin = stack.as('admin');
    const adopted = await admin('mutation { adoptChainTemplate(regionId: "weihui", templateId: "lithium-batteries") { id } }');
    expect(adopted.errors).toBeUndefined();
    const leading = async () =>
      (
        await readRows<{ id: string }>(stack.driver, 'MATCH (:Region {id: "weihui"})-[:PRIORITIZES]->(chain:Chain) RETURN chain.id AS id')
      ).map((row) => row.id);
    expect(await leading()).toContain('lithium-batteries');
    const [chains] = await readRows<{ count: number }>(
      stack.driver,
      'MATCH (chain:Chain {id: "lithium-batteries"}) RETURN count(chain) AS count',
    );
    expect(chains!.count).toBe(1);

    const dropped = await admin<{ dropLeadingChain: { id: string } }>(
      'mutation { dropLeadingChain(regionId: "weihui", chainId: "lithium-batteries") { id } }',
    );
    expect(dropped.errors).toBeUndefined();
    expect(dropped.data!.dropLeadingChain.id).toBe('weihui');
    expect(await leading()).not.toContain('lithium-batteries');
    const again = await admin('mutation { dropLeadingChain(regionId: "weihui", chainId: "lithium-batteries") { id } }');
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'chainId' });
  });

  it('is refused outside the planner’s region, for a template or region that does not exist, and to other roles', async () => {
    const outside = await planner('mutation { adoptChainTemplate(regionId: "weihui", templateId: "photovoltaics") { id } }');
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noTemplate = await planner('mutation { adoptChainTemplate(regionId: "shangcai", templateId: "no-such-template") { id } }');
    expect(noTemplate.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(noTemplate.errors?.[0]?.message).toMatch(/no chain template 'no-such-template'/);
    const noRegion = await stack.as('admin')('mutation { adoptChainTemplate(regionId: "atlantis", templateId: "photovoltaics") { id } }');
    expect(noRegion.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const analyst = await stack.as('analyst')('mutation { adoptChainTemplate(regionId: "shangcai", templateId: "photovoltaics") { id } }');
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [photovoltaics] = await readRows<{ count: number }>(
      stack.driver,
      'MATCH (chain:Chain {id: "photovoltaics"}) RETURN count(chain) AS count',
    );
    expect(photovoltaics!.count).toBe(0);
  });
});

describe('npm run seed -- --template ID --region ID', () => {
  const seed = (...args: string[]) =>
    promisify(execFile)('npx', ['tsx', 'src/dataset/cli.ts', ...args], { env: { ...process.env, NEO4J_URI: testNeo4jUri() } });

  it('adopts a template for a region, saying what it made and what the link rules placed', async () => {
    const { stdout } = await seed('--template', 'photovoltaics', '--region', 'shangcai');
    expect(stdout).toContain(
      "Made the chain 'photovoltaics' from its template (version 1.1, 10 links) and made it a leading chain of shangcai.",
    );
    expect(stdout).toMatch(/Link rules \(挂链\) ran for \d+ firms without declared links/);
    const again = await seed('--template', 'photovoltaics', '--region', 'shangcai');
    expect(again.stdout).toContain("The chain 'photovoltaics' was there already; it is now a leading chain of shangcai.");
  });

  it('refuses --template without --region, and a template it does not have, saying so', async () => {
    const alone = await seed('--template', 'photovoltaics').catch((error: { code: number; stderr: string }) => error);
    expect(alone).toMatchObject({ code: 2, stderr: expect.stringContaining('--template and --region go together') });
    const unknown = await seed('--template', 'no-such-template', '--region', 'shangcai').catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringContaining("There is no chain template 'no-such-template'") });
  });
});
