/**
 * A region adopts a chain template of the library (src/chain-templates): the chain is created from the template where
 * it does not exist yet (its id is the template's), made a leading chain of the region, firms are placed in its links
 * by the template's rules (挂链), and the completeness of the region's leading chains is recorded. It goes in as an
 * import of a small dataset, so an adopted chain is exactly what importing the same chain from a file would give.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { chainTemplate, type ChainTemplate } from '../chain-templates/index.js';
import { industryClass } from '../industry-classification/index.js';
import { readRows } from '../neo4j/driver.js';
import { importDataset } from './import.js';
import type { AssignmentTally } from './rule-assignment.js';
import type { ChainInput, Dataset, IndustryInput } from './types.js';

export interface AdoptionResult {
  chainId: string;
  /** Whether the chain was made from the template now (false: it existed, and only became a leading chain). */
  created: boolean;
  /** 挂链 by the rules, over every firm without declared links, when the chain was created. */
  assignment: AssignmentTally | null;
}

/** Why a template cannot be adopted, in words the caller can act on. */
export class AdoptionRefusedError extends Error {
  override readonly name = 'AdoptionRefusedError';
  constructor(
    message: string,
    readonly kind: 'noTemplate' | 'noRegion',
  ) {
    super(message);
  }
}

const ADOPTION_STATE = `
  RETURN EXISTS { (:Region {id: $regionId}) } AS regionExists,
         EXISTS { (:Chain {id: $chainId}) } AS chainExists,
         head(COLLECT { MATCH (industry:Industry {code: $industryCode}) RETURN industry.id ORDER BY industry.id }) AS industryId`;

/** `by` is who adopts, as the chain's history names them (a token's subject, or the command line). */
export async function adoptChainTemplate(driver: Driver, regionId: string, templateId: string, by: string): Promise<AdoptionResult> {
  const template = chainTemplate(templateId);
  if (!template) {
    throw new AdoptionRefusedError(`There is no chain template '${templateId}'; chainTemplates lists them.`, 'noTemplate');
  }
  const [state] = await readRows<{ regionExists: boolean; chainExists: boolean; industryId: string | null }>(driver, ADOPTION_STATE, {
    regionId,
    chainId: template.id,
    industryCode: template.industryCode,
  });
  if (!state!.regionExists) throw new AdoptionRefusedError(`There is no Region '${regionId}'.`, 'noRegion');
  const dataset: Dataset = { priorities: [{ regionId, chainId: template.id }] };
  if (!state!.chainExists) {
    const industry = state!.industryId === null ? industryOf(template) : undefined;
    if (industry) dataset.industries = [industry];
    dataset.chains = [chainOf(template, state!.industryId ?? industry!.id)];
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'chain-template-'));
  try {
    const file = path.join(dir, `template-${template.id}.json`);
    writeFileSync(file, JSON.stringify(dataset));
    const result = await importDataset(driver, file, {
      chainEvent: { by, kind: 'ADOPTED', note: `${template.id} ${template.version} → ${regionId}` },
    });
    return { chainId: template.id, created: !state!.chainExists, assignment: state!.chainExists ? null : result.assignment };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The industry of the template's GB/T 4754-2017 code, for a database that has none with that code yet. */
function industryOf(template: ChainTemplate): IndustryInput {
  const entry = industryClass(template.industryCode)!;
  return { id: entry.code, name: entry.name, nameZh: entry.nameZh, code: entry.code };
}

function chainOf(template: ChainTemplate, industryId: string): ChainInput {
  return {
    id: template.id,
    name: template.name,
    nameZh: template.nameZh,
    industryId,
    links: template.links.map((link) => ({
      id: link.id,
      name: link.name,
      nameZh: link.nameZh,
      stage: link.stage,
      industryCodes: link.industryCodes,
      keywords: link.keywords,
      excludedKeywords: link.excludedKeywords,
    })),
    feeds: template.feeds,
  };
}
