import { useState } from 'react';
import type { ApiError } from '../api/client';
import { AdvanceProjectMutation, PipelineQuery } from '../api/operations';
import { useOperation, useQuery } from '../api/use-operation';
import { yuan } from '../format';
import type { ProjectFieldsFragment, ProjectStatus } from '../generated/graphql';
import { useTexts } from '../i18n';
import { Names } from './Names';
import { ProblemNote } from './ProblemBanner';

const STATUS_ORDER: ProjectStatus[] = ['LEAD', 'CONTACTED', 'NEGOTIATING', 'SIGNED', 'LANDED', 'OPERATING', 'DROPPED'];

/**
 * The region's projects by status. Moving one sends the version this page loaded: if someone changed the project
 * since, the server refuses (CONFLICT), the page says so and shows the current state instead of overwriting it.
 */
export function Pipeline({ regionId }: { regionId: string }) {
  const texts = useTexts();
  const { label, language } = texts;
  const pipeline = useQuery(PipelineQuery, { regionId });
  const advanceProject = useOperation(AdvanceProjectMutation);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [moving, setMoving] = useState<string | null>(null);

  const advance = async (project: ProjectFieldsFragment, status: ProjectStatus) => {
    setProblem(null);
    setMoving(project.id);
    try {
      await advanceProject({ id: project.id, status, expectedVersion: project.version });
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
                    <Names named={project.enterprise} />
                  </p>
                  {project.link && (
                    <p className="firm-facts">
                      <Names named={project.link} />
                    </p>
                  )}
                  <p className="firm-facts">
                    {project.investment !== null && `${yuan(project.investment, language)} · `}
                    {label.version} {project.version}
                  </p>
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
