import { evidenceText } from '../../../domain/link-assignment.js';
import type { LinkAssignmentResolvers } from '../generated/resolvers-types.js';

export const LinkAssignment: LinkAssignmentResolvers = {
  // In the request's language when the rule's match is stored; an older import has only the English phrase.
  evidence: ({ basis, evidence, matched, matchedAgainst }, _, { language }) =>
    basis !== 'DECLARED' && matched !== null && matchedAgainst !== null ? evidenceText(basis, matched, matchedAgainst, language) : evidence,
};
