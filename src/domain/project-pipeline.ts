/**
 * The recruitment pipeline of a project (目标企业信息库): LEAD → CONTACTED → NEGOTIATING → SIGNED → LANDED →
 * OPERATING, one step at a time, or DROPPED from any state but DROPPED.
 */
import { PROJECT_STATUSES, type ProjectStatus } from './vocabulary.js';

const PIPELINE: readonly ProjectStatus[] = PROJECT_STATUSES.filter((status) => status !== 'DROPPED');

/** Where a project in `status` may move next. */
export function nextStatuses(status: ProjectStatus): ProjectStatus[] {
  if (status === 'DROPPED') return [];
  const next = PIPELINE[PIPELINE.indexOf(status) + 1];
  return next ? [next, 'DROPPED'] : ['DROPPED'];
}

/** Why `from → to` is not allowed, in words a planner can act on; undefined when it is. */
export function transitionProblem(from: ProjectStatus, to: ProjectStatus): string | undefined {
  const allowed = nextStatuses(from);
  if (allowed.includes(to)) return undefined;
  if (allowed.length === 0) return `the project is ${from}; a dropped project cannot move`;
  return `a ${from} project can move only to ${allowed.join(' or ')}, not to ${to}`;
}

/** A firm with a project in one of these states in a region counts as recruited there: no longer a candidate. */
export const RECRUITED_STATUSES: readonly ProjectStatus[] = ['LANDED', 'OPERATING'];

/** Projects still being worked on: neither given up nor producing. A firm has at most one per region and link. */
export function isActive(status: ProjectStatus): boolean {
  return status !== 'DROPPED' && status !== 'OPERATING';
}

/** The key that makes a second active project for the same firm, region and link a conflict (null once inactive). */
export function activeProjectKey(status: ProjectStatus, enterpriseId: string, regionId: string, linkId: string | null): string | null {
  return isActive(status) ? JSON.stringify([enterpriseId, regionId, linkId]) : null;
}
