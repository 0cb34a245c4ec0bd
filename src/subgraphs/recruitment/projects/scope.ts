import { outsideRegion } from '../../../graphql/errors.js';
import type { Viewer } from '../../../auth/viewer.js';
import type { ProjectRecord } from './repository.js';

/** The project if the viewer may see it, null when there is none; FORBIDDEN when it lies outside their region. */
export function visibleProject(project: ProjectRecord | null, viewer: Viewer): ProjectRecord | null {
  if (project && !project.inScope) throw outsideRegion(viewer.regionId, `Project '${project.id}'`);
  return project;
}
