/**
 * The map's region search and drawing: regions, their chains and links, a link's detail and a recruitment simulated. Typed by `npm run codegen` from schema/api.graphql: a schema change that breaks one breaks the build.
 */
import { graphql } from '../../generated/gql';

export const SearchRegionsQuery = graphql(`
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
`);

export const RegionMapQuery = graphql(`
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
`);

/** A chain as the map draws it: its links, their stage and what each feeds. */
export const ChainStructureFields = graphql(`
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
`);

export const LinkStateFields = graphql(`
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
`);

export const LinkDetailQuery = graphql(`
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
    enterprises(filter: { regionId: $regionId, linkId: $linkId }, first: 20, orderBy: { field: REVENUE, direction: DESC }) {
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
`);

export const SimulateRecruitmentQuery = graphql(`
  query SimulateRecruitment($regionId: ID!, $chainId: ID!, $enterpriseIds: [ID!]!) {
    simulateRecruitment(regionId: $regionId, chainId: $chainId, enterpriseIds: $enterpriseIds) {
      completeness
      presentLinkCount
      linkCount
      links {
        ...LinkStateFields
      }
    }
  }
`);
