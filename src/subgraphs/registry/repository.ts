import type { Driver } from 'neo4j-driver';
import type { RegistrationStatus } from '../../domain/registration-status.js';
import { cypherInteger, type Params } from '../../neo4j/driver.js';
import { Neo4jRepository } from '../../neo4j/repository.js';
import type { Page } from '../../graphql/paging.js';
import { firmAtOrUnder, regionAtOrUnder } from '../../neo4j/cypher-fragments.js';
import { datasetStatus, type DatasetStatus } from '../../dataset/status.js';
import type {
  CarrierKind,
  CarrierStatus,
  EnterpriseFilter,
  EnterpriseOrderField,
  OrderDirection,
  ParkKind,
  RecordSource,
  RegionLevel,
} from './generated/resolvers-types.js';

/** A page of a list ordered by id: at most `first`, those after the id `after`. */
export interface IdPage {
  first: number;
  after: string | null;
}

export interface RegionRecord {
  id: string;
  name: string;
  nameZh: string | null;
  level: RegionLevel;
  /** GB/T 2260 code, where known. */
  code: string | null;
  parentId: string | null;
  source: RecordSource | null;
}

export interface CarrierRecord {
  id: string;
  name: string;
  nameZh: string | null;
  kind: CarrierKind;
  parkId: string;
  areaM2: number;
  availableFrom: string | null;
  status: CarrierStatus;
  powerKva: number | null;
  floorLoadKgPerM2: number | null;
  rentYuanPerM2Month: number | null;
  source: RecordSource | null;
}

/** What Region.carriers asks for besides the region: one query per distinct filter. */
export interface CarrierFilter {
  status: CarrierStatus | null;
  kind: CarrierKind | null;
  minAreaM2: number | null;
  first: number;
}

export interface ParkRecord {
  id: string;
  name: string;
  nameZh: string | null;
  kind: ParkKind;
  regionId: string;
  source: RecordSource | null;
}

/** An entry of GB/T 4754-2017: reference data the registry serves from memory, not from the graph. */
export type { IndustryClass as IndustryClassRecord } from '../../industry-classification/index.js';

export interface IndustryRecord {
  id: string;
  name: string;
  nameZh: string | null;
  code: string | null;
  source: RecordSource | null;
}

export interface EnterpriseRecord {
  id: string;
  name: string;
  nameZh: string | null;
  creditCode: string;
  revenue: number | null;
  employees: number | null;
  industryCode: string | null;
  businessScope: string | null;
  mainProducts: string | null;
  leading: boolean;
  listed: boolean;
  registrationStatus: RegistrationStatus;
  registrationStatusSince: string | null;
  registeredCapital: { amount: number; currency: string } | null;
  foundedOn: string | null;
  companyType: string | null;
  address: string | null;
  contact: { legalRepresentative: string | null; phone: string | null } | null;
  parkId: string | null;
  /** The region it is located in, directly or through its park; null only while an import has not yet written it. */
  regionId: string | null;
  source: RecordSource | null;
}

export interface EnterpriseOrder {
  field: EnterpriseOrderField;
  direction: OrderDirection;
}

/** A page of `enterprises`, with what `totalCount` needs to count every match. */
export interface EnterprisePageRecord extends Page<EnterpriseRecord> {
  filter: EnterpriseFilter;
}

/** A keyset position to continue after: the sort value and id of the last enterprise of the previous page. */
export interface EnterprisePosition {
  value: string | number;
  id: string;
}

// Map projections shared by the queries below. Sources are stored lower-case as in the dataset files.
const REGION = 'region { .id, .name, .nameZh, .level, .code, parentId: parent.id, source: toUpper(region.source) }';
const PARK = 'park { .id, .name, .nameZh, .kind, regionId: region.id, source: toUpper(park.source) }';
const INDUSTRY = 'industry { .id, .name, .nameZh, .code, source: toUpper(industry.source) }';

