/**
 * The operations this client sends, written as GraphQL: `npm run codegen` checks each against schema/api.graphql
 * and generates its result and variable types into ./generated.
 */
import { graphql } from './generated/index.js';

export const ChainGapsQuery = graphql(`
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
`);
