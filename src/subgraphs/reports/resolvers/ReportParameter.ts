import type { ReportParameterResolvers, ReportParameterType } from '../generated/resolvers-types.js';

export const ReportParameter: ReportParameterResolvers = {
  type: ({ type }) => type.toUpperCase() as ReportParameterType,
};
