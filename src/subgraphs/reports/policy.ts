import type { Policy } from '../../auth/policy.js';

/** Reports and ad-hoc Cypher are for analysts (read-only by construction). */
export const REPORTS_POLICY: Policy = {
  'Query.reports': ['analyst'],
  'Query.report': ['analyst'],
  'Query.runReport': ['analyst'],
  'Query.runCypher': ['analyst'],
};
