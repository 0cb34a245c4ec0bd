/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ChainGaps($regionId: ID!, $chainId: ID!, $candidates: Int = 3) {\n    chainGaps(regionId: $regionId, chainId: $chainId) {\n      region {\n        name\n        nameZh\n      }\n      chain {\n        name\n        nameZh\n      }\n      completeness\n      presentLinkCount\n      linkCount\n      gaps {\n        kind\n        link {\n          id\n          name\n          nameZh\n        }\n        reasons\n        reasonDetails {\n          code\n        }\n        candidates(first: $candidates) {\n          score\n          enterprise {\n            id\n            name\n            nameZh\n          }\n        }\n      }\n    }\n  }\n": typeof types.ChainGapsDocument,
};
const documents: Documents = {
    "\n  query ChainGaps($regionId: ID!, $chainId: ID!, $candidates: Int = 3) {\n    chainGaps(regionId: $regionId, chainId: $chainId) {\n      region {\n        name\n        nameZh\n      }\n      chain {\n        name\n        nameZh\n      }\n      completeness\n      presentLinkCount\n      linkCount\n      gaps {\n        kind\n        link {\n          id\n          name\n          nameZh\n        }\n        reasons\n        reasonDetails {\n          code\n        }\n        candidates(first: $candidates) {\n          score\n          enterprise {\n            id\n            name\n            nameZh\n          }\n        }\n      }\n    }\n  }\n": types.ChainGapsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainGaps($regionId: ID!, $chainId: ID!, $candidates: Int = 3) {\n    chainGaps(regionId: $regionId, chainId: $chainId) {\n      region {\n        name\n        nameZh\n      }\n      chain {\n        name\n        nameZh\n      }\n      completeness\n      presentLinkCount\n      linkCount\n      gaps {\n        kind\n        link {\n          id\n          name\n          nameZh\n        }\n        reasons\n        reasonDetails {\n          code\n        }\n        candidates(first: $candidates) {\n          score\n          enterprise {\n            id\n            name\n            nameZh\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ChainGapsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
