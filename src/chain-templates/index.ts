/**
 * The chain library: national industry chain templates (产业链模板) a county adopts in one step, one JSON file per
 * template in ./templates/, reviewed like code. Each is checked as it loads — its shape (ajv), its GB/T 4754-2017
 * codes against the standard, its FEEDS edges forming a connected DAG, both languages — and a broken file stops
 * start-up naming the file and what to fix. README.md says how to write one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv, type JSONSchemaType } from 'ajv';
import { chainShapeProblems } from '../domain/chain-shape.js';
import { industryCodeRuleProblem } from '../industry-classification/index.js';

export type TemplateStage = 'UPSTREAM' | 'MIDSTREAM' | 'DOWNSTREAM';

/** A link as written in a template file: its id is a slug, unique in the template. */
export interface TemplateLinkFile {
  id: string;
  name: string;
  nameZh: string;
  stage: TemplateStage;
  /** GB/T 4754-2017 codes of its firms: exact, or a prefix ending in `*`. */
  industryCodes: string[];
  /** Words in a firm's products or business scope that place it in the link (挂链). */
  keywords: string[];
  /** 排除词: where one of these occurs, no keyword of the link places the firm. */
  excludedKeywords: string[];
  /** Typical products, in English and in Chinese, in the same order. */
  products: string[];
  productsZh: string[];
}

export interface ChainTemplateFile {
  id: string;
  name: string;
  nameZh: string;
  /** Raised when the template changes: MAJOR.MINOR. */
  version: string;
  /** The GB/T 4754-2017 code of the industry the chain belongs to (the chain's Industry when adopted). */
  industryCode: string;
  /** The public documents it follows, by title. */
  sources: string[];
  links: TemplateLinkFile[];
  /** `from>to` by link slug: the first link's output goes into the second. */
  feeds: string[];
}

/** A template as the product uses it: link ids are the chain's (`template/slug`), feeds are pairs of them. */
export interface ChainTemplate extends Omit<ChainTemplateFile, 'links' | 'feeds'> {
  links: TemplateLinkFile[];
  feeds: { from: string; to: string }[];
}

const SLUG = '^[a-z0-9]+(-[a-z0-9]+)*$';
const words = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const LINK_SCHEMA: JSONSchemaType<TemplateLinkFile> = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'nameZh', 'stage', 'industryCodes', 'keywords', 'excludedKeywords', 'products', 'productsZh'],
  properties: {
    id: { type: 'string', pattern: SLUG },
    name: { type: 'string', minLength: 1 },
    nameZh: { type: 'string', minLength: 1 },
    stage: { type: 'string', enum: ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'] },
    industryCodes: { ...words, minItems: 1 },
    keywords: { ...words, minItems: 1 },
    excludedKeywords: words,
    products: { ...words, minItems: 1 },
    productsZh: { ...words, minItems: 1 },
  },
};
const TEMPLATE_SCHEMA: JSONSchemaType<ChainTemplateFile> = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'nameZh', 'version', 'industryCode', 'sources', 'links', 'feeds'],
  properties: {
    id: { type: 'string', pattern: SLUG },
    name: { type: 'string', minLength: 1 },
    nameZh: { type: 'string', minLength: 1 },
    version: { type: 'string', pattern: '^\\d+\\.\\d+$' },
    industryCode: { type: 'string' },
    sources: { ...words, minItems: 1 },
    links: { type: 'array', items: LINK_SCHEMA, minItems: 8, maxItems: 25 },
    feeds: { type: 'array', items: { type: 'string', pattern: '^[a-z0-9-]+>[a-z0-9-]+$' }, minItems: 1 },
  },
};
const validateShape = new Ajv({ allErrors: true }).compile(TEMPLATE_SCHEMA);

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

/** Everything wrong with a template file's content, each in words saying what to fix; empty when it is sound. */
export function templateProblems(file: unknown): string[] {
  if (!validateShape(file)) {
    return (validateShape.errors ?? []).map((error) => `${error.instancePath || '(the file)'} ${error.message ?? 'is malformed'}`);
  }
  const problems: string[] = [];
  const bilingual = (where: string, name: string, nameZh: string) => {
    if (!LATIN.test(name) || HAN.test(name)) problems.push(`${where}: name '${name}' must be English`);
    if (!HAN.test(nameZh)) problems.push(`${where}: nameZh '${nameZh}' must be Chinese`);
  };
  bilingual('the template', file.name, file.nameZh);
  const codeProblem = industryCodeRuleProblem(file.industryCode);
  if (codeProblem || file.industryCode.endsWith('*')) problems.push(`industryCode: ${codeProblem ?? 'one code, without *'}`);
  const slugs = new Set<string>();
  for (const link of file.links) {
    const where = `link '${link.id}'`;
    if (slugs.has(link.id)) problems.push(`${where} is written twice`);
    slugs.add(link.id);
    bilingual(where, link.name, link.nameZh);
    for (const code of link.industryCodes) {
      const problem = industryCodeRuleProblem(code);
      if (problem) problems.push(`${where}: ${problem}`);
    }
    if (link.products.length !== link.productsZh.length) problems.push(`${where}: products and productsZh must name the same products`);
    const overlap = link.keywords.filter((word) => link.excludedKeywords.includes(word));
    if (overlap.length > 0) problems.push(`${where}: ${overlap.join(', ')} is both a keyword and an exclusion word`);
  }
  const feeds = file.feeds.map((feed) => {
    const [from, to] = feed.split('>') as [string, string];
    return { from, to };
  });
  return [...problems, ...chainShapeProblems([...slugs], feeds)];
}

/** A template broken in its file: names the file and every problem. */
export class ChainTemplateError extends Error {
  override readonly name = 'ChainTemplateError';
}

const TEMPLATES_DIR = new URL('./templates/', import.meta.url);

/** Reads and checks every template file; throws ChainTemplateError naming the first broken file and its problems. */
export function loadChainTemplates(dir: URL = TEMPLATES_DIR): ChainTemplate[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as unknown;
      const problems = templateProblems(file);
      const template = file as ChainTemplateFile;
      if (problems.length === 0 && `${template.id}.json` !== name) problems.push(`id '${template.id}' must be the file's name`);
      if (problems.length > 0) throw new ChainTemplateError(`chain template ${name}:\n  ${problems.join('\n  ')}`);
      return asTemplate(template);
    });
}

function asTemplate(file: ChainTemplateFile): ChainTemplate {
  const id = (slug: string) => `${file.id}/${slug}`;
  return {
    ...file,
    links: file.links.map((link) => ({ ...link, id: id(link.id) })),
    feeds: file.feeds.map((feed) => {
      const [from, to] = feed.split('>') as [string, string];
      return { from: id(from), to: id(to) };
    }),
  };
}

export const CHAIN_TEMPLATES: readonly ChainTemplate[] = loadChainTemplates();

export function chainTemplate(id: string): ChainTemplate | undefined {
  return CHAIN_TEMPLATES.find((template) => template.id === id);
}
