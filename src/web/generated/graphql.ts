/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AssignmentBasis =
  /** The data says so (a dataset's linkIds, a table's 产业链环节). */
  | 'DECLARED'
  /** Its GB/T 4754 industry code matches one of the link's codes. */
  | 'INDUSTRY_CODE'
  /** One of the link's keywords occurs in its main products or business scope. */
  | 'KEYWORD';

export type AttentionKind =
  /** It has an open blocker. */
  | 'BLOCKED'
  /** Its follow-up date has passed. */
  | 'OVERDUE'
  /** Nothing happened to it for staleDays. */
  | 'STALE';

export type BlockerKind =
  /** 环评: environmental approval. */
  | 'ENVIRONMENT'
  /** 资金: funding. */
  | 'FUNDING'
  /** 土地: land. */
  | 'LAND'
  | 'OTHER'
  /** 审批: permits. */
  | 'PERMIT';

export type CarrierKind =
  /** 工业用地 */
  | 'LAND'
  /** 写字楼 */
  | 'OFFICE'
  /** 标准化厂房 */
  | 'STANDARD_FACTORY'
  /** 仓储 */
  | 'WAREHOUSE';

export type CarrierStatus =
  /** 空置: free to be reserved. */
  | 'AVAILABLE'
  /** 已入驻: in use. */
  | 'OCCUPIED'
  /** 已预留: held for a project. */
  | 'RESERVED';

/** What an edit of a chain changes; give at least one. */
export type ChainChanges = {
  addFeeds?: Array<FeedInput> | null | undefined;
  addLinks?: Array<NewChainLink> | null | undefined;
  linkRules?: Array<LinkRuleInput> | null | undefined;
  removeFeeds?: Array<FeedInput> | null | undefined;
  /** Removes links with their feeds and firm placements; refused for a link that projects or supply records name. */
  removeLinkIds?: Array<string | number> | null | undefined;
  renameLinks?: Array<LinkRename> | null | undefined;
};

export type ChainDirection =
  | 'DOWNSTREAM'
  | 'UPSTREAM';

export type ChainEventKind =
  /** Made from a template of the library (adoptChainTemplate). */
  | 'ADOPTED'
  /** Changed by an admin (editChain). */
  | 'EDITED'
  /** Written by an import of a dataset. */
  | 'IMPORTED';

export type CreateProjectInput = {
  enterpriseId: string | number;
  /** The next follow-up date, YYYY-MM-DD. */
  followUpAt?: string | null | undefined;
  /**
   * A key of the caller's choosing (1..100 characters, e.g. a UUID) that makes a retry safe: the same key from the
   * same signed-in user returns the project it created the first time instead of creating another.
   */
  idempotencyKey?: string | null | undefined;
  /** Planned investment in yuan (≥ 0). */
  investment?: number | null | undefined;
  linkId?: string | number | null | undefined;
  name: string;
  /** A first note for its history (up to 2000 characters). */
  note?: string | null | undefined;
  /** The dedicated officer following it (专员; up to 200 characters). */
  officer?: string | null | undefined;
  parkId?: string | number | null | undefined;
  /** Give regionId or parkId (a park implies its region). */
  regionId?: string | number | null | undefined;
  /** The unit responsible for landing it (责任单位; up to 200 characters). */
  responsibleUnit?: string | null | undefined;
  /** The site it needs. */
  siteNeed?: SiteNeedInput | null | undefined;
};

/** A FEEDS edge by link id: the first link's output goes into the second. */
export type FeedInput = {
  from: string | number;
  to: string | number;
};

export type GapKind =
  /** 延链: a missing link next to what the region has. */
  | 'EXTEND'
  /** 补链: a missing link between links the region has. */
  | 'FILL'
  /** 强链: a link the region has, but weakly. */
  | 'STRENGTHEN';

/** New names for a link: what is given changes (an explicit null clears nameZh; name cannot be cleared). */
export type LinkRename = {
  linkId: string | number;
  name?: string | null | undefined;
  nameZh?: string | null | undefined;
};

/** A link's 挂链 rules: each list given replaces the link's (an empty list clears it); those omitted stay. */
export type LinkRuleInput = {
  excludedKeywords?: Array<string> | null | undefined;
  industryCodes?: Array<string> | null | undefined;
  keywords?: Array<string> | null | undefined;
  linkId: string | number;
};

export type LinkStage =
  | 'DOWNSTREAM'
  | 'MIDSTREAM'
  | 'SERVICE'
  | 'UPSTREAM';

export type LinkState =
  | 'MISSING'
  | 'PRESENT'
  /** Present, but a STRENGTHEN gap. */
  | 'WEAK';

export type NewChainLink = {
  excludedKeywords: Array<string>;
  /** Unique among all links (by convention chain/slug). */
  id: string | number;
  industryCodes: Array<string>;
  keywords: Array<string>;
  name: string;
  nameZh?: string | null | undefined;
  stage: LinkStage;
};

