import { badUserInput } from '../../../graphql/errors.js';
import { admitted } from '../../../server/admission.js';
import { RETRY_AFTER_SECONDS } from '../../../server/service.js';
import type { Params } from '../../../neo4j/driver.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { adHocParameters } from '../parameters.js';

/** `params` must be a JSON object (or absent). */
function paramsObject(params: unknown): Record<string, unknown> {
  if (params === null || params === undefined) return {};
  if (typeof params !== 'object' || Array.isArray(params)) {
    throw badUserInput('params must be a JSON object of parameter names and values.', { argumentName: 'params' });
  }
  return params as Record<string, unknown>;
}

const WHAT = 'The reports service (as many reports as it runs at once are running)';

export const Query: QueryResolvers = {
  reports: (_, __, { runner }) => [...runner.catalogue],
  report: (_, { name }, { runner }) => runner.report(name) ?? null,
  runReport: (_, { name, params }, { runner, reportsAdmission }) =>
    admitted(reportsAdmission, WHAT, RETRY_AFTER_SECONDS, () => runner.runReport(name, paramsObject(params))),
  runCypher: (_, { query, params }, { runner, reportsAdmission }) =>
    admitted(reportsAdmission, WHAT, RETRY_AFTER_SECONDS, () => runner.runCypher(query, adHocParameters(paramsObject(params)) as Params)),
};
