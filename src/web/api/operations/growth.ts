/**
 * What anyone may see of a region, where it could grow, where to travel, and a chain across regions. Typed by `npm run codegen` from schema/api.graphql: a schema change that breaks one breaks the build.
 */
import { graphql } from '../../generated/gql';

/** What anyone may see of a region, without signing in: its leading chains and their links. */
export const PublicRegionQuery = graphql(`
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
`);

/** Where the region could grow: its growth opportunities, the chains it could take up, and its peers. */
export const GrowthQuery = graphql(`
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
`);

/** Where to travel to recruit for a chain's gaps: destinations and the firms to visit there. */
export const TripsQuery = graphql(`
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
`);

export const ChainListQuery = graphql(`
  query ChainList {
    chains {
      id
      name
      nameZh
    }
  }
`);

export const ChainRegionSummaryFields = graphql(`
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
`);

/** The chains led within a region (by it or by regions under it), most leading regions first. */
export const ChainsLedWithinQuery = graphql(`
  query ChainsLedWithin($regionId: ID!) {
    region(id: $regionId) {
      id
      chainsLedWithin {
        id
      }
    }
  }
`);

/** A chain across the regions under a city or province, and the region's own roll-up. */
export const SubregionOverviewQuery = graphql(`
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
`);

/** The national view of a chain: each province's completeness and specialisation. */
export const NationalOverviewQuery = graphql(`
  query NationalOverview($chainId: ID!) {
    nationalOverview(chainId: $chainId) {
      subregions {
        ...ChainRegionSummaryFields
      }
    }
  }
`);
