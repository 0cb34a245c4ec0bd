import { useState } from 'react';
import type { ApiError } from '../api/client';
import { AdvanceProjectMutation, PipelineQuery } from '../api/operations/projects';
import { useOperation, useQuery } from '../api/use-operation';
import { yuan } from '../../domain/readable-numbers';
import type { ProjectFieldsFragment, ProjectStatus } from '../generated/graphql';
import { useTexts } from '../i18n';
import { AttentionList } from './AttentionList';
import { FirmName } from './FirmName';
import { Names } from './Names';
import { useOpenProject } from './open-project';
import { ProblemNote } from './ProblemBanner';

const STATUS_ORDER: ProjectStatus[] = ['LEAD', 'CONTACTED', 'NEGOTIATING', 'SIGNED', 'LANDED', 'OPERATING', 'DROPPED'];

/**
 * The region's projects by status, under the ones that need attention. Moving one sends the version this page loaded:
 * if someone changed the project since, the server refuses (CONFLICT), the page says so and shows the current state
 * instead of overwriting it. The version itself is never shown.
 */
export function Pipeline({ regionId, onChanged }: { regionId: string; onChanged(): void }) {
  const texts = useTexts();
  const { label, language } = texts;
  const pipeline = useQuery(PipelineQuery, { regionId });
  const advanceProject = useOperation(AdvanceProjectMutation);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [moving, setMoving] = useState<string | null>(null);
  const openProject = useOpenProject();

  const advance = async (project: ProjectFieldsFragment, status: ProjectStatus) => {
    setProblem(null);
    setMoving(project.id);
    try {
      await advanceProject({ id: project.id, status, expectedVersion: project.version });
      // A project that starts or stops OPERATING changes which links are present: the chains view reads them again.
      onChanged();
    } catch (error) {
      setProblem(error as ApiError);
    } finally {
      setMoving(null);
      pipeline.reload();
    }
  };

  if (pipeline.loading && !pipeline.data) return <p className="note">{label.loading}</p>;
  if (!pipeline.data) return <ProblemNote problem={pipeline.error} />;
  const projects = pipeline.data.region?.projects ?? [];
  if (projects.length === 0) return <p className="note">{label.noProjects}</p>;

  return (
    <div className="pipeline" data-testid="pipeline">
      <AttentionList regionId={regionId} />
      <ProblemNote problem={problem} />
      <div className="pipeline-columns">
        {STATUS_ORDER.map((status) => {
          const inStatus = projects.filter((project) => project.status === status);
          return (
            <section key={status} className="pipeline-column" data-status={status} aria-label={texts.projectStatus[status]}>
              <h3>
                {texts.projectStatus[status]} <span className="count">{inStatus.length}</span>
              </h3>
              {inStatus.map((project) => (
                <article key={project.id} className="project-card" data-testid="project" data-project-id={project.id}>
                  <h4>{project.name}</h4>
                  <p>
                    <FirmName firm={project.enterprise} />
                  </p>
                  {project.link && (
                    <p className="firm-facts">
                      <Names named={project.link} />
                    </p>
                  )}
                  <p className="firm-facts">
                    {[
                      project.investment !== null ? yuan(project.investment, language) : null,
                      project.officer,
                      project.followUpAt ? `${label.followUpAt} ${project.followUpAt}` : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  <button type="button" className="quiet" data-testid="project-details" onClick={() => openProject(project.id)}>
                    {label.details}
                  </button>
                  {project.nextStatuses.length > 0 && (
                    <p className="project-moves">
                      {label.moveTo}:{' '}
                      {project.nextStatuses.map((next) => (
                        <button
                          key={next}
                          type="button"
                          className="quiet"
                          disabled={moving === project.id}
                          data-testid={`move-${next}`}
                          onClick={() => void advance(project, next)}
                        >
                          {texts.projectStatus[next]}
                        </button>
                      ))}
                    </p>
                  )}
                </article>
              ))}
            </section>
          );
        })}
      </div>
    </div>
  );
}
