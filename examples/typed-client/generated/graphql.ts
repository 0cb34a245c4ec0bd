/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type GapKind =
  /** 延链: a missing link next to what the region has. */
  | 'EXTEND'
  /** 补链: a missing link between links the region has. */
  | 'FILL'
  /** 强链: a link the region has, but weakly. */
  | 'STRENGTHEN';

export type ReasonCode =
  /** Project: an open blocker. */
  | 'BLOCKED'
  /** STRENGTHEN: local firms buy more than maxExternalDependency of the link from outside. */
  | 'BOUGHT_FROM_OUTSIDE'
  /** STRENGTHEN: fewer local firms than minEnterprises. */
  | 'FEW_LOCAL_FIRMS'
  /** Project: its follow-up date has passed. */
  | 'FOLLOW_UP_OVERDUE'
  /** Candidate: a leading enterprise (龙头企业). */
  | 'LEADING_ENTERPRISE'
  /** Candidate: how many of its links the region already has. */
  | 'LINKS_ALREADY_PRESENT'
  /** Candidate: a listed company. */
  | 'LISTED_COMPANY'
  /** FILL: the links upstream and downstream of this one are present. */
  | 'MISSING_BETWEEN_PRESENT'
  /** EXTEND: within maxExtendDistance of a link the region has. */
  | 'MISSING_NEAR_PRESENT'
  /** EXTEND: right next to a link the region has. */
  | 'MISSING_NEXT_TO_PRESENT'
  /** Project: nothing happened to it for staleDays. */
  | 'NOTHING_DONE'
  /** EXTEND: the region has no link of this chain yet. */
  | 'NO_LINK_OF_CHAIN_YET'
  /** STRENGTHEN: no local leading firm. */
  | 'NO_LOCAL_LEADING_FIRM'
  /** Growth opportunity: nothing the region specialises in is related to it. */
  | 'NO_RELATED_SPECIALISATION'
  /** Some local firms of the link count through OPERATING projects. */
  | 'PRESENT_THROUGH_PROJECTS'
  /** Growth opportunity: a link the region specialises in that counties often combine with this one. */
  | 'RELATED_SPECIALISATION'
  /** Candidate: its revenue. */
  | 'REVENUE'
  /** Candidate: already supplies local firms (以商招商). */
  | 'SELLS_TO_LOCAL_FIRMS';

export type ChainGapsQueryVariables = Exact<{
  regionId: string | number;
  chainId: string | number;
  candidates?: number | null | undefined;
}>;


export type ChainGapsQuery = { chainGaps: { completeness: number, presentLinkCount: number, linkCount: number, region: { name: string, nameZh: string | null }, chain: { name: string, nameZh: string | null }, gaps: Array<{ kind: GapKind, reasons: Array<string>, link: { id: string, name: string, nameZh: string | null }, reasonDetails: Array<{ code: ReasonCode }>, candidates: Array<{ score: number, enterprise: { id: string, name: string, nameZh: string | null } }> }> } };

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

export const ChainGapsDocument = new TypedDocumentString(`
    query ChainGaps($regionId: ID!, $chainId: ID!, $candidates: Int = 3) {
  chainGaps(regionId: $regionId, chainId: $chainId) {
    region {
      name
      nameZh
    }
    chain {
      name
      nameZh
    }
    completeness
    presentLinkCount
    linkCount
    gaps {
      kind
      link {
        id
        name
        nameZh
      }
      reasons
      reasonDetails {
        code
      }
      candidates(first: $candidates) {
        score
        enterprise {
          id
          name
          nameZh
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChainGapsQuery, ChainGapsQueryVariables>;