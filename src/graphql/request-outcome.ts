import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { currentRequest } from '../platform/request-context.js';

/** Records the operation's name, whether it validated, and the codes of its errors (as the client sees them) for the request's log line. */
export function recordRequestOutcome<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation() {
          const outcome = currentRequest()?.outcome;
          if (outcome) outcome.validated = true;
        },
        async willSendResponse({ request, operationName, response }) {
          const outcome = currentRequest()?.outcome;
          if (!outcome) return;
          outcome.operationName = operationName ?? request.operationName ?? null;
          if (response.body.kind !== 'single') return;
          outcome.errorCodes = (response.body.singleResult.errors ?? []).map((error) =>
            String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
          );
        },
      };
    },
  };
}
