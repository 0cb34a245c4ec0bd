/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ChainDirection =
  | 'DOWNSTREAM'
  | 'UPSTREAM';

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
};

export type GapKind =
  /** 延链: a missing link next to what the region has. */
  | 'EXTEND'
  /** 补链: a missing link between links the region has. */
  | 'FILL'
  /** 强链: a link the region has, but weakly. */
  | 'STRENGTHEN';

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
  | 'PROVINCE';

export type SearchRegionsQueryVariables = Exact<{
  text: string;
}>;


export type SearchRegionsQuery = { searchRegions: Array<{ id: string, name: string, nameZh: string | null, level: RegionLevel, parent: { name: string, nameZh: string | null } | null }> };

export type RegionMapQueryVariables = Exact<{
  regionId: string | number;
}>;


export type RegionMapQuery = { region: { id: string, name: string, nameZh: string | null, level: RegionLevel, parent: { name: string, nameZh: string | null } | null, chainOverview: Array<{ completeness: number, fillCount: number, extendCount: number, strengthenCount: number, chain: { id: string, name: string, nameZh: string | null, links: Array<{ id: string, name: string, nameZh: string | null, stage: LinkStage, downstream: Array<{ id: string }> }> }, links: Array<{ state: LinkState, localEnterpriseCount: number, gapKind: GapKind | null, link: { id: string } }> }> } | null };

export type LinkStateFieldsFragment = { state: LinkState, localEnterpriseCount: number, gapKind: GapKind | null, link: { id: string } };

export type LinkDetailQueryVariables = Exact<{
  regionId: string | number;
  chainId: string | number;
  linkId: string | number;
}>;


export type LinkDetailQuery = { chainGaps: { gaps: Array<{ kind: GapKind, direction: ChainDirection | null, localEnterpriseCount: number, externalDependency: number | null, localDemand: number | null, reasons: Array<string>, link: { id: string }, candidates: Array<{ score: number, reasons: Array<string>, annualValueToLocalFirms: number, components: { ties: number, scale: number, stature: number, fit: number }, enterprise: { id: string, name: string, nameZh: string | null, creditCode: string, revenue: number | null, employees: number | null, leading: boolean, listed: boolean, region: { name: string, nameZh: string | null } } }> }> }, enterprises: { totalCount: number, edges: Array<{ node: { id: string, name: string, nameZh: string | null, revenue: number | null, employees: number | null, leading: boolean, listed: boolean } }> } };

export type SimulateRecruitmentQueryVariables = Exact<{
  regionId: string | number;
  chainId: string | number;
  enterpriseIds: Array<string | number> | string | number;
}>;


export type SimulateRecruitmentQuery = { simulateRecruitment: { completeness: number, presentLinkCount: number, linkCount: number, links: Array<{ state: LinkState, localEnterpriseCount: number, gapKind: GapKind | null, link: { id: string } }> } };

export type PipelineQueryVariables = Exact<{
  regionId: string | number;
}>;


export type PipelineQuery = { region: { id: string, projects: Array<{ id: string, name: string, status: ProjectStatus, nextStatuses: Array<ProjectStatus>, version: number, updatedAt: string, investment: number | null, enterprise: { id: string, name: string, nameZh: string | null }, link: { id: string, name: string, nameZh: string | null } | null, park: { name: string, nameZh: string | null } | null }> } | null };

export type ProjectFieldsFragment = { id: string, name: string, status: ProjectStatus, nextStatuses: Array<ProjectStatus>, version: number, updatedAt: string, investment: number | null, enterprise: { id: string, name: string, nameZh: string | null }, link: { id: string, name: string, nameZh: string | null } | null, park: { name: string, nameZh: string | null } | null };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { createProject: { id: string, name: string, status: ProjectStatus, nextStatuses: Array<ProjectStatus>, version: number, updatedAt: string, investment: number | null, enterprise: { id: string, name: string, nameZh: string | null }, link: { id: string, name: string, nameZh: string | null } | null, park: { name: string, nameZh: string | null } | null } };

export type AdvanceProjectMutationVariables = Exact<{
  id: string | number;
  status: ProjectStatus;
  expectedVersion: number;
}>;


export type AdvanceProjectMutation = { advanceProject: { id: string, name: string, status: ProjectStatus, nextStatuses: Array<ProjectStatus>, version: number, updatedAt: string, investment: number | null, enterprise: { id: string, name: string, nameZh: string | null }, link: { id: string, name: string, nameZh: string | null } | null, park: { name: string, nameZh: string | null } | null } };

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
export const LinkStateFieldsFragmentDoc = new TypedDocumentString(`
    fragment LinkStateFields on LinkOverview {
  link {
    id
  }
  state
  localEnterpriseCount
  gapKind
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
    parent {
      name
      nameZh
    }
    chainOverview {
      chain {
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
      completeness
      fillCount
      extendCount
      strengthenCount
      links {
        ...LinkStateFields
      }
    }
  }
}
    fragment LinkStateFields on LinkOverview {
  link {
    id
  }
  state
  localEnterpriseCount
  gapKind
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
  gapKind
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
    mutation AdvanceProject($id: ID!, $status: ProjectStatus!, $expectedVersion: Int!) {
  advanceProject(id: $id, status: $status, expectedVersion: $expectedVersion) {
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