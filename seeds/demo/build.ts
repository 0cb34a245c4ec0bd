/**
 * Builds `seeds/demo.json` from the typed sources beside this file: `npm run seed:build-demo`.
 * Credit codes are computed (valid check characters, deterministic, illustrative — not the firms' real codes).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CREDIT_CODE_ALPHABET, creditCodeCheckCharacter } from '../../src/domain/credit-code.js';
import type { Dataset, EnterpriseInput } from '../../src/dataset/types.js';
import { CARRIERS } from './carriers.js';
import { CHAINS, INDUSTRIES, PRIORITIES } from './chains.js';
import { FIRMS } from './enterprises.js';
import { PROJECTS, SUPPLIES } from './supplies-and-projects.js';
import { PARKS, REGIONS } from './regions.js';

export const DEMO_JSON = fileURLToPath(new URL('../demo.json', import.meta.url));

/** '91' (enterprise, company) + the region's admin code + 9 characters derived from the id + the check character. */
export function illustrativeCreditCode(adminCode: string, id: string): string {
  const digest = createHash('sha256').update(id).digest();
  const organisation = [...digest.subarray(0, 9)].map((byte) => CREDIT_CODE_ALPHABET[byte % 31]).join('');
  const first17 = `91${adminCode}${organisation}`;
  return first17 + creditCodeCheckCharacter(first17)!;
}

export function buildDemoDataset(): Dataset {
  const regionById = new Map(REGIONS.map((region) => [region.id, region]));
  const parkById = new Map(PARKS.map((park) => [park.id, park]));
  const enterprises: EnterpriseInput[] = FIRMS.map((firm) => {
    const park = parkById.get(firm.place);
    const region = regionById.get(park ? park.regionId : firm.place);
    if (!region) throw new Error(`firm ${firm.id}: unknown place ${firm.place}`);
    const { place, ...fields } = firm;
    return {
      ...fields,
      creditCode: illustrativeCreditCode(region.code, firm.id),
      ...(park ? { parkId: place } : { regionId: place }),
    };
  });
  return {
    regions: REGIONS,
    parks: PARKS,
    carriers: CARRIERS,
    industries: INDUSTRIES,
    chains: CHAINS,
    enterprises,
    supplies: SUPPLIES,
    priorities: Object.entries(PRIORITIES).flatMap(([regionId, chainIds]) => chainIds.map((chainId) => ({ regionId, chainId }))),
    projects: PROJECTS,
  };
}

export function demoDatasetJson(): string {
  return `${JSON.stringify({ $schema: './dataset.schema.json', ...buildDemoDataset() }, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(DEMO_JSON, demoDatasetJson());
  console.log(`Wrote ${DEMO_JSON}`);
}
