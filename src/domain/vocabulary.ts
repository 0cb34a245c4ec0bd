/**
 * The words of the model that the rules, the import and the API share: the levels of the region tree, the stages of a
 * chain, the kinds of parks, the pipeline of a project and where a record comes from.
 */
export const REGION_LEVELS = ['PROVINCE', 'CITY', 'COUNTY', 'DISTRICT', 'TOWNSHIP'] as const;
export const LINK_STAGES = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM', 'SERVICE'] as const;
export const PARK_KINDS = ['AGGLOMERATION_AREA', 'INDUSTRIAL_PARK', 'HIGH_TECH_ZONE', 'DEVELOPMENT_ZONE'] as const;
export const PROJECT_STATUSES = ['LEAD', 'CONTACTED', 'NEGOTIATING', 'SIGNED', 'LANDED', 'OPERATING', 'DROPPED'] as const;
/** The obstacles to landing a project (土地、环评、审批、资金). */
export const BLOCKER_KINDS = ['LAND', 'ENVIRONMENT', 'PERMIT', 'FUNDING', 'OTHER'] as const;
/** The sites a park offers (载体): standard factories, industrial land, offices, warehouses. */
export const CARRIER_KINDS = ['STANDARD_FACTORY', 'LAND', 'OFFICE', 'WAREHOUSE'] as const;
/** A carrier is free, held for one project, or in use by it (docs/domain.md, "Carriers"). */
export const CARRIER_STATUSES = ['AVAILABLE', 'RESERVED', 'OCCUPIED'] as const;
/** Where a record comes from: the source articles, added to make the chains whole, generated, or a user. */
export const RECORD_SOURCES = ['article', 'illustrative', 'generated', 'user', 'reference'] as const;

export type RegionLevel = (typeof REGION_LEVELS)[number];
export type LinkStage = (typeof LINK_STAGES)[number];
export type ParkKind = (typeof PARK_KINDS)[number];
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export type RecordSource = (typeof RECORD_SOURCES)[number];
export type BlockerKind = (typeof BLOCKER_KINDS)[number];
export type CarrierKind = (typeof CARRIER_KINDS)[number];
export type CarrierStatus = (typeof CARRIER_STATUSES)[number];
