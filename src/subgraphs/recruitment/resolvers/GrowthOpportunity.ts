import type { GrowthOpportunityResolvers } from '../generated/resolvers-types.js';
import { reasonFields } from './Reason.js';

export const GrowthOpportunity: GrowthOpportunityResolvers = {
  ...reasonFields,
  link: ({ linkId }) => ({ id: linkId }),
};
