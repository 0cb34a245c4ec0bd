import type { RecruitmentCandidateResolvers } from '../generated/resolvers-types.js';

export const RecruitmentCandidate: RecruitmentCandidateResolvers = {
  enterprise: ({ enterpriseId }) => ({ id: enterpriseId }),
};
