import { useState, type FormEvent } from 'react';
import type { ApiError } from '../api/client';
import {
  AddProjectNoteMutation,
  AdvanceProjectMutation,
  OpenBlockerMutation,
  ProjectDetailQuery,
  ResolveBlockerMutation,
  UpdateProjectMutation,
} from '../api/operations/projects';
import { useOperation, useQuery } from '../api/use-operation';
import { yuan } from '../../domain/readable-numbers';
import type { BlockerKind, ProjectDetailQuery as ProjectDetail, ProjectStatus } from '../generated/graphql';
import { useTexts } from '../i18n';
import { FirmName } from './FirmName';
import { Names } from './Names';
import { ProblemNote } from './ProblemBanner';

const BLOCKER_KINDS: BlockerKind[] = ['LAND', 'ENVIRONMENT', 'PERMIT', 'FUNDING', 'OTHER'];
type Project = NonNullable<ProjectDetail['project']>;

/** A date and time as a planner reads it: 2026-12-02 14:05. */
const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/**
 * One project, as its officer works it: where it stands, its unit, officer and next follow-up (editable), its
 * blockers, its whole history, and a note. Every change sends the version shown, so a stale edit is refused.
 */
export function ProjectDrawer({ projectId, onClose, onChanged }: { projectId: string; onClose(): void; onChanged(): void }) {
  const texts = useTexts();
  const { label } = texts;
  const detail = useQuery(ProjectDetailQuery, { id: projectId });
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (change: () => Promise<unknown>) => {
    setProblem(null);
    setBusy(true);
    try {
      await change();
      onChanged();
    } catch (error) {
      setProblem(error as ApiError);
    } finally {
      setBusy(false);
      detail.reload();
    }
  };
  const project = detail.data?.project;

  return (
    <aside className="drawer" role="dialog" aria-modal="false" aria-labelledby="drawer-title" data-testid="project-drawer">
      <header className="drawer-header">
        <h3 id="drawer-title">{project?.name ?? label.loading}</h3>
        <button type="button" className="quiet" onClick={onClose} data-testid="close-drawer">
          {label.close}
        </button>
      </header>
      <ProblemNote problem={problem ?? detail.error} />
      {project && <ProjectBody project={project} busy={busy} run={run} />}
    </aside>
  );
}

function ProjectBody({ project, busy, run }: { project: Project; busy: boolean; run(change: () => Promise<unknown>): Promise<void> }) {
  const texts = useTexts();
  const { label, language } = texts;
  const advance = useOperation(AdvanceProjectMutation);
  const update = useOperation(UpdateProjectMutation);
  const [note, setNote] = useState('');

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (field: string) => String(form.get(field) ?? '').trim() || null;
    void run(() =>
      update({
        id: project.id,
        expectedVersion: project.version,
        input: { responsibleUnit: text('responsibleUnit'), officer: text('officer'), followUpAt: text('followUpAt') },
      }),
    );
  };
  const move = (status: ProjectStatus) =>
    run(() => advance({ id: project.id, status, expectedVersion: project.version, note: note.trim() || null }).then(() => setNote('')));

  return (
    <div className="drawer-body">
      <p className="drawer-facts">
        <FirmName firm={project.enterprise} />
        {project.link && (
          <>
            {' · '}
            <Names named={project.link} />
          </>
        )}
        {project.investment !== null && ` · ${yuan(project.investment, language)}`}
      </p>
      <p>
        {label.status}: <strong data-testid="drawer-status">{texts.projectStatus[project.status]}</strong>
        {project.nextStatuses.map((next) => (
          <button
            key={next}
            type="button"
            className="quiet"
            disabled={busy}
            data-testid={`drawer-move-${next}`}
            onClick={() => void move(next)}
          >
            {label.moveTo} {texts.projectStatus[next]}
          </button>
        ))}
      </p>

      <form className="drawer-form" onSubmit={save} data-testid="project-edit" key={project.version}>
        <label>
          {label.responsibleUnit}
          <input name="responsibleUnit" defaultValue={project.responsibleUnit ?? ''} maxLength={200} />
        </label>
        <label>
          {label.officer}
          <input name="officer" defaultValue={project.officer ?? ''} maxLength={200} />
        </label>
        <label>
          {label.followUpAt}
          <input name="followUpAt" type="date" defaultValue={project.followUpAt ?? ''} />
        </label>
        <button type="submit" disabled={busy} data-testid="save-project">
          {label.save}
        </button>
      </form>

      <BlockersSection project={project} busy={busy} run={run} />
      <HistorySection project={project} busy={busy} run={run} note={note} onNote={setNote} />
    </div>
  );
}