export type ProjectEventKind =
  | 'BLOCKER_OPENED'
  | 'BLOCKER_RESOLVED'
  /** It operates: its carrier is occupied. */
  | 'CARRIER_OCCUPIED'
  /** Its carrier was released: by hand, or as the project was dropped. */
  | 'CARRIER_RELEASED'
  /** A carrier was reserved for it (its note names the carrier). */
  | 'CARRIER_RESERVED'
  | 'CREATED'
  | 'EDITED'
  | 'NOTE'
  | 'STATUS_CHANGED';

export type ProjectStatus =
  | 'CONTACTED'
  | 'DROPPED'
  | 'LANDED'
  | 'LEAD'
  | 'NEGOTIATING'
  | 'OPERATING'
  | 'SIGNED';

export type RegionLevel =
  | 'CITY'
  | 'COUNTY'
  | 'DISTRICT'
  | 'PROVINCE'
  /** A township (乡, 镇) or subdistrict (街道), under its county or district. */
  | 'TOWNSHIP';

/** The site a project needs: a kind of carrier, its least area, and the power and floor load it must have, if stated. */
export type SiteNeedInput = {
  /** kg/m², 0 or more. */
  floorLoadKgPerM2?: number | null | undefined;
  kind: CarrierKind;
  /** m², more than 0. */
  minAreaM2: number;
  /** kVA, 0 or more. */
  powerKva?: number | null | undefined;
};

export type UpdateProjectInput = {
  /** YYYY-MM-DD. */
  followUpAt?: string | null | undefined;
  /** Planned investment in yuan (≥ 0). */
  investment?: number | null | undefined;
  name?: string | null | undefined;
  officer?: string | null | undefined;
  responsibleUnit?: string | null | undefined;
  /** The site it needs (null clears it). */
  siteNeed?: SiteNeedInput | null | undefined;
};

export type ViewerRole =
  | 'ADMIN'
  | 'ANALYST'
  | 'ANONYMOUS'
  | 'PLANNER';

export type FirmProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type FirmProfileQuery = { enterprise: { id: string, name: string, nameZh: string | null, creditCode: string, industryCode: string | null, businessScope: string | null, mainProducts: string | null, revenue: number | null, employees: number | null, leading: boolean, listed: boolean, region: { id: string, name: string, nameZh: string | null, parent: { name: string, nameZh: string | null } | null }, park: { name: string, nameZh: string | null } | null, linkAssignments: Array<{ basis: AssignmentBasis, evidence: string | null, link: { id: string, name: string, nameZh: string | null, chain: { name: string, nameZh: string | null } } }>, suppliers: Array<{ annualValue: number, link: { name: string, nameZh: string | null }, supplier: { id: string, name: string, nameZh: string | null, region: { name: string, nameZh: string | null } } }>, customers: Array<{ annualValue: number, link: { name: string, nameZh: string | null }, customer: { id: string, name: string, nameZh: string | null, region: { name: string, nameZh: string | null } } }> } | null };

export type FirmProjectsQueryVariables = Exact<{
  id: string | number;
}>;


export type FirmProjectsQuery = { enterprise: { id: string, projects: Array<{ id: string, name: string, status: ProjectStatus, region: { name: string, nameZh: string | null } }> } | null };

export type ChainBriefQueryVariables = Exact<{
  regionId: string | number;
  chainId: string | number;
}>;


export type ChainBriefQuery = { region: { id: string, name: string, nameZh: string | null, parent: { name: string, nameZh: string | null } | null, chainOverview: Array<{ completeness: number, fillCount: number, extendCount: number, strengthenCount: number, chief: string | null, chain: { id: string, name: string, nameZh: string | null, links: Array<{ id: string, name: string, nameZh: string | null, stage: LinkStage, downstream: Array<{ id: string }> }> }, links: Array<{ state: LinkState, localEnterpriseCount: number, localDemand: number | null, localSupplyShare: number | null, gapKind: GapKind | null, reasons: Array<string>, link: { id: string }, activeProjects: Array<{ id: string, name: string }> }> }> } | null, chainGaps: { gaps: Array<{ kind: GapKind, reasons: Array<string>, link: { id: string, name: string, nameZh: string | null }, candidates: Array<{ score: number, reasons: Array<string>, enterprise: { id: string, name: string, nameZh: string | null, region: { name: string, nameZh: string | null } } }> }> } };

export type BriefProjectsQueryVariables = Exact<{
  regionId: string | number;
}>;


export type BriefProjectsQuery = { region: { id: string, projects: Array<{ id: string, name: string, status: ProjectStatus, officer: string | null, followUpAt: string | null, link: { id: string } | null, enterprise: { id: string, name: string, nameZh: string | null } }> } | null };

export type RegionCarriersQueryVariables = Exact<{
  regionId: string | number;
  status?: CarrierStatus | null | undefined;
  kind?: CarrierKind | null | undefined;
}>;


