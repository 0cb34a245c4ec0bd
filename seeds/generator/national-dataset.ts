import { CREDIT_CODE_ALPHABET, creditCodeCheckCharacter } from '../../src/domain/credit-code.js';
import type { ChainInput } from '../../src/dataset/types.js';
import { CHAINS, INDUSTRIES } from '../demo/chains.js';
import { DatasetWriter } from './json-writer.js';
import { PROVINCES, placeName, tradeName } from './names.js';
import { Random, WeightedPicker } from './random.js';

export interface GeneratorOptions {
  enterprises: number;
  seed: number;
  out: string;
  /** Per province; about 10 × 31 ≈ 300 cities. */
  citiesPerProvince?: number;
  /** Per city; about 9 × 300 ≈ 2,800 counties. */
  countiesPerCity?: number;
}

export interface GeneratedCounts {
  regions: number;
  parks: number;
  industries: number;
  chains: number;
  enterprises: number;
  supplies: number;
  priorities: number;
  bytes: number;
  /** The county with the most firms: where a benchmark finds the busiest analyses. */
  busiestCounty: { id: string; enterprises: number };
}

interface County {
  id: string;
  name: string;
  nameZh: string;
  division: string;
  parkIds: string[];
  /** Indexes into CHAINS of the county's leading chains. */
  leadingChains: number[];
}

const PARK_KINDS = ['AGGLOMERATION_AREA', 'INDUSTRIAL_PARK', 'HIGH_TECH_ZONE', 'DEVELOPMENT_ZONE'] as const;
const LINKS = CHAINS.flatMap((chain, chainIndex) => chain.links.map((link) => ({ ...link, chainIndex })));
const LINK_INDEX = new Map(LINKS.map((link, index) => [link.id, index]));
/** For each link, the links it feeds: suppliers in a link mostly sell to firms of these. */
const DOWNSTREAM: number[][] = LINKS.map((link) => {
  const chain = CHAINS[link.chainIndex]! as ChainInput;
  return (chain.feeds ?? []).filter((feed) => feed.from === link.id).map((feed) => LINK_INDEX.get(feed.to)!);
});

/** A valid, unique unified social credit code: '91' (a company), the county's division code, a serial, the check. */
function creditCode(division: string, serial: number): string {
  let organisation = '';
  for (let rest = serial, place = 0; place < 9; place += 1, rest = Math.floor(rest / 30))
    organisation = CREDIT_CODE_ALPHABET[rest % 30]! + organisation;
  const first17 = `91${division}${organisation}`;
  return first17 + creditCodeCheckCharacter(first17)!;
}

/**
 * Writes a national dataset in the DATASET.md format: 31 provinces, their cities and counties, parks, the demo's
 * chains, `enterprises` firms spread over counties with a Zipf-like skew (a few busy counties, a long tail),
 * log-normal revenue, a few percent leading or listed, and SUPPLIES edges (a Pareto number per firm, about 5 on
 * average) mostly to firms of the links their own link feeds, often in their own county.
 * Only per-firm numbers (county, link) are kept in memory; records are streamed to the file.
 */
