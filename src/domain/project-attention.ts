/**
 * When a project needs attention (docs/domain.md, "The recruitment workflow"): its follow-up date has passed, it has
 * an open blocker, or nothing happened to it for `staleDays`. Pure: the caller gives today's date.
 */
import type { BlockerKind, ProjectStatus } from './vocabulary.js';
import { isActive } from './project-pipeline.js';
import { reason, type Reason } from './reasons.js';

export type AttentionKind = 'OVERDUE' | 'BLOCKED' | 'STALE';

export interface AttentionFacts {
  status: ProjectStatus;
  /** YYYY-MM-DD. */
  followUpAt: string | null;
  openBlockers: readonly { kind: BlockerKind; text: string; openedAt: string }[];
  /** ISO 8601: its latest event (or change). */
  lastActivityAt: string;
}

export interface Attention {
  kinds: AttentionKind[];
  reasons: Reason[];
  /** For ordering: the larger, the more urgent. */
  urgency: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole calendar days (UTC) from the date `from` begins with to `to`. */
function daysBetween(from: string, to: Date): number {
  const [year, month, day] = from.slice(0, 10).split('-').map(Number) as [number, number, number];
  const end = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  return Math.round((end - Date.UTC(year, month - 1, day)) / DAY_MS);
}

/** Why an active project needs attention today; null when it does not (or is no longer active). */
export function attentionOf(project: AttentionFacts, today: Date, staleDays: number): Attention | null {
  if (!isActive(project.status)) return null;
  const kinds: AttentionKind[] = [];
  const reasons: Reason[] = [];
  let urgency = 0;
  if (project.followUpAt !== null) {
    const late = daysBetween(project.followUpAt, today);
    if (late > 0) {
      kinds.push('OVERDUE');
      reasons.push(reason('FOLLOW_UP_OVERDUE', { dueOn: project.followUpAt, days: late }));
      urgency += late;
    }
  }
  if (project.openBlockers.length > 0) {
    kinds.push('BLOCKED');
    for (const blocker of project.openBlockers) {
      reasons.push(reason('BLOCKED', { kind: blocker.kind, since: blocker.openedAt.slice(0, 10), text: blocker.text }));
      urgency += Math.max(1, daysBetween(blocker.openedAt, today));
    }
  }
  const idle = daysBetween(project.lastActivityAt, today);
  if (idle >= staleDays) {
    kinds.push('STALE');
    reasons.push(reason('NOTHING_DONE', { days: idle, lastChangeOn: project.lastActivityAt.slice(0, 10) }));
    urgency += idle;
  }
  return kinds.length === 0 ? null : { kinds, reasons, urgency };
}