export type RegionCarriersQuery = { region: { id: string, carriers: Array<{ id: string, name: string, nameZh: string | null, kind: CarrierKind, areaM2: number, availableFrom: string | null, status: CarrierStatus, powerKva: number | null, floorLoadKgPerM2: number | null, rentYuanPerM2Month: number | null, park: { id: string, name: string, nameZh: string | null } }> } | null };

export type PublicRegionQueryVariables = Exact<{
  regionId: string | number;
}>;


export type PublicRegionQuery = { region: { id: string, name: string, nameZh: string | null, parent: { name: string, nameZh: string | null } | null, leadingChains: Array<{ id: string, name: string, nameZh: string | null, links: Array<{ id: string, name: string, nameZh: string | null, stage: LinkStage, downstream: Array<{ id: string }> }> }> } | null };

export type GrowthQueryVariables = Exact<{
  regionId: string | number;
}>;


export type GrowthQuery = { region: { id: string, growthOpportunities: Array<{ relatedness: number, rca: number, firms: number, reasons: Array<string>, link: { id: string, name: string, nameZh: string | null, chain: { id: string, name: string, nameZh: string | null } } }>, chainOpportunities: Array<{ relatedness: number, chain: { id: string, name: string, nameZh: string | null }, specialisedLinks: Array<{ id: string }> }>, peers: Array<{ similarity: number, region: { id: string, name: string, nameZh: string | null }, sharedLinks: Array<{ id: string, name: string, nameZh: string | null }> }> } | null };

export type TripsQueryVariables = Exact<{
  regionId: string | number;
  chainId: string | number;
}>;


export type TripsQuery = { recruitmentTrips: Array<{ totalScore: number, destination: { id: string, name: string, nameZh: string | null }, gaps: Array<{ id: string, name: string, nameZh: string | null }>, candidates: Array<{ score: number, reasons: Array<string>, link: { id: string, name: string, nameZh: string | null }, enterprise: { id: string, name: string, nameZh: string | null } }> }> };

export type ChainListQueryVariables = Exact<{ [key: string]: never; }>;


export type ChainListQuery = { chains: Array<{ id: string, name: string, nameZh: string | null }> };

export type ChainRegionSummaryFieldsFragment = { completeness: number, presentLinkCount: number, linkCount: number, fillCount: number, extendCount: number, strengthenCount: number, leadingRegionCount: number, specialisation: number, region: { id: string, name: string, nameZh: string | null, code: string | null } };

export type ChainsLedWithinQueryVariables = Exact<{
  regionId: string | number;
}>;


export type ChainsLedWithinQuery = { region: { id: string, chainsLedWithin: Array<{ id: string }> } | null };

export type SubregionOverviewQueryVariables = Exact<{
  regionId: string | number;
  chainId: string | number;
}>;


export type SubregionOverviewQuery = { region: { id: string, subregionOverview: { region: { completeness: number, presentLinkCount: number, linkCount: number, fillCount: number, extendCount: number, strengthenCount: number, leadingRegionCount: number, specialisation: number, region: { id: string, name: string, nameZh: string | null, code: string | null } } | null, subregions: Array<{ completeness: number, presentLinkCount: number, linkCount: number, fillCount: number, extendCount: number, strengthenCount: number, leadingRegionCount: number, specialisation: number, region: { id: string, name: string, nameZh: string | null, code: string | null } }> } } | null };

export type NationalOverviewQueryVariables = Exact<{
  chainId: string | number;
}>;


