/**
 * Every operation the map sends, typed by `npm run codegen` from schema/api.graphql: a schema change that breaks
 * one of them breaks the build.
 */
import { graphql } from '../generated/gql';

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
        chief
        history {
          at
          completeness
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

export const PipelineQuery = graphql(`
  query Pipeline($regionId: ID!) {
    region(id: $regionId) {
      id
      projects {
        ...ProjectFields
      }
    }
  }
`);

export const ProjectFields = graphql(`
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
`);

export const CreateProjectMutation = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      ...ProjectFields
    }
  }
`);

export const AdvanceProjectMutation = graphql(`
  mutation AdvanceProject($id: ID!, $status: ProjectStatus!, $expectedVersion: Int!, $note: String) {
    advanceProject(id: $id, status: $status, expectedVersion: $expectedVersion, note: $note) {
      ...ProjectFields
    }
  }
`);

export const ProjectDetailQuery = graphql(`
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
`);

export const UpdateProjectMutation = graphql(`
  mutation UpdateProject($id: ID!, $expectedVersion: Int!, $input: UpdateProjectInput!) {
    updateProject(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
    }
  }
`);

export const AddProjectNoteMutation = graphql(`
  mutation AddProjectNote($id: ID!, $text: String!) {
    addProjectNote(id: $id, text: $text) {
      id
    }
  }
`);

export const OpenBlockerMutation = graphql(`
  mutation OpenBlocker($projectId: ID!, $kind: BlockerKind!, $text: String!) {
    openBlocker(projectId: $projectId, kind: $kind, text: $text) {
      id
    }
  }
`);

export const ResolveBlockerMutation = graphql(`
  mutation ResolveBlocker($id: ID!, $note: String) {
    resolveBlocker(id: $id, note: $note) {
      id
    }
  }
`);

export const AttentionQuery = graphql(`
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
`);

export const FirmProfileQuery = graphql(`
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
`);

/** A planner's view of the firm: the projects courting it (in their scope). */
export const FirmProjectsQuery = graphql(`
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
`);

/** A chain's recruitment brief (招商简报): the chain drawn, its gaps with reasons and best candidates, its projects. */
export const ChainBriefQuery = graphql(`
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
`);

/** The region's projects for the brief (its own query: nested under every link, their lists would multiply). */
export const BriefProjectsQuery = graphql(`
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
`);

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
