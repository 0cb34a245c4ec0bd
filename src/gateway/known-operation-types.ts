import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses operations of a kind the schema does not have (there are no subscriptions here) at validation, as a
 * client error; otherwise they fail inside the query planner as an internal error.
 */
export const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations.`, { nodes: [node] }));
    }
  },
});