export type NationalOverviewQuery = { nationalOverview: { subregions: Array<{ completeness: number, presentLinkCount: number, linkCount: number, fillCount: number, extendCount: number, strengthenCount: number, leadingRegionCount: number, specialisation: number, region: { id: string, name: string, nameZh: string | null, code: string | null } }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { role: ViewerRole, regionId: string | null } };

export type ChainTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ChainTemplatesQuery = { chainTemplates: Array<{ id: string, name: string, nameZh: string, version: string, sources: Array<string>, links: Array<{ id: string, name: string, nameZh: string, stage: LinkStage, industryCodes: Array<string>, keywords: Array<string>, excludedKeywords: Array<string>, products: Array<string>, productsZh: Array<string> }>, feeds: Array<{ from: string, to: string }> }> };

export type AdoptChainTemplateMutationVariables = Exact<{
  regionId: string | number;
  templateId: string | number;
}>;


export type AdoptChainTemplateMutation = { adoptChainTemplate: { id: string } };

export type ChainForEditingQueryVariables = Exact<{
  chainId: string | number;
}>;


export type ChainForEditingQuery = { chain: { id: string, name: string, nameZh: string | null, version: number, links: Array<{ id: string, name: string, nameZh: string | null, stage: LinkStage, industryCodes: Array<string>, keywords: Array<string>, excludedKeywords: Array<string>, downstream: Array<{ id: string }> }>, events: Array<{ version: number, at: string, by: string, kind: ChainEventKind, note: string | null, changes: Array<string> }> } | null };

export type EditChainMutationVariables = Exact<{
  chainId: string | number;
  expectedVersion: number;
  changes: ChainChanges;
}>;


export type EditChainMutation = { editChain: { id: string, version: number } };

export type SearchRegionsQueryVariables = Exact<{
  text: string;
}>;


export type SearchRegionsQuery = { searchRegions: Array<{ id: string, name: string, nameZh: string | null, level: RegionLevel, parent: { name: string, nameZh: string | null } | null }> };

export type RegionMapQueryVariables = Exact<{
  regionId: string | number;
}>;


export type RegionMapQuery = { region: { id: string, name: string, nameZh: string | null, level: RegionLevel, code: string | null, parent: { name: string, nameZh: string | null } | null, chainOverview: Array<{ completeness: number, fillCount: number, extendCount: number, strengthenCount: number, localSupplyShare: number | null, chief: string | null, chain: { id: string, name: string, nameZh: string | null, links: Array<{ id: string, name: string, nameZh: string | null, stage: LinkStage, downstream: Array<{ id: string }> }> }, history: Array<{ at: string, completeness: number, localSupplyShare: number | null }>, links: Array<{ state: LinkState, localEnterpriseCount: number, localDemand: number | null, localSupplyShare: number | null, gapKind: GapKind | null, reasons: Array<string>, link: { id: string }, activeProjects: Array<{ id: string, name: string }> }> }> } | null };

export type ChainStructureFieldsFragment = { id: string, name: string, nameZh: string | null, links: Array<{ id: string, name: string, nameZh: string | null, stage: LinkStage, downstream: Array<{ id: string }> }> };

export type LinkStateFieldsFragment = { state: LinkState, localEnterpriseCount: number, localDemand: number | null, localSupplyShare: number | null, gapKind: GapKind | null, reasons: Array<string>, link: { id: string }, activeProjects: Array<{ id: string, name: string }> };

export type LinkDetailQueryVariables = Exact<{
  regionId: string | number;
  chainId: string | number;
  linkId: string | number;
}>;


export type LinkDetailQuery = { chainGaps: { gaps: Array<{ kind: GapKind, direction: ChainDirection | null, localEnterpriseCount: number, externalDependency: number | null, localDemand: number | null, reasons: Array<string>, relatedness: number | null, link: { id: string }, sourceRegions: Array<{ firms: number, rca: number, region: { id: string, name: string, nameZh: string | null } }>, candidates: Array<{ score: number, reasons: Array<string>, annualValueToLocalFirms: number, components: { ties: number, scale: number, stature: number, fit: number }, enterprise: { id: string, name: string, nameZh: string | null, creditCode: string, revenue: number | null, employees: number | null, leading: boolean, listed: boolean, region: { name: string, nameZh: string | null } } }> }> }, enterprises: { totalCount: number, edges: Array<{ node: { id: string, name: string, nameZh: string | null, revenue: number | null, employees: number | null, leading: boolean, listed: boolean } }> } };

export type SimulateRecruitmentQueryVariables = Exact<{
  regionId: string | number;
  chainId: string | number;
  enterpriseIds: Array<string | number> | string | number;
}>;


export type SimulateRecruitmentQuery = { simulateRecruitment: { completeness: number, presentLinkCount: number, linkCount: number, links: Array<{ state: LinkState, localEnterpriseCount: number, localDemand: number | null, localSupplyShare: number | null, gapKind: GapKind | null, reasons: Array<string>, link: { id: string }, activeProjects: Array<{ id: string, name: string }> }> } };

export type PipelineQueryVariables = Exact<{
  regionId: string | number;
}>;


export type PipelineQuery = { region: { id: string, projects: Array<{ id: string, name: string, status: ProjectStatus, nextStatuses: Array<ProjectStatus>, version: number, updatedAt: string, investment: number | null, responsibleUnit: string | null, officer: string | null, followUpAt: string | null, enterprise: { id: string, name: string, nameZh: string | null }, link: { id: string, name: string, nameZh: string | null } | null, park: { name: string, nameZh: string | null } | null }> } | null };

export type ProjectFieldsFragment = { id: string, name: string, status: ProjectStatus, nextStatuses: Array<ProjectStatus>, version: number, updatedAt: string, investment: number | null, responsibleUnit: string | null, officer: string | null, followUpAt: string | null, enterprise: { id: string, name: string, nameZh: string | null }, link: { id: string, name: string, nameZh: string | null } | null, park: { name: string, nameZh: string | null } | null };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { createProject: { id: string, name: string, status: ProjectStatus, nextStatuses: Array<ProjectStatus>, version: number, updatedAt: string, investment: number | null, responsibleUnit: string | null, officer: string | null, followUpAt: string | null, enterprise: { id: string, name: string, nameZh: string | null }, link: { id: string, name: string, nameZh: string | null } | null, park: { name: string, nameZh: string | null } | null } };

export type AdvanceProjectMutationVariables = Exact<{
  id: string | number;
  status: ProjectStatus;
  expectedVersion: number;
  note?: string | null | undefined;
}>;


export type AdvanceProjectMutation = { advanceProject: { id: string, name: string, status: ProjectStatus, nextStatuses: Array<ProjectStatus>, version: number, updatedAt: string, investment: number | null, responsibleUnit: string | null, officer: string | null, followUpAt: string | null, enterprise: { id: string, name: string, nameZh: string | null }, link: { id: string, name: string, nameZh: string | null } | null, park: { name: string, nameZh: string | null } | null } };

export type ProjectDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectDetailQuery = { project: { createdAt: string, id: string, name: string, status: ProjectStatus, nextStatuses: Array<ProjectStatus>, version: number, updatedAt: string, investment: number | null, responsibleUnit: string | null, officer: string | null, followUpAt: string | null, region: { id: string }, blockers: Array<{ id: string, kind: BlockerKind, text: string, openedAt: string, resolvedAt: string | null, resolution: string | null }>, events: Array<{ at: string, by: string, status: ProjectStatus, note: string | null, kind: ProjectEventKind }>, enterprise: { id: string, name: string, nameZh: string | null }, link: { id: string, name: string, nameZh: string | null } | null, park: { name: string, nameZh: string | null } | null } | null };

export type UpdateProjectMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: UpdateProjectInput;
}>;


