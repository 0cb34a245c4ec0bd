/** The records of a dataset file (docs/dataset.md), as plain data. */

export {
  CARRIER_KINDS,
  CARRIER_STATUSES,
  LINK_STAGES,
  PARK_KINDS,
  PROJECT_STATUSES,
  RECORD_SOURCES,
  REGION_LEVELS,
} from '../domain/vocabulary.js';
import type { CarrierKind, CarrierStatus, LinkStage, ParkKind, ProjectStatus, RecordSource, RegionLevel } from '../domain/vocabulary.js';
import type { RegistrationStatus } from '../domain/registration-status.js';
export type { LinkStage, ParkKind, ProjectStatus, RecordSource, RegionLevel } from '../domain/vocabulary.js';

interface Named {
  id: string;
  name: string;
  nameZh?: string;
  source?: RecordSource;
}

export interface RegionInput extends Named {
  level: RegionLevel;
  /** GB/T 2260 division code, six digits; one region per code. */
  code?: string;
  parentId?: string;
}

export interface ParkInput extends Named {
  regionId: string;
  kind: ParkKind;
}

/** A site a park offers (载体); figures in m², kVA, kg/m² and yuan per m² and month. */
export interface CarrierInput extends Named {
  parkId: string;
  kind: CarrierKind;
  areaM2: number;
  /** From when it can be moved into (YYYY-MM-DD); absent: now. */
  availableFrom?: string;
  status: CarrierStatus;
  powerKva?: number;
  floorLoadKgPerM2?: number;
  rentYuanPerM2Month?: number;
}

export interface IndustryInput extends Named {
  /** GB/T 4754-2017 code where known. */
  code?: string;
}

export interface ChainLinkInput extends Named {
  stage: LinkStage;
  /** GB/T 4754-2017 codes of its firms: exact, or prefixes ending in `*`. */
  industryCodes?: string[];
  /** Words in a firm's main products or business scope that put it in this link. */
  keywords?: string[];
  /** 排除词: where one of these occurs, no keyword of the link places the firm. */
  excludedKeywords?: string[];
}

export interface FeedInput {
  from: string;
  to: string;
}

export interface ChainInput extends Named {
  industryId: string;
  links: ChainLinkInput[];
  feeds?: FeedInput[];
}

export interface EnterpriseInput extends Named {
  creditCode: string;
  regionId?: string;
  parkId?: string;
  linkIds?: string[];
  revenue?: number;
  employees?: number;
  leading?: boolean;
  listed?: boolean;
  /** GB/T 4754-2017 industry code, e.g. C1952. */
  industryCode?: string;
  /** 经营范围 as registered. */
  businessScope?: string;
  /** 主营产品. */
  mainProducts?: string;
  /** 登记状态: only an ACTIVE firm counts in the analyses (absent: ACTIVE). */
  registrationStatus?: RegistrationStatus;
  /** Since when it has had that status (YYYY-MM-DD), when the registry says. */
  registrationStatusSince?: string;
  /** 注册资本: an amount in units of its currency (ISO 4217). */
  registeredCapital?: { amount: number; currency: string };
  /** 成立日期, YYYY-MM-DD. */
  foundedOn?: string;
  /** 企业类型, as registered (有限责任公司(自然人投资或控股), …). */
  companyType?: string;
  /** 法定代表人 and 电话: the firm's contact, shown to planners and analysts only. */
  legalRepresentative?: string;
  phone?: string;
  /** 注册地址 (住所). */
  address?: string;
}

export interface SupplyInput {
  supplierId: string;
  customerId: string;
  linkId: string;
  annualValue: number;
}

export interface PriorityInput {
  regionId: string;
  chainId: string;
}

export interface ProjectInput {
  id: string;
  name: string;
  enterpriseId: string;
  regionId?: string;
  parkId?: string;
  linkId?: string;
  investment?: number;
  status: ProjectStatus;
}

/** A record removed on purpose; what identifies it depends on its kind (docs/dataset.md, "Removing records"). */
export interface RemovalInput {
  kind: 'enterprise' | 'project' | 'supply' | 'priority';
  id?: string;
  creditCode?: string;
  supplierId?: string;
  customerId?: string;
  linkId?: string;
  regionId?: string;
  chainId?: string;
}

export interface Dataset {
  regions?: RegionInput[];
  parks?: ParkInput[];
  carriers?: CarrierInput[];
  industries?: IndustryInput[];
  chains?: ChainInput[];
  enterprises?: EnterpriseInput[];
  supplies?: SupplyInput[];
  priorities?: PriorityInput[];
  projects?: ProjectInput[];
  remove?: RemovalInput[];
}

export type SectionName = keyof Dataset;
export type SectionRecord<S extends SectionName> = NonNullable<Dataset[S]>[number];

/** The order sections are written in: everything a record refers to is written before it. */
export const SECTIONS: readonly SectionName[] = [
  'regions',
  'parks',
  'carriers',
  'industries',
  'chains',
  'enterprises',
  'supplies',
  'priorities',
  'projects',
  'remove',
];