/** Expects `e` bound to an Enterprise; yields `enterprise`, the record with its location resolved. */
const ENTERPRISE_RECORD = `
  CALL (e) {
    OPTIONAL MATCH (e)-[:LOCATED_IN]->(park:Park)-[:IN]->(parkRegion:Region)
    OPTIONAL MATCH (e)-[:LOCATED_IN]->(region:Region)
    RETURN e {
      .id, .name, .nameZh, .creditCode, .revenue, .employees, .industryCode, .businessScope, .mainProducts,
      .registrationStatusSince, .foundedOn, .companyType, .address,
      registeredCapital: CASE WHEN e.registeredCapitalAmount IS NULL THEN null
                              ELSE {amount: e.registeredCapitalAmount, currency: e.registeredCapitalCurrency} END,
      contact: CASE WHEN e.legalRepresentative IS NULL AND e.phone IS NULL THEN null
                    ELSE {legalRepresentative: e.legalRepresentative, phone: e.phone} END,
      leading: coalesce(e.leading, false),
      listed: coalesce(e.listed, false),
      registrationStatus: coalesce(e.registrationStatus, 'ACTIVE'),
      parkId: park.id,
      regionId: coalesce(region.id, parkRegion.id),
      source: toUpper(e.source)
    } AS enterprise
  }`;

export const REGIONS_BY_IDS = `
  UNWIND $ids AS id
  MATCH (region:Region {id: id})
  OPTIONAL MATCH (region)-[:PART_OF]->(parent:Region)
  RETURN ${REGION} AS region`;

export const REGIONS = `
  MATCH (region:Region)
  WHERE ($level IS NULL OR region.level = $level)
  OPTIONAL MATCH (region)-[:PART_OF]->(parent:Region)
  WITH region, parent
  WHERE ($parentId IS NULL OR parent.id = $parentId) AND ($after IS NULL OR region.id > $after)
  RETURN ${REGION} AS region
  ORDER BY region.id
  LIMIT $first`;

export const CHILD_REGIONS = `
  UNWIND $parentIds AS parentId
  MATCH (parent:Region {id: parentId})<-[:PART_OF]-(region:Region)
  WITH parent, region ORDER BY region.id
  RETURN parent.id AS key, collect(${REGION}) AS records`;

export const SEARCH_REGIONS = `
  CALL db.index.fulltext.queryNodes('region_names', $query, {limit: $first}) YIELD node AS region
  OPTIONAL MATCH (region)-[:PART_OF]->(parent:Region)
  RETURN ${REGION} AS region`;

/** Regions whose GB/T 2260 code starts with these digits (a whole code finds its region), by code. */
export const REGIONS_BY_CODE_PREFIX = `
  MATCH (region:Region) WHERE region.code STARTS WITH $prefix
  // Divisions before the townships under them (411722 before 411722108): shorter codes first.
  WITH region ORDER BY size(region.code), region.code LIMIT $first
  OPTIONAL MATCH (region)-[:PART_OF]->(parent:Region)
  RETURN ${REGION} AS region`;

const CARRIER = `carrier {
  .id, .name, .nameZh, .kind, .areaM2, availableFrom: toString(carrier.availableFrom), .status, .powerKva, .floorLoadKgPerM2,
  .rentYuanPerM2Month, parkId: park.id, source: toUpper(carrier.source)
}`;

export const CARRIERS_BY_IDS = `
  UNWIND $ids AS id
  MATCH (carrier:Carrier {id: id})-[:IN]->(park:Park)
  RETURN ${CARRIER} AS carrier`;

/** Each park's carriers (Park.carriers). */
export const CARRIERS_IN_PARKS = `
  UNWIND $parkIds AS parkId
  MATCH (carrier:Carrier)-[:IN]->(park:Park {id: parkId})
  WITH park, carrier ORDER BY carrier.id
  RETURN park.id AS key, collect(${CARRIER}) AS records`;

/** The carriers of the parks at or under each region that pass the one filter of the batch (Region.carriers). */
export const CARRIERS_IN_SUBTREES = `
  UNWIND $regionIds AS regionId
  CALL (regionId) {
    MATCH (carrier:Carrier)-[:IN]->(park:Park)-[:IN]->(region:Region)
    WHERE ($status IS NULL OR carrier.status = $status) AND ($kind IS NULL OR carrier.kind = $kind)
      AND ($minAreaM2 IS NULL OR carrier.areaM2 >= $minAreaM2)
      AND EXISTS { ${regionAtOrUnder('region', ':Region {id: regionId}')} }
    RETURN carrier, park ORDER BY park.id, carrier.id LIMIT $first
  }
  RETURN regionId AS key, collect(${CARRIER}) AS records`;

export const PARKS_BY_IDS = `
  UNWIND $ids AS id
  MATCH (park:Park {id: id})-[:IN]->(region:Region)
  RETURN ${PARK} AS park`;

