import type { Policy } from '../../auth/policy.js';

/** Chains are public; editing one is for admins, as a chain is shared by every region leading it. */
export const CHAINS_POLICY: Policy = {
  'Mutation.editChain': ['admin'],
};
