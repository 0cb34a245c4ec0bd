import type { GraphQLFieldResolver } from 'graphql';
import { forbidden, unauthenticated } from '../graphql/errors.js';
import type { Role, Viewer } from './viewer.js';

/**
 * Who may resolve what, by `Type.field` (or `Type.__resolveReference`). Admins may resolve everything; a field not
 * listed is public. One table per subgraph, next to its resolvers, so the rights of a subgraph read in one place.
 */
export type Policy = Readonly<Record<string, readonly Role[]>>;

/** UNAUTHENTICATED for anonymous viewers, FORBIDDEN for roles not allowed. */
export function requireRole(viewer: Viewer, allowed: readonly Role[], what: string): void {
  if (viewer.role === 'admin' || (allowed as readonly string[]).includes(viewer.role)) return;
  if (viewer.role === 'anonymous') throw unauthenticated(`Sign in to use ${what}: send Authorization: Bearer <token>.`);
  throw forbidden(`A ${viewer.role} may not use ${what}; it needs the role ${allowed.join(' or ')}.`);
}

type Resolver = GraphQLFieldResolver<unknown, { viewer: Viewer }>;
type ResolverMap = Record<string, Record<string, unknown>>;

/**
 * Returns the resolvers with every field of the policy guarded by `requireRole`. Fields without a resolver of their
 * own get the default one (the parent's property). Throws when the policy names a type the resolvers do not have.
 */
export function withPolicy<Resolvers extends object>(resolvers: Resolvers, policy: Policy): Resolvers {
  const guarded: ResolverMap = Object.fromEntries(Object.entries(resolvers).map(([type, fields]) => [type, { ...fields }]));
  for (const [coordinate, roles] of Object.entries(policy)) {
    const [type, field] = coordinate.split('.') as [string, string];
    const fields = guarded[type];
    if (!fields) throw new Error(`Policy names ${coordinate}, but there are no resolvers for ${type}`);
    const original = fields[field] as ((...args: unknown[]) => unknown) | undefined;
    if (field === '__resolveReference') {
      if (!original) throw new Error(`Policy names ${coordinate}, which has no resolver`);
      fields[field] = (reference: unknown, context: { viewer: Viewer }, info: unknown) => {
        requireRole(context.viewer, roles, type);
        return original(reference, context, info);
      };
      continue;
    }
    const resolve: Resolver = (parent, args, context, info) => {
      requireRole(context.viewer, roles, `${coordinate}`);
      return original ? original(parent, args, context, info) : (parent as Record<string, unknown>)[field];
    };
    fields[field] = resolve;
  }
  return guarded as Resolvers;
}
