import type { RecruitmentTripResolvers } from '../generated/resolvers-types.js';
import { references } from './references.js';

export const RecruitmentTrip: RecruitmentTripResolvers = {
  destination: ({ destinationId }) => ({ id: destinationId }),
  candidates: ({ stops }) => stops,
  gaps: ({ linkIds }) => references(linkIds),
};