export type UpdateProjectMutation = { updateProject: { id: string } };

export type AddProjectNoteMutationVariables = Exact<{
  id: string | number;
  text: string;
}>;


export type AddProjectNoteMutation = { addProjectNote: { id: string } };

export type OpenBlockerMutationVariables = Exact<{
  projectId: string | number;
  kind: BlockerKind;
  text: string;
}>;


export type OpenBlockerMutation = { openBlocker: { id: string } };

export type ResolveBlockerMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type ResolveBlockerMutation = { resolveBlocker: { id: string } };

export type AttentionQueryVariables = Exact<{
  regionId: string | number;
}>;


export type AttentionQuery = { region: { id: string, attention: Array<{ kinds: Array<AttentionKind>, reasons: Array<string>, project: { id: string, name: string, officer: string | null, followUpAt: string | null, updatedAt: string, enterprise: { id: string, name: string, nameZh: string | null }, blockers: Array<{ id: string, kind: BlockerKind, text: string, resolvedAt: string | null }> } }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ChainRegionSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChainRegionSummaryFields on ChainRegionSummary {
  region {
    id
    name
    nameZh
    code
  }
  completeness
  presentLinkCount
  linkCount
  fillCount
  extendCount
  strengthenCount
  leadingRegionCount
  specialisation
}
    `, {"fragmentName":"ChainRegionSummaryFields"}) as unknown as TypedDocumentString<ChainRegionSummaryFieldsFragment, unknown>;
export const ChainStructureFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChainStructureFields on Chain {
  id
  name
  nameZh
  links {
    id
    name
    nameZh
    stage
    downstream {
      id
    }
  }
}
    `, {"fragmentName":"ChainStructureFields"}) as unknown as TypedDocumentString<ChainStructureFieldsFragment, unknown>;
export const LinkStateFieldsFragmentDoc = new TypedDocumentString(`
    fragment LinkStateFields on LinkOverview {
  link {
    id
  }
  state
  localEnterpriseCount
  localDemand
  localSupplyShare
  gapKind
  reasons
  activeProjects {
    id
    name
  }
}
    `, {"fragmentName":"LinkStateFields"}) as unknown as TypedDocumentString<LinkStateFieldsFragment, unknown>;
export const ProjectFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProjectFields on Project {
  id
  name
  status
  nextStatuses
  version
  updatedAt
  investment
  responsibleUnit
  officer
  followUpAt
  enterprise {
    id
    name
    nameZh
  }
  link {
    id
    name
    nameZh
  }
  park {
    name
    nameZh
  }
}
    `, {"fragmentName":"ProjectFields"}) as unknown as TypedDocumentString<ProjectFieldsFragment, unknown>;
export const FirmProfileDocument = new TypedDocumentString(`
    query FirmProfile($id: ID!) {
  enterprise(id: $id) {
    id
    name
    nameZh
    creditCode
    industryCode
    businessScope
    mainProducts
    revenue
    employees
    leading
    listed
    region {
      id
      name
      nameZh
      parent {
        name
        nameZh
      }
    }
    park {
      name
      nameZh
    }
    linkAssignments {
      basis
      evidence
      link {
        id
        name
        nameZh
        chain {
          name
          nameZh
        }
      }
    }
    suppliers {
      annualValue
      link {
        name
        nameZh
      }
      supplier {
        id
        name
        nameZh
        region {
          name
          nameZh
        }
      }
    }
    customers {
      annualValue
      link {
        name
        nameZh
      }
      customer {
        id
        name
        nameZh
        region {
          name
          nameZh
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FirmProfileQuery, FirmProfileQueryVariables>;
export const FirmProjectsDocument = new TypedDocumentString(`
    query FirmProjects($id: ID!) {
  enterprise(id: $id) {
    id
    projects {
      id
      name
      status
      region {
        name
        nameZh
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FirmProjectsQuery, FirmProjectsQueryVariables>;
export const ChainBriefDocument = new TypedDocumentString(`
    query ChainBrief($regionId: ID!, $chainId: ID!) {
  region(id: $regionId) {
    id
    name
    nameZh
    parent {
      name
      nameZh
    }
    chainOverview {
      chain {
        ...ChainStructureFields
      }
      completeness
      fillCount
      extendCount
      strengthenCount
      chief
      links {
        ...LinkStateFields
      }
    }
  }
  chainGaps(regionId: $regionId, chainId: $chainId) {
    gaps {
      kind
      link {
        id
        name
        nameZh
      }
      reasons
      candidates(first: 3) {
        score
        reasons
        enterprise {
          id
          name
          nameZh
          region {
            name
            nameZh
          }
        }
      }
    }
  }
}
    fragment ChainStructureFields on Chain {
  id
  name
  nameZh
  links {
    id
    name
    nameZh
    stage
    downstream {
      id
    }
  }
}
fragment LinkStateFields on LinkOverview {
  link {
    id
  }
  state
  localEnterpriseCount
  localDemand
  localSupplyShare
  gapKind
  reasons
  activeProjects {
    id
    name
  }
}`) as unknown as TypedDocumentString<ChainBriefQuery, ChainBriefQueryVariables>;
export const BriefProjectsDocument = new TypedDocumentString(`
    query BriefProjects($regionId: ID!) {
  region(id: $regionId) {
    id
    projects {
      id
      name
      status
      officer
      followUpAt
      link {
        id
      }
      enterprise {
        id
        name
        nameZh
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BriefProjectsQuery, BriefProjectsQueryVariables>;
export const RegionCarriersDocument = new TypedDocumentString(`
    query RegionCarriers($regionId: ID!, $status: CarrierStatus, $kind: CarrierKind) {
  region(id: $regionId) {
    id
    carriers(status: $status, kind: $kind, first: 1000) {
      id
      name
      nameZh
      kind
      park {
        id
        name
        nameZh
      }
      areaM2
      availableFrom
      status
      powerKva
      floorLoadKgPerM2
      rentYuanPerM2Month
    }
  }
}
    `) as unknown as TypedDocumentString<RegionCarriersQuery, RegionCarriersQueryVariables>;
export const PublicRegionDocument = new TypedDocumentString(`
    query PublicRegion($regionId: ID!) {
  region(id: $regionId) {
    id
    name
    nameZh
    parent {
      name
      nameZh
    }
    leadingChains {
      ...ChainStructureFields
    }
  }
}
    fragment ChainStructureFields on Chain {
  id
  name
  nameZh
  links {
    id
    name
    nameZh
    stage
    downstream {
      id
    }
  }
}`) as unknown as TypedDocumentString<PublicRegionQuery, PublicRegionQueryVariables>;
export const GrowthDocument = new TypedDocumentString(`
    query Growth($regionId: ID!) {
  region(id: $regionId) {
    id
    growthOpportunities(first: 12) {
      link {
        id
        name
        nameZh
        chain {
          id
          name
          nameZh
        }
      }
      relatedness
      rca
      firms
      reasons
    }
    chainOpportunities(first: 5) {
      chain {
        id
        name
        nameZh
      }
      relatedness
      specialisedLinks {
        id
      }
    }
    peers(first: 8) {
      region {
        id
        name
        nameZh
      }
      similarity
      sharedLinks {
        id
        name
        nameZh
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GrowthQuery, GrowthQueryVariables>;
export const TripsDocument = new TypedDocumentString(`
    query Trips($regionId: ID!, $chainId: ID!) {
  recruitmentTrips(regionId: $regionId, chainId: $chainId, perGap: 5, first: 8) {
    destination {
      id
      name
      nameZh
    }
    totalScore
    gaps {
      id
      name
      nameZh
    }
    candidates {
      score
      reasons
      link {
        id
        name
        nameZh
      }
      enterprise {
        id
        name
        nameZh
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TripsQuery, TripsQueryVariables>;
export const ChainListDocument = new TypedDocumentString(`
    query ChainList {
  chains {
    id
    name
    nameZh
  }
}
    `) as unknown as TypedDocumentString<ChainListQuery, ChainListQueryVariables>;
export const ChainsLedWithinDocument = new TypedDocumentString(`
    query ChainsLedWithin($regionId: ID!) {
  region(id: $regionId) {
    id
    chainsLedWithin {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ChainsLedWithinQuery, ChainsLedWithinQueryVariables>;
export const SubregionOverviewDocument = new TypedDocumentString(`
    query SubregionOverview($regionId: ID!, $chainId: ID!) {
  region(id: $regionId) {
    id
    subregionOverview(chainId: $chainId) {
      region {
        ...ChainRegionSummaryFields
      }
      subregions {
        ...ChainRegionSummaryFields
      }
    }
  }
}
    fragment ChainRegionSummaryFields on ChainRegionSummary {
  region {
    id
    name
    nameZh
    code
  }
  completeness
  presentLinkCount
  linkCount
  fillCount
  extendCount
  strengthenCount
  leadingRegionCount
  specialisation
}`) as unknown as TypedDocumentString<SubregionOverviewQuery, SubregionOverviewQueryVariables>;
export const NationalOverviewDocument = new TypedDocumentString(`
    query NationalOverview($chainId: ID!) {
  nationalOverview(chainId: $chainId) {
    subregions {
      ...ChainRegionSummaryFields
    }
  }
}
    fragment ChainRegionSummaryFields on ChainRegionSummary {
  region {
    id
    name
    nameZh
    code
  }
  completeness
  presentLinkCount
  linkCount
  fillCount
  extendCount
  strengthenCount
  leadingRegionCount
  specialisation
}`) as unknown as TypedDocumentString<NationalOverviewQuery, NationalOverviewQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    role
    regionId
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const ChainTemplatesDocument = new TypedDocumentString(`
    query ChainTemplates {
  chainTemplates {
    id
    name
    nameZh
    version
    sources
    links {
      id
      name
      nameZh
      stage
      industryCodes
      keywords
      excludedKeywords
      products
      productsZh
    }
    feeds {
      from
      to
    }
  }
}
    `) as unknown as TypedDocumentString<ChainTemplatesQuery, ChainTemplatesQueryVariables>;
export const AdoptChainTemplateDocument = new TypedDocumentString(`
    mutation AdoptChainTemplate($regionId: ID!, $templateId: ID!) {
  adoptChainTemplate(regionId: $regionId, templateId: $templateId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdoptChainTemplateMutation, AdoptChainTemplateMutationVariables>;
export const ChainForEditingDocument = new TypedDocumentString(`
    query ChainForEditing($chainId: ID!) {
  chain(id: $chainId) {
    id
    name
    nameZh
    version
    links {
      id
      name
      nameZh
      stage
      industryCodes
      keywords
      excludedKeywords
      downstream {
        id
      }
    }
    events {
      version
      at
      by
      kind
      note
      changes
    }
  }
}
    `) as unknown as TypedDocumentString<ChainForEditingQuery, ChainForEditingQueryVariables>;
export const EditChainDocument = new TypedDocumentString(`
    mutation EditChain($chainId: ID!, $expectedVersion: Int!, $changes: ChainChanges!) {
  editChain(
    chainId: $chainId
    expectedVersion: $expectedVersion
    changes: $changes
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<EditChainMutation, EditChainMutationVariables>;
export const SearchRegionsDocument = new TypedDocumentString(`
    query SearchRegions($text: String!) {
  searchRegions(text: $text, first: 8) {
    id
    name
    nameZh
    level
    parent {
      name
      nameZh
    }
  }
}
    `) as unknown as TypedDocumentString<SearchRegionsQuery, SearchRegionsQueryVariables>;
export const RegionMapDocument = new TypedDocumentString(`
    query RegionMap($regionId: ID!) {
  region(id: $regionId) {
    id
    name
    nameZh
    level
    code
    parent {
      name
      nameZh
    }
    chainOverview {
      chain {
        ...ChainStructureFields
      }
      completeness
      fillCount
      extendCount
      strengthenCount
      localSupplyShare
      chief
      history {
        at
        completeness
        localSupplyShare
      }
      links {
        ...LinkStateFields
      }
    }
  }
}
    fragment ChainStructureFields on Chain {
  id
  name
  nameZh
  links {
    id
    name
    nameZh
    stage
    downstream {
      id
    }
  }
}
fragment LinkStateFields on LinkOverview {
  link {
    id
  }
  state
  localEnterpriseCount
  localDemand
  localSupplyShare
  gapKind
  reasons
  activeProjects {
    id
    name
  }
}`) as unknown as TypedDocumentString<RegionMapQuery, RegionMapQueryVariables>;
export const LinkDetailDocument = new TypedDocumentString(`
    query LinkDetail($regionId: ID!, $chainId: ID!, $linkId: ID!) {
  chainGaps(regionId: $regionId, chainId: $chainId) {
    gaps {
      kind
      link {
        id
      }
      direction
      localEnterpriseCount
      externalDependency
      localDemand
      reasons
      relatedness
      sourceRegions(first: 5) {
        region {
          id
          name
          nameZh
        }
        firms
        rca
      }
      candidates(first: 10) {
        score
        reasons
        annualValueToLocalFirms
        components {
          ties
          scale
          stature
          fit
        }
        enterprise {
          id
          name
          nameZh
          creditCode
          revenue
          employees
          leading
          listed
          region {
            name
            nameZh
          }
        }
      }
    }
  }
  enterprises(
    filter: {regionId: $regionId, linkId: $linkId}
    first: 20
    orderBy: {field: REVENUE, direction: DESC}
  ) {
    totalCount
    edges {
      node {
        id
        name
        nameZh
        revenue
        employees
        leading
        listed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LinkDetailQuery, LinkDetailQueryVariables>;
export const SimulateRecruitmentDocument = new TypedDocumentString(`
    query SimulateRecruitment($regionId: ID!, $chainId: ID!, $enterpriseIds: [ID!]!) {
  simulateRecruitment(
    regionId: $regionId
    chainId: $chainId
    enterpriseIds: $enterpriseIds
  ) {
    completeness
    presentLinkCount
    linkCount
    links {
      ...LinkStateFields
    }
  }
}
    fragment LinkStateFields on LinkOverview {
  link {
    id
  }
  state
  localEnterpriseCount
  localDemand
  localSupplyShare
  gapKind
  reasons
  activeProjects {
    id
    name
  }
}`) as unknown as TypedDocumentString<SimulateRecruitmentQuery, SimulateRecruitmentQueryVariables>;
export const PipelineDocument = new TypedDocumentString(`
    query Pipeline($regionId: ID!) {
  region(id: $regionId) {
    id
    projects {
      ...ProjectFields
    }
  }
}
    fragment ProjectFields on Project {
  id
  name
  status
  nextStatuses
  version
  updatedAt
  investment
  responsibleUnit
  officer
  followUpAt
  enterprise {
    id
    name
    nameZh
  }
  link {
    id
    name
    nameZh
  }
  park {
    name
    nameZh
  }
}`) as unknown as TypedDocumentString<PipelineQuery, PipelineQueryVariables>;
export const CreateProjectDocument = new TypedDocumentString(`
    mutation CreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    ...ProjectFields
  }
}
    fragment ProjectFields on Project {
  id
  name
  status
  nextStatuses
  version
  updatedAt
  investment
  responsibleUnit
  officer
  followUpAt
  enterprise {
    id
    name
    nameZh
  }
  link {
    id
    name
    nameZh
  }
  park {
    name
    nameZh
  }
}`) as unknown as TypedDocumentString<CreateProjectMutation, CreateProjectMutationVariables>;
export const AdvanceProjectDocument = new TypedDocumentString(`
    mutation AdvanceProject($id: ID!, $status: ProjectStatus!, $expectedVersion: Int!, $note: String) {
  advanceProject(
    id: $id
    status: $status
    expectedVersion: $expectedVersion
    note: $note
  ) {
    ...ProjectFields
  }
}
    fragment ProjectFields on Project {
  id
  name
  status
  nextStatuses
  version
  updatedAt
  investment
  responsibleUnit
  officer
  followUpAt
  enterprise {
    id
    name
    nameZh
  }
  link {
    id
    name
    nameZh
  }
  park {
    name
    nameZh
  }
}`) as unknown as TypedDocumentString<AdvanceProjectMutation, AdvanceProjectMutationVariables>;
export const ProjectDetailDocument = new TypedDocumentString(`
    query ProjectDetail($id: ID!) {
  project(id: $id) {
    ...ProjectFields
    createdAt
    region {
      id
    }
    blockers {
      id
      kind
      text
      openedAt
      resolvedAt
      resolution
    }
    events {
      at
      by
      status
      note
      kind
    }
  }
}
    fragment ProjectFields on Project {
  id
  name
  status
  nextStatuses
  version
  updatedAt
  investment
  responsibleUnit
  officer
  followUpAt
  enterprise {
    id
    name
    nameZh
  }
  link {
    id
    name
    nameZh
  }
  park {
    name
    nameZh
  }
}`) as unknown as TypedDocumentString<ProjectDetailQuery, ProjectDetailQueryVariables>;
export const UpdateProjectDocument = new TypedDocumentString(`
    mutation UpdateProject($id: ID!, $expectedVersion: Int!, $input: UpdateProjectInput!) {
  updateProject(id: $id, expectedVersion: $expectedVersion, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const AddProjectNoteDocument = new TypedDocumentString(`
    mutation AddProjectNote($id: ID!, $text: String!) {
  addProjectNote(id: $id, text: $text) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddProjectNoteMutation, AddProjectNoteMutationVariables>;
export const OpenBlockerDocument = new TypedDocumentString(`
    mutation OpenBlocker($projectId: ID!, $kind: BlockerKind!, $text: String!) {
  openBlocker(projectId: $projectId, kind: $kind, text: $text) {
    id
  }
}
    `) as unknown as TypedDocumentString<OpenBlockerMutation, OpenBlockerMutationVariables>;
export const ResolveBlockerDocument = new TypedDocumentString(`
    mutation ResolveBlocker($id: ID!, $note: String) {
  resolveBlocker(id: $id, note: $note) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResolveBlockerMutation, ResolveBlockerMutationVariables>;
export const AttentionDocument = new TypedDocumentString(`
    query Attention($regionId: ID!) {
  region(id: $regionId) {
    id
    attention {
      kinds
      reasons
      project {
        id
        name
        officer
        followUpAt
        updatedAt
        enterprise {
          id
          name
          nameZh
        }
        blockers {
          id
          kind
          text
          resolvedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttentionQuery, AttentionQueryVariables>;