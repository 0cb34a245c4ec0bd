import { useState } from 'react';
import type { ApiError } from '../api/client';
import { CreateProjectMutation } from '../api/operations/projects';
import { useOperation } from '../api/use-operation';
import { candidatesCsv } from '../candidates-csv';
import { downloadText } from '../download';
import { yuan } from '../../domain/readable-numbers';
import type { LinkDetailQuery } from '../generated/graphql';
import { nameOf, useTexts } from '../i18n';
import { FirmName } from './FirmName';
import { Names } from './Names';
import { useOpenProject } from './open-project';
import { ProblemNote } from './ProblemBanner';

export type CandidateData = LinkDetailQuery['chainGaps']['gaps'][number]['candidates'][number];

interface CandidateTableProps {
  regionId: string;
  link: { id: string; name: string; nameZh: string | null };
  candidates: readonly CandidateData[];
  simulating: boolean;
  onSimulate(enterpriseIds: string[]): void;
}

/** The ranked outside firms for one gap: tick some to simulate their recruitment, export the list, start a project. */
export function CandidateTable({ regionId, link, candidates, simulating, onSimulate }: CandidateTableProps) {
  const texts = useTexts();
  const { label, language } = texts;
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<ApiError | null>(null);

  const toggle = (id: string) =>
    setTicked((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const { drafting, setDrafting, duplicateOf, setDuplicateOf, added, defaultName, addToPipeline } = useNewProjects(
    regionId,
    link,
    setProblem,
  );

  const exportCsv = () =>
    downloadText(
      `candidates-${regionId}-${link.id}.csv`,
      candidatesCsv(
        candidates.map((candidate, index) => ({
          rank: index + 1,
          name: candidate.enterprise.name,
          nameZh: candidate.enterprise.nameZh,
          creditCode: candidate.enterprise.creditCode,
          region: nameOf(candidate.enterprise.region, language),
          score: candidate.score,
          annualValueToLocalFirms: candidate.annualValueToLocalFirms,
          revenue: candidate.enterprise.revenue,
          leading: candidate.enterprise.leading,
          listed: candidate.enterprise.listed,
          reasons: candidate.reasons,
        })),
        language,
      ),
    );

  if (candidates.length === 0) return <p className="note">{label.noCandidates}</p>;
  return (
    <div className="candidates">
      <div className="candidate-actions">
        <button type="button" data-testid="simulate" disabled={ticked.size === 0 || simulating} onClick={() => onSimulate([...ticked])}>
          {simulating ? label.simulating : `${label.simulate} (${ticked.size})`}
        </button>
        <button type="button" className="quiet" data-testid="export-csv" onClick={exportCsv}>
          {label.exportCsv}
        </button>
      </div>
      <ProblemNote problem={problem} />
      <table className="candidate-table" data-testid="candidates">
        <thead>
          <tr>
            <th aria-label="✓" />
            <th>{label.rank}</th>
            <th>{label.enterprise}</th>
            <th>{label.score}</th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((candidate, index) => {
            const firm = candidate.enterprise;
            return [
              <tr key={firm.id} data-testid="candidate" data-enterprise-id={firm.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={nameOf(firm, language)}
                    checked={ticked.has(firm.id)}
                    onChange={() => toggle(firm.id)}
                  />
                </td>
                <td>{index + 1}</td>
                <td>
                  <FirmName firm={firm} />
                  <div className="firm-facts">
                    <Names named={firm.region} /> · {label.revenue} {yuan(firm.revenue, language)}
                    {firm.leading && <span className="chip">{label.leading}</span>}
                    {firm.listed && <span className="chip">{label.listed}</span>}
                  </div>
                  {/* The reasons under the name: a narrow panel keeps whole sentences instead of a column of syllables. */}
                  <ul className="reasons" aria-label={label.reasons}>
                    {candidate.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                  {added.has(firm.id) ? (
                    <span className="chip chip-done">{label.addedToPipeline}</span>
                  ) : (
                    <button
                      type="button"
                      className="quiet"
                      data-testid="add-to-pipeline"
                      onClick={() => {
                        setDuplicateOf(null);
                        setDrafting(drafting === firm.id ? null : firm.id);
                      }}
                    >
                      {label.addToPipeline}
                    </button>
                  )}
                </td>
                <td className="score" data-testid="score">
                  {candidate.score.toFixed(2)}
                  <meter min={0} max={1} value={candidate.score} />
                </td>
              </tr>,
              drafting === firm.id && (
                <tr key={`${firm.id}-draft`} className="project-draft">
                  <td colSpan={4}>
                    <NewProjectForm
                      defaultName={defaultName(candidate)}
                      duplicateOf={duplicateOf}
                      onSubmit={(form) => void addToPipeline(candidate, form)}
                      onCancel={() => setDrafting(null)}
                    />
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Projects started from the candidates: which firm's form is open, the name it proposes, the creation, and a
 * refused duplicate (the project it names).
 */
function useNewProjects(regionId: string, link: CandidateTableProps['link'], setProblem: (problem: ApiError | null) => void) {
  const { language } = useTexts();
  const createProject = useOperation(CreateProjectMutation);
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  const [drafting, setDrafting] = useState<string | null>(null);
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);

  /** The project's name a planner would write: the firm and the link, in the page's language. */
  const defaultName = (candidate: CandidateData) =>
    language === 'zh'
      ? `${nameOf(candidate.enterprise, language)}${nameOf(link, language)}项目`
      : `${nameOf(candidate.enterprise, language)} – ${nameOf(link, language)} project`;

  const addToPipeline = async (candidate: CandidateData, form: FormData) => {
    setProblem(null);
    setDuplicateOf(null);
    const text = (field: string) => String(form.get(field) ?? '').trim() || null;
    const investment = text('investment');
    try {
      await createProject({
        input: {
          name: text('name') ?? defaultName(candidate),
          enterpriseId: candidate.enterprise.id,
          regionId,
          linkId: link.id,
          // Planners count investment in 万元 in Chinese, in yuan in English.
          investment: investment === null ? null : Number(investment) * (language === 'zh' ? 1e4 : 1),
          responsibleUnit: text('responsibleUnit'),
          officer: text('officer'),
        },
      });
      setAdded((current) => new Set(current).add(candidate.enterprise.id));
      setDrafting(null);
    } catch (error) {
      const refused = error as ApiError;
      if (refused.kind === 'conflict' && refused.projectId) setDuplicateOf(refused.projectId);
      else setProblem(refused);
    }
  };

  return { drafting, setDrafting, duplicateOf, setDuplicateOf, added, defaultName, addToPipeline };
}

interface NewProjectFormProps {
  defaultName: string;
  /** The active project a refused creation named. */
  duplicateOf: string | null;
  onSubmit(form: FormData): void;
  onCancel(): void;
}

/** What a new project needs from the planner: its name, planned investment, responsible unit and officer. */
function NewProjectForm({ defaultName, duplicateOf, onSubmit, onCancel }: NewProjectFormProps) {
  const { label } = useTexts();
  const openProject = useOpenProject();
  return (
    <form
      className="drawer-form"
      data-testid="new-project"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(new FormData(event.currentTarget));
      }}
    >
      <label>
        {label.projectName}
        <input name="name" defaultValue={defaultName} maxLength={200} required />
      </label>
      <label>
        {label.investmentInput}
        <input name="investment" type="number" min={0} step="any" />
      </label>
      <label>
        {label.responsibleUnit}
        <input name="responsibleUnit" maxLength={200} />
      </label>
      <label>
        {label.officer}
        <input name="officer" maxLength={200} />
      </label>
      <button type="submit" data-testid="create-project">
        {label.addToPipeline}
      </button>
      <button type="button" className="quiet" onClick={onCancel}>
        {label.cancel}
      </button>
      {duplicateOf && (
        <p className="note note-error" role="alert" data-testid="duplicate-project">
          {label.duplicateProject}{' '}
          <button type="button" className="link-button" onClick={() => openProject(duplicateOf)}>
            {label.openExisting}
          </button>
        </p>
      )}
    </form>
  );
}
