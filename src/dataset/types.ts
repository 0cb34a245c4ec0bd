/** The records of a dataset file (docs/dataset.md), as plain data. */

export const REGION_LEVELS = ['PROVINCE', 'CITY', 'COUNTY', 'DISTRICT'] as const;
export const LINK_STAGES = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM', 'SERVICE'] as const;
export const PARK_KINDS = ['AGGLOMERATION_AREA', 'INDUSTRIAL_PARK', 'HIGH_TECH_ZONE', 'DEVELOPMENT_ZONE'] as const;
export const PROJECT_STATUSES = ['LEAD', 'CONTACTED', 'NEGOTIATING', 'SIGNED', 'LANDED', 'OPERATING', 'DROPPED'] as const;
/** Where a record comes from: the source articles, or added to make the chains whole. */
export const RECORD_SOURCES = ['article', 'illustrative', 'generated', 'user'] as const;

export type RegionLevel = (typeof REGION_LEVELS)[number];
export type LinkStage = (typeof LINK_STAGES)[number];
export type ParkKind = (typeof PARK_KINDS)[number];
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export type RecordSource = (typeof RECORD_SOURCES)[number];

interface Named {
  id: string;
  name: string;
  nameZh?: string;
  source?: RecordSource;
}

export interface RegionInput extends Named {
  level: RegionLevel;
  parentId?: string;
}

export interface ParkInput extends Named {
  regionId: string;
  kind: ParkKind;
}

export interface IndustryInput extends Named {
  /** GB/T 4754-2017 code where known. */
  code?: string;
}

export interface ChainLinkInput extends Named {
  stage: LinkStage;
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

export interface Dataset {
  regions?: RegionInput[];
  parks?: ParkInput[];
  industries?: IndustryInput[];
  chains?: ChainInput[];
  enterprises?: EnterpriseInput[];
  supplies?: SupplyInput[];
  priorities?: PriorityInput[];
  projects?: ProjectInput[];
}

export type SectionName = keyof Dataset;
export type SectionRecord<S extends SectionName> = NonNullable<Dataset[S]>[number];

/** The order sections are written in: everything a record refers to is written before it. */
export const SECTIONS: readonly SectionName[] = [
  'regions',
  'parks',
  'industries',
  'chains',
  'enterprises',
  'supplies',
  'priorities',
  'projects',
];
