/**
 * The chain library (templates a region adopts) and the chain editor (admins), with who is signed in. Typed by
 * `npm run codegen` from schema/api.graphql.
 */
import { graphql } from '../../generated/gql';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      role
      regionId
    }
  }
`);

export const ChainTemplatesQuery = graphql(`
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
`);

export const AdoptChainTemplateMutation = graphql(`
  mutation AdoptChainTemplate($regionId: ID!, $templateId: ID!) {
    adoptChainTemplate(regionId: $regionId, templateId: $templateId) {
      id
    }
  }
`);

export const ChainForEditingQuery = graphql(`
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
`);

export const EditChainMutation = graphql(`
  mutation EditChain($chainId: ID!, $expectedVersion: Int!, $changes: ChainChanges!) {
    editChain(chainId: $chainId, expectedVersion: $expectedVersion, changes: $changes) {
      id
      version
    }
  }
`);