export async function generateNationalDataset(options: GeneratorOptions): Promise<GeneratedCounts> {
  const random = new Random(options.seed);
  const writer = new DatasetWriter(options.out);
  const { regions, counties } = regionTree(random, options.citiesPerProvince ?? 10, options.countiesPerCity ?? 9);
  const parks = parksOf(random, counties);
  await writer.section('regions', regions);
  await writer.section('parks', parks);
  await writer.section('industries', INDUSTRIES);
  await writer.section('chains', CHAINS);

  const firms: FirmFacts = {
    county: new Uint16Array(options.enterprises),
    link: new Uint16Array(options.enterprises),
    revenue: new Float64Array(options.enterprises),
    perCounty: new Uint32Array(counties.length),
  };
  const countyPicker = skewedCountyPicker(random, counties.length);
  const enterpriseCount = await writer.section('enterprises', enterpriseRecords(random, counties, countyPicker, firms));
  const supplyCount = await writer.section('supplies', supplyRecords(random, firms));
  const priorities = counties.flatMap((county) =>
    county.leadingChains.map((chainIndex) => ({ regionId: county.id, chainId: CHAINS[chainIndex]!.id })),
  );
  await writer.section('priorities', priorities);
  await writer.close();

  let busiest = 0;
  for (let index = 1; index < counties.length; index += 1) if (firms.perCounty[index]! > firms.perCounty[busiest]!) busiest = index;
  return {
    regions: regions.length,
    parks: parks.length,
    industries: INDUSTRIES.length,
    chains: CHAINS.length,
    enterprises: enterpriseCount,
    supplies: supplyCount,
    priorities: priorities.length,
    bytes: writer.bytes,
    busiestCounty: { id: counties[busiest]!.id, enterprises: firms.perCounty[busiest]! },
  };
}

/** Per generated firm (by index): what the supply edges need, kept as numbers so a million firms fit. */
interface FirmFacts {
  county: Uint16Array;
  link: Uint16Array;
  revenue: Float64Array;
  perCounty: Uint32Array;
}

/** 31 provinces, each with its cities and their counties. */
function regionTree(random: Random, citiesPerProvince: number, countiesPerCity: number) {
  const regions: Array<Record<string, unknown>> = [];
  const counties: County[] = [];
  PROVINCES.forEach(([provinceId, name, nameZh], provinceIndex) => {
    regions.push({ id: provinceId, name, nameZh, level: 'PROVINCE', source: 'generated' });
    for (let city = 1; city <= citiesPerProvince; city += 1) {
      const cityId = `${provinceId}-c${city}`;
      const cityName = placeName(random);
      regions.push({
        id: cityId,
        name: `${cityName.name} City`,
        nameZh: `${cityName.nameZh}市`,
        level: 'CITY',
        parentId: provinceId,
        source: 'generated',
      });
      for (let county = 1; county <= countiesPerCity; county += 1) {
        const countyName = placeName(random);
        const id = `${cityId}-k${county}`;
        const division = String(110000 + provinceIndex * 10000 + city * 100 + county).padStart(6, '0');
        const leadingChains = [
          ...new Set([random.below(CHAINS.length), random.below(CHAINS.length), random.below(CHAINS.length)].slice(0, 1 + random.below(3))),
        ];
        counties.push({ id, name: `${countyName.name} County`, nameZh: `${countyName.nameZh}县`, division, parkIds: [], leadingChains });
        regions.push({
          id,
          name: `${countyName.name} County`,
          nameZh: `${countyName.nameZh}县`,
          level: 'COUNTY',
          parentId: cityId,
          source: 'generated',
        });
      }
    }
  });
  return { regions, counties };
}

/** Up to three parks per county. */
function parksOf(random: Random, counties: County[]) {
  return counties.flatMap((county) =>
    Array.from({ length: random.below(4) }, (_, index) => {
      const id = `${county.id}-park${index + 1}`;
      county.parkIds.push(id);
      const kind = random.pick(PARK_KINDS);
      return {
        id,
        name: `${county.name.replace(/ County$/, '')} ${kind === 'HIGH_TECH_ZONE' ? 'High-tech Zone' : 'Industrial Park'} ${index + 1}`,
        nameZh: `${county.nameZh}${kind === 'HIGH_TECH_ZONE' ? '高新区' : '产业园'}${index + 1}`,
        regionId: county.id,
        kind,
        source: 'generated',
      };
    }),
  );
}

/** A few busy counties, a long tail: weight 1 / rank^0.7 over a shuffled ranking. */
function skewedCountyPicker(random: Random, countyCount: number): WeightedPicker {
  const countyWeights = Array.from({ length: countyCount }, (_, index) => 1 / Math.pow(index + 1, 0.7));
  for (let index = countyWeights.length - 1; index > 0; index -= 1) {
    const other = random.below(index + 1);
    [countyWeights[index], countyWeights[other]] = [countyWeights[other]!, countyWeights[index]!];
  }
  return new WeightedPicker(countyWeights);
}

