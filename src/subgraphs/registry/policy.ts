import type { Policy } from '../../auth/policy.js';

/** The registry is public, but for whom to call at a firm: the people who court firms and who study them. */
export const REGISTRY_POLICY: Policy = {
  'Enterprise.contact': ['planner', 'analyst'],
};
