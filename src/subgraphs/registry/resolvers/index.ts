import type { Resolvers } from '../generated/resolvers-types.js';
import { Enterprise } from './Enterprise.js';
import { EnterpriseConnection } from './EnterpriseConnection.js';
import { Industry } from './Industry.js';
import { Park } from './Park.js';
import { Query } from './Query.js';
import { Region } from './Region.js';

export const resolvers: Resolvers = { Query, Region, Park, Industry, Enterprise, EnterpriseConnection };
