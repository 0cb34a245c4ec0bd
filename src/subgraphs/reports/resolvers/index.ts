import { GraphQLJSON } from 'graphql-scalars';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Query } from './Query.js';
import { ReportParameter } from './ReportParameter.js';

export const resolvers: Resolvers = { Query, ReportParameter, JSON: GraphQLJSON };
