import type { RecruitmentCandidateResolvers } from '../generated/resolvers-types.js';
import { reasonFields } from './Reason.js';

export const RecruitmentCandidate: RecruitmentCandidateResolvers = {
  ...reasonFields,
  enterprise: ({ facts }) => ({ id: facts.enterpriseId, name: facts.name, nameZh: facts.nameZh }),
};