/** Parks directly in each region (Region.parks). */
export const PARKS_IN_REGIONS = `
  UNWIND $regionIds AS regionId
  MATCH (park:Park)-[:IN]->(region:Region {id: regionId})
  WITH region, park ORDER BY park.id
  RETURN region.id AS key, collect(${PARK}) AS records`;

/** Parks in a region or any region under it; every park when $regionId is null. */
export const PARKS_IN_SUBTREE = `
  MATCH (park:Park)-[:IN]->(region:Region)
  WHERE ($regionId IS NULL OR EXISTS { ${regionAtOrUnder('region', ':Region {id: $regionId}')} })
    AND ($after IS NULL OR park.id > $after)
  RETURN ${PARK} AS park
  ORDER BY park.id
  LIMIT $first`;

export const INDUSTRIES_BY_IDS = `
  UNWIND $ids AS id
  MATCH (industry:Industry {id: id})
  RETURN ${INDUSTRY} AS industry`;

export const INDUSTRIES = `
  MATCH (industry:Industry)
  RETURN ${INDUSTRY} AS industry
  ORDER BY industry.id`;

export const ENTERPRISES_BY_IDS = `
  UNWIND $ids AS id
  MATCH (e:Enterprise {id: id})
  ${ENTERPRISE_RECORD}
  RETURN enterprise`;

export const ENTERPRISE_BY_CREDIT_CODE = `
  MATCH (e:Enterprise {creditCode: $code})
  ${ENTERPRISE_RECORD}
  RETURN enterprise`;

export const SEARCH_ENTERPRISES = `
  CALL db.index.fulltext.queryNodes('enterprise_names', $query, {limit: $first}) YIELD node AS e
  ${ENTERPRISE_RECORD}
  RETURN enterprise`;

/**
 * The `enterprises(filter)` query is assembled from these fixed fragments: one MATCH per structural filter (so the
 * planner starts from the most selective anchor), the property filters, then the keyset order. Every value is a
 * parameter; only the choice of fragments depends on the request.
 */
const FILTER_MATCHES = {
  regionId: `
  MATCH (root:Region {id: $regionId})
  MATCH ${firmAtOrUnder('e:Enterprise', 'root')}`,
  parkId: `
  MATCH (:Park {id: $parkId})<-[:LOCATED_IN]-(e:Enterprise)`,
  linkId: `
  MATCH (:ChainLink {id: $linkId})<-[:OPERATES_IN]-(e:Enterprise)`,
} as const;

const FILTER_CONDITIONS = {
  leading: 'coalesce(e.leading, false) = $leading',
  listed: 'coalesce(e.listed, false) = $listed',
  nameContains: '(toLower(e.name) CONTAINS toLower($nameContains) OR e.nameZh CONTAINS $nameContains)',
} as const;

/** Missing revenue or employees sort lowest. */
const SORT_KEYS: Record<EnterpriseOrderField, string> = {
  NAME: 'e.name',
  REVENUE: 'coalesce(e.revenue, -1.0)',
  EMPLOYEES: 'coalesce(e.employees, -1)',
};

export function filteredEnterprises(filter: EnterpriseFilter): { cypher: string; params: Params } {
  const matches = (['regionId', 'parkId', 'linkId'] as const).filter((key) => filter[key] != null);
  const conditions = (['leading', 'listed', 'nameContains'] as const).filter((key) => filter[key] != null);
  const cypher = [
    ...(matches.length ? matches.map((key) => FILTER_MATCHES[key]) : ['\n  MATCH (e:Enterprise)']),
    ...(conditions.length ? [`\n  WITH e WHERE ${conditions.map((key) => FILTER_CONDITIONS[key]).join('\n    AND ')}`] : []),
  ].join('');
  const params = Object.fromEntries([...matches, ...conditions].map((key) => [key, filter[key]]));
  return { cypher, params };
}

/** A keyset page of `enterprises(filter, orderBy)`: `$after` ({value, id} of the last row seen) and `$limit`. */
export function enterprisePageQuery(filter: EnterpriseFilter, order: EnterpriseOrder): { cypher: string; params: Params } {
  const { cypher, params } = filteredEnterprises(filter);
  const comparison = order.direction === 'ASC' ? '>' : '<';
  const page = `${cypher}
  WITH e, ${SORT_KEYS[order.field]} AS sortValue
  WHERE $after IS NULL OR sortValue ${comparison} $after.value OR (sortValue = $after.value AND e.id > $after.id)
  WITH e, sortValue
  ORDER BY sortValue ${order.direction}, e.id ASC
  LIMIT $limit
  ${ENTERPRISE_RECORD}
  RETURN sortValue, enterprise AS node`;
  return { cypher: page, params };
}

