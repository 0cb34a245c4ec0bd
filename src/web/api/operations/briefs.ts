/**
 * A firm's profile and a chain's recruitment brief (招商简报). Typed by `npm run codegen` from schema/api.graphql: a schema change that breaks one breaks the build.
 */
import { graphql } from '../../generated/gql';

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