interface SectionProps {
  project: Project;
  busy: boolean;
  run(change: () => Promise<unknown>): Promise<void>;
}

/** The project's obstacles: open ones to resolve (with how), and a new one to record. */
function BlockersSection({ project, busy, run }: SectionProps) {
  const texts = useTexts();
  const { label } = texts;
  const openBlocker = useOperation(OpenBlockerMutation);
  const resolveBlocker = useOperation(ResolveBlockerMutation);
  const [blockerKind, setBlockerKind] = useState<BlockerKind>('LAND');
  const [blockerText, setBlockerText] = useState('');
  const [resolutions, setResolutions] = useState<Record<string, string>>({});
  return (
    <section aria-labelledby="blockers-title">
      <h4 id="blockers-title">{label.blockers}</h4>
      {project.blockers.length === 0 && <p className="note">{label.noBlockers}</p>}
      <ul className="blockers" data-testid="blockers">
        {project.blockers.map((blocker) => (
          <li key={blocker.id} data-testid="blocker" data-open={blocker.resolvedAt === null}>
            <span className="chip">{texts.blockerKind[blocker.kind]}</span> {blocker.text}{' '}
            <span className="firm-facts">
              {label.openedOn} {blocker.openedAt.slice(0, 10)}
              {blocker.resolvedAt &&
                ` · ${label.resolvedOn} ${blocker.resolvedAt.slice(0, 10)}${blocker.resolution ? `: ${blocker.resolution}` : ''}`}
            </span>
            {blocker.resolvedAt === null && (
              <span className="inline-form">
                <input
                  aria-label={label.resolutionPlaceholder}
                  placeholder={label.resolutionPlaceholder}
                  value={resolutions[blocker.id] ?? ''}
                  onChange={(event) => setResolutions({ ...resolutions, [blocker.id]: event.target.value })}
                />
                <button
                  type="button"
                  className="quiet"
                  disabled={busy}
                  data-testid="resolve-blocker"
                  onClick={() => void run(() => resolveBlocker({ id: blocker.id, note: resolutions[blocker.id]?.trim() || null }))}
                >
                  {label.resolveBlocker}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (blockerText.trim())
            void run(() =>
              openBlocker({ projectId: project.id, kind: blockerKind, text: blockerText.trim() }).then(() => setBlockerText('')),
            );
        }}
      >
        <select aria-label={label.openBlocker} value={blockerKind} onChange={(event) => setBlockerKind(event.target.value as BlockerKind)}>
          {BLOCKER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {texts.blockerKind[kind]}
            </option>
          ))}
        </select>
        <input
          aria-label={label.blockerPlaceholder}
          placeholder={label.blockerPlaceholder}
          value={blockerText}
          onChange={(event) => setBlockerText(event.target.value)}
          data-testid="blocker-text"
        />
        <button type="submit" className="quiet" disabled={busy} data-testid="open-blocker">
          {label.openBlocker}
        </button>
      </form>
    </section>
  );
}

/** Every change to the project, newest first, under a note to add (also sent with a move). */
function HistorySection({ project, busy, run, note, onNote }: SectionProps & { note: string; onNote(note: string): void }) {
  const texts = useTexts();
  const { label } = texts;
  const addNote = useOperation(AddProjectNoteMutation);
  return (
    <section aria-labelledby="history-title">
      <h4 id="history-title">{label.history}</h4>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (note.trim()) void run(() => addNote({ id: project.id, text: note.trim() }).then(() => onNote('')));
        }}
      >
        <input
          aria-label={label.addNote}
          placeholder={label.notePlaceholder}
          value={note}
          onChange={(event) => onNote(event.target.value)}
          data-testid="note-text"
        />
        <button type="submit" className="quiet" disabled={busy} data-testid="add-note">
          {label.addNote}
        </button>
      </form>
      <ol className="events" data-testid="events">
        {project.events.map((event, index) => (
          <li key={`${event.at}-${index}`} data-testid="event" data-kind={event.kind}>
            <span className="firm-facts">
              {when(event.at)} · {label.by} {event.by}
            </span>{' '}
            <strong>
              {texts.eventKind[event.kind]}
              {event.kind === 'STATUS_CHANGED' && ` ${texts.projectStatus[event.status]}`}
            </strong>
            {event.note && event.kind !== 'EDITED' && <span> — {event.note}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