export class RegistryRepository extends Neo4jRepository {
  constructor(driver: Driver) {
    super(driver, 'registry');
  }

  regionsByIds(ids: string[]): Promise<RegionRecord[]> {
    return this.readValues('regionsByIds', REGIONS_BY_IDS, { ids });
  }

  regions(level: RegionLevel | null, parentId: string | null, page: IdPage): Promise<RegionRecord[]> {
    return this.readValues('regions', REGIONS, { level, parentId, after: page.after, first: cypherInteger(page.first) });
  }

  childRegions(parentIds: string[]) {
    return this.read<{ key: string; records: RegionRecord[] }>('childRegions', CHILD_REGIONS, { parentIds });
  }

  searchRegions(query: string, first: number): Promise<RegionRecord[]> {
    return this.readValues('searchRegions', SEARCH_REGIONS, { query, first: cypherInteger(first) });
  }

  regionsByCodePrefix(prefix: string, first: number): Promise<RegionRecord[]> {
    return this.readValues('regionsByCodePrefix', REGIONS_BY_CODE_PREFIX, { prefix, first: cypherInteger(first) });
  }

  carriersByIds(ids: string[]): Promise<CarrierRecord[]> {
    return this.readValues('carriersByIds', CARRIERS_BY_IDS, { ids });
  }

  carriersInParks(parkIds: string[]) {
    return this.read<{ key: string; records: CarrierRecord[] }>('carriersInParks', CARRIERS_IN_PARKS, { parkIds });
  }

  carriersInSubtrees(regionIds: string[], filter: CarrierFilter) {
    return this.read<{ key: string; records: CarrierRecord[] }>('carriersInSubtrees', CARRIERS_IN_SUBTREES, {
      regionIds,
      status: filter.status,
      kind: filter.kind,
      minAreaM2: filter.minAreaM2,
      first: cypherInteger(filter.first),
    });
  }

  parksByIds(ids: string[]): Promise<ParkRecord[]> {
    return this.readValues('parksByIds', PARKS_BY_IDS, { ids });
  }

  parksInRegions(regionIds: string[]) {
    return this.read<{ key: string; records: ParkRecord[] }>('parksInRegions', PARKS_IN_REGIONS, { regionIds });
  }

  parksInSubtree(regionId: string | null, page: IdPage): Promise<ParkRecord[]> {
    return this.readValues('parksInSubtree', PARKS_IN_SUBTREE, { regionId, after: page.after, first: cypherInteger(page.first) });
  }

  datasetStatus(): Promise<DatasetStatus> {
    return datasetStatus(this.driver);
  }

  industriesByIds(ids: string[]): Promise<IndustryRecord[]> {
    return this.readValues('industriesByIds', INDUSTRIES_BY_IDS, { ids });
  }

  industries(): Promise<IndustryRecord[]> {
    return this.readValues('industries', INDUSTRIES);
  }

  enterprisesByIds(ids: string[]): Promise<EnterpriseRecord[]> {
    return this.readValues('enterprisesByIds', ENTERPRISES_BY_IDS, { ids });
  }

  async enterpriseByCreditCode(code: string): Promise<EnterpriseRecord | null> {
    const [enterprise] = await this.readValues<EnterpriseRecord>('enterpriseByCreditCode', ENTERPRISE_BY_CREDIT_CODE, { code });
    return enterprise ?? null;
  }

  searchEnterprises(query: string, first: number): Promise<EnterpriseRecord[]> {
    return this.readValues('searchEnterprises', SEARCH_ENTERPRISES, { query, first: cypherInteger(first) });
  }

  /** Up to `limit` enterprises matching the filter after `after`, in order, each with its sort value. */
  enterprisePage(filter: EnterpriseFilter, order: EnterpriseOrder, after: EnterprisePosition | null, limit: number) {
    const { cypher, params } = enterprisePageQuery(filter, order);
    return this.read<{ sortValue: string | number; node: EnterpriseRecord }>('enterprisePage', cypher, {
      ...params,
      after,
      limit: cypherInteger(limit),
    });
  }

  async countEnterprises(filter: EnterpriseFilter): Promise<number> {
    const { cypher, params } = filteredEnterprises(filter);
    const [count] = await this.readValues<number>('countEnterprises', `${cypher}\n  RETURN count(e) AS count`, params);
    return count ?? 0;
  }
}
