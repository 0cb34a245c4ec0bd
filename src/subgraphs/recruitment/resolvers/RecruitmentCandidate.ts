import type { RecruitmentCandidateResolvers } from '../generated/resolvers-types.js';

export const RecruitmentCandidate: RecruitmentCandidateResolvers = {
  enterprise: ({ facts }) => ({ id: facts.enterpriseId, name: facts.name, nameZh: facts.nameZh }),
};
