/** Who is asking: the role and region of a verified token, or anonymous. */
export const ROLES = ['planner', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  role: Role | 'anonymous';
  /** The token's subject, for logs. */
  subject: string | null;
  /** A planner's region: their projects are those in this region's subtree. */
  regionId: string | null;
}

export const ANONYMOUS: Viewer = { role: 'anonymous', subject: null, regionId: null };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * The region subtree a viewer's project access is limited to: a planner's region, null (unlimited) for an admin.
 * Other viewers never reach project fields: the recruitment policy refuses them first.
 */
export function projectScope(viewer: Viewer): string | null {
  return viewer.role === 'admin' ? null : viewer.regionId;
}