function* enterpriseRecords(random: Random, counties: County[], countyPicker: WeightedPicker, firms: FirmFacts) {
  for (let index = 0; index < firms.county.length; index += 1) {
    const countyIndex = countyPicker.pick(random);
    const county = counties[countyIndex]!;
    const chainIndex = random.chance(0.65) ? random.pick(county.leadingChains) : random.below(CHAINS.length);
    const link = random.pick(CHAINS[chainIndex]!.links);
    const linkIds = [link.id];
    const downstream = DOWNSTREAM[LINK_INDEX.get(link.id)!]!;
    if (downstream.length > 0 && random.chance(0.2)) linkIds.push(LINKS[random.pick(downstream)]!.id);
    const revenue = Math.round(Math.min(5e11, random.logNormal(3e7, 1.6)));
    const trade = tradeName(random);
    firms.county[index] = countyIndex;
    firms.link[index] = LINK_INDEX.get(link.id)!;
    firms.revenue[index] = revenue;
    firms.perCounty[countyIndex]! += 1;
    const located = county.parkIds.length > 0 && random.chance(0.5) ? { parkId: random.pick(county.parkIds) } : { regionId: county.id };
    yield {
      id: `g${index}`,
      name: `${county.name.replace(/ County$/, '')} ${trade.name} ${link.name} Co., Ltd.`,
      nameZh: `${county.nameZh.replace(/县$/, '')}${trade.nameZh}${link.nameZh ?? ''}有限公司`,
      creditCode: creditCode(county.division, index),
      ...located,
      linkIds,
      revenue,
      employees: Math.max(5, Math.round(revenue / random.logNormal(6e5, 0.5))),
      leading: random.chance(Math.min(0.6, 0.01 + revenue / 2e10)),
      listed: random.chance(Math.min(0.5, 0.005 + revenue / 4e10)),
      source: 'generated',
    };
  }
}

/** Each firm sells to firms of the links its link feeds, in its own county first (read once every firm exists). */
function* supplyRecords(random: Random, firms: FirmFacts) {
  const firmsByLink: number[][] = LINKS.map(() => []);
  const firmsByLinkAndCounty = new Map<number, number[]>();
  for (let firm = 0; firm < firms.county.length; firm += 1) {
    firmsByLink[firms.link[firm]!]!.push(firm);
    const key = firms.link[firm]! * 65536 + firms.county[firm]!;
    let local = firmsByLinkAndCounty.get(key);
    if (!local) firmsByLinkAndCounty.set(key, (local = []));
    local.push(firm);
  }
  for (let supplier = 0; supplier < firms.county.length; supplier += 1) {
    if (random.chance(0.2)) continue;
    const customers = Math.min(300, Math.floor(random.pareto(2.9, 1.7)));
    const downstream = DOWNSTREAM[firms.link[supplier]!]!;
    const chosen = new Set<number>();
    for (let attempt = 0; attempt < customers * 2 && chosen.size < customers; attempt += 1) {
      let pool: number[] | undefined;
      if (downstream.length > 0 && random.chance(0.9)) {
        const link = random.pick(downstream);
        pool = random.chance(0.4) ? firmsByLinkAndCounty.get(link * 65536 + firms.county[supplier]!) : undefined;
        pool ??= firmsByLink[link];
      } else {
        pool = firmsByLink[random.below(LINKS.length)];
      }
      if (!pool || pool.length === 0) continue;
      const customer = random.pick(pool);
      if (customer !== supplier) chosen.add(customer);
    }
    for (const customer of chosen) {
      const annualValue = Math.round(Math.max(1e4, Math.min(firms.revenue[supplier]! * 0.2, random.logNormal(2e6, 1.2))));
      yield { supplierId: `g${supplier}`, customerId: `g${customer}`, linkId: LINKS[firms.link[supplier]!]!.id, annualValue };
    }
  }
}
