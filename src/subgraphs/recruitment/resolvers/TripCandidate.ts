import { reasonText } from '../../../domain/reasons.js';
import type { TripCandidateResolvers } from '../generated/resolvers-types.js';

export const TripCandidate: TripCandidateResolvers = {
  enterprise: ({ candidate }) => ({ id: candidate.facts.enterpriseId, name: candidate.facts.name, nameZh: candidate.facts.nameZh }),
  link: ({ linkId }) => ({ id: linkId }),
  reasons: ({ candidate }, _, { language }) => candidate.reasons.map((reason) => reasonText(reason, language)),
  reasonDetails: ({ candidate }) => candidate.reasons,
};
