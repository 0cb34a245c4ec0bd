import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CHAIN_TEMPLATES,
  ChainTemplateError,
  chainTemplate,
  loadChainTemplates,
  templateProblems,
  type ChainTemplateFile,
} from '../../src/chain-templates/index.js';
import { industryClass } from '../../src/industry-classification/index.js';

/** The template ids clients are written against. */
const CONTRACT_IDS = [
  'footwear',
  'refrigeration-appliances',
  'cold-chain-logistics',
  'beverages',
  'packaging',
  'green-building-materials',
  'prefabricated-buildings',
  'copper-materials',
  'internet-of-things',
  'smartphones-displays',
  'integrated-circuits',
  'new-energy-vehicles',
  'auto-parts',
  'lithium-batteries',
  'photovoltaics',
  'hydrogen-energy',
  'cnc-machine-tools',
  'industrial-robots',
  'biomedicine',
  'medical-devices',
  'textiles-apparel',
  'agricultural-products-processing',
  'fine-chemicals',
  'renewable-resources',
];

const footwearFile = (): ChainTemplateFile =>
  JSON.parse(readFileSync(new URL('../../src/chain-templates/templates/footwear.json', import.meta.url), 'utf8')) as ChainTemplateFile;

describe('the chain library', () => {
  it('has every template of the contract, each loaded and checked', () => {
    expect(CHAIN_TEMPLATES.map((template) => template.id).sort()).toEqual([...CONTRACT_IDS].sort());
  });

  describe.each(CHAIN_TEMPLATES.map((template) => [template.id, template] as const))('%s', (_id, template) => {
    it('has 8 to 25 links in both languages, each with codes of GB/T 4754-2017, keywords and products', () => {
      expect(template.links.length).toBeGreaterThanOrEqual(8);
      expect(template.links.length).toBeLessThanOrEqual(25);
      expect(template.name).toMatch(/^[\x20-\x7e–—’]+$/);
      expect(template.nameZh).toMatch(/\p{Script=Han}/u);
      expect(industryClass(template.industryCode)).toBeDefined();
      for (const link of template.links) {
        expect(link.id.startsWith(`${template.id}/`)).toBe(true);
        expect(link.nameZh).toMatch(/\p{Script=Han}/u);
        for (const code of link.industryCodes) expect(industryClass(code.replace(/\*$/, '')), `${link.id} ${code}`).toBeDefined();
        expect(link.keywords.length).toBeGreaterThan(0);
        expect(link.products.length).toBe(link.productsZh.length);
      }
      expect(template.sources.length).toBeGreaterThan(1);
      expect(template.version).toMatch(/^\d+\.\d+$/);
    });

    it('flows one way through every link: FEEDS edges between its own links, no circle, none left apart', () => {
      const ids = new Set(template.links.map((link) => link.id));
      for (const feed of template.feeds) expect(ids.has(feed.from) && ids.has(feed.to), `${feed.from}>${feed.to}`).toBe(true);
      const touched = new Set(template.feeds.flatMap((feed) => [feed.from, feed.to]));
      expect([...ids].filter((id) => !touched.has(id))).toEqual([]);
    });
  });

  it('finds a template by id', () => {
    expect(chainTemplate('footwear')).toMatchObject({ id: 'footwear', nameZh: '制鞋' });
    expect(chainTemplate('footwear')!.feeds).toContainEqual({ from: 'footwear/uppers', to: 'footwear/leather-shoes' });
    expect(chainTemplate('no-such-template')).toBeUndefined();
  });
});

describe('a template file with a mistake', () => {
  const broken: [string, (file: ChainTemplateFile) => void, RegExp][] = [
    [
      'a code the standard does not have',
      (file) => (file.links[0]!.industryCodes = ['C1958']),
      /link 'leather': 'C1958' is not a GB\/T 4754-2017 code/,
    ],
    ['an English name in Chinese', (file) => (file.links[1]!.name = '合成革'), /link 'synthetic-leather': name '合成革' must be English/],
    ['a Chinese name in English', (file) => (file.nameZh = 'Footwear'), /the template: nameZh 'Footwear' must be Chinese/],
    [
      'a feed to a link it does not have',
      (file) => file.feeds.push('uppers>hats'),
      /feed 'uppers>hats' names a link the chain does not have/,
    ],
    [
      'feeds going round in a circle',
      (file) => file.feeds.push('retail>leather'),
      /the feeds go round in a circle: .*leather > uppers > leather-shoes > brands-wholesale > retail > leather/,
    ],
    [
      'a link nothing connects',
      (file) => (file.feeds = file.feeds.filter((feed) => !feed.includes('machinery'))),
      /links machinery are fed by nothing of the chain and feed nothing of it/,
    ],
    ['a link written twice', (file) => file.links.push({ ...file.links[0]! }), /link 'leather' is written twice/],
    ['too few links', (file) => (file.links = file.links.slice(0, 7)), /\/links must NOT have fewer than 8 items/],
    [
      'products in one language only',
      (file) => file.links[0]!.productsZh.pop(),
      /link 'leather': products and productsZh must name the same products/,
    ],
  ];
  for (const [what, change, problem] of broken) {
    it(`is refused for ${what}, saying what to fix`, () => {
      const file = footwearFile();
      change(file);
      expect(templateProblems(file).join('\n')).toMatch(problem);
    });
  }

  it('stops loading the library, naming the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'templates-'));
    const file = footwearFile();
    file.links[0]!.industryCodes = ['C1958'];
    writeFileSync(path.join(dir, 'footwear.json'), JSON.stringify(file));
    const load = () => loadChainTemplates(pathToFileURL(`${dir}/`));
    expect(load).toThrow(ChainTemplateError);
    expect(load).toThrow(/chain template footwear.json:\n {2}link 'leather': 'C1958'/);
  });

  it('stops loading a file whose id is not its name', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'templates-'));
    writeFileSync(path.join(dir, 'shoes.json'), JSON.stringify(footwearFile()));
    expect(() => loadChainTemplates(pathToFileURL(`${dir}/`))).toThrow(/id 'footwear' must be the file's name/);
  });
});
