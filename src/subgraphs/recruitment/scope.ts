import { forbidden } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { ProjectRecord } from './repository.js';

/** A planner's project rights end at their region's subtree; the repository marks what lies inside it. */
export function outsideRegion(viewer: Viewer, what: string) {
  return forbidden(`${what} is outside your region '${viewer.regionId}': a planner sees and changes only the projects of their own region.`);
}

/** The project if the viewer may see it, null when there is none; FORBIDDEN when it lies outside their region. */
export function visibleProject(project: ProjectRecord | null, viewer: Viewer): ProjectRecord | null {
  if (project && !project.inScope) throw outsideRegion(viewer, `Project '${project.id}'`);
  return project;
}
