import { useSyncExternalStore } from 'react';
import { busyStore, type ApiError } from '../api/client';
import { useTexts } from '../i18n';

/** While a request waits to be tried again on a busy server: a quiet line, not an error. */
export function BusyNote() {
  const { label } = useTexts();
  const waiting = useSyncExternalStore(busyStore.subscribe, busyStore.waiting);
  if (waiting === 0) return null;
  return (
    <div className="banner banner-busy" role="status" data-testid="busy-note">
      <span>{label.busyRetrying}</span>
    </div>
  );
}

/** The page-wide banner: server unreachable, database down, token refused. */
export function ProblemBanner({ problem, onRetry, onDismiss }: { problem: ApiError; onRetry(): void; onDismiss(): void }) {
  const texts = useTexts();
  return (
    <div className={`banner banner-${problem.kind}`} role="alert" data-testid="problem-banner">
      <span>{texts.problem[problem.kind]}</span>
      <span className="banner-actions">
        {/* A refused session is not retried: the sign-in beside the banner is the way on. */}
        {problem.kind !== 'unauthenticated' && (
          <button type="button" onClick={onRetry}>
            {texts.label.retry}
          </button>
        )}
        <button type="button" className="quiet" onClick={onDismiss}>
          {texts.label.dismiss}
        </button>
      </span>
    </div>
  );
}

/** A problem shown where it happened (a refused mutation, a stale project); page problems are in the banner. */
export function ProblemNote({ problem }: { problem: ApiError | null }) {
  const texts = useTexts();
  if (!problem) return null;
  if (problem.kind === 'unauthenticated') return <p className="note">{texts.label.signInNeeded}</p>;
  if (problem.kind === 'network' || problem.kind === 'unavailable') return null;
  const explained = problem.kind === 'conflict' || problem.kind === 'forbidden';
  return (
    <p className="note note-error" role="alert">
      {texts.problem[problem.kind]} {explained ? '' : problem.message}
    </p>
  );
}
