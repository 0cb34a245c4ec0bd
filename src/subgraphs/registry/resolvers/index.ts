import { GraphQLScalarType } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Carrier } from './Carrier.js';
import { Enterprise } from './Enterprise.js';
import { EnterpriseConnection } from './EnterpriseConnection.js';
import { Industry } from './Industry.js';
import { IndustryClass } from './IndustryClass.js';
import { Park } from './Park.js';
import { Query } from './Query.js';
import { Region } from './Region.js';

/** YYYY-MM-DD, as graphql-scalars' LocalDate checks it, under the name the API gives it. */
const DateScalar = new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date', description: 'A calendar date, YYYY-MM-DD.' });

export const resolvers: Resolvers = {
  Query,
  Region,
  Park,
  Carrier,
  Industry,
  IndustryClass,
  Enterprise,
  EnterpriseConnection,
  Date: DateScalar,
};
