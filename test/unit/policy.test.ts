import { describe, expect, it } from 'vitest';
import { withPolicy } from '../../src/auth/policy.js';
import { ANONYMOUS, type Viewer } from '../../src/auth/viewer.js';

const viewer = (role: Viewer['role'], regionId: string | null = null): Viewer => ({ role, subject: role, regionId });
const code = (run: () => unknown) => {
  try {
    run();
    return 'allowed';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe('withPolicy', () => {
  const resolvers = {
    Query: { secret: () => 'secret', open: () => 'open' },
    Project: { __resolveReference: (reference: { id: string }) => reference },
    Region: {},
  };
  const guarded = withPolicy(resolvers, {
    'Query.secret': ['planner'],
    'Project.__resolveReference': ['planner'],
    'Region.projects': ['planner'],
  }) as unknown as {
    Query: Record<string, (parent: unknown, args: unknown, context: { viewer: Viewer }) => unknown>;
    Project: { __resolveReference: (reference: { id: string }, context: { viewer: Viewer }) => unknown };
    Region: Record<string, (parent: unknown, args: unknown, context: { viewer: Viewer }) => unknown>;
  };

  it('lets the listed roles and admins through, refuses anonymous (UNAUTHENTICATED) and other roles (FORBIDDEN)', () => {
    const call = (who: Viewer) => code(() => guarded.Query.secret!(null, {}, { viewer: who }));
    expect(call(viewer('planner', 'x'))).toBe('allowed');
    expect(call(viewer('admin'))).toBe('allowed');
    expect(call(viewer('analyst'))).toBe('FORBIDDEN');
    expect(call(ANONYMOUS)).toBe('UNAUTHENTICATED');
  });

  it('leaves unlisted fields public and keeps what the resolvers return', () => {
    expect(guarded.Query.open!(null, {}, { viewer: ANONYMOUS })).toBe('open');
    expect(guarded.Query.secret!(null, {}, { viewer: viewer('admin') })).toBe('secret');
  });

  it('guards entity references and fields that use the default resolver', () => {
    expect(code(() => guarded.Project.__resolveReference({ id: 'p' }, { viewer: ANONYMOUS }))).toBe('UNAUTHENTICATED');
    expect(guarded.Project.__resolveReference({ id: 'p' }, { viewer: viewer('planner', 'x') })).toEqual({ id: 'p' });
    expect(guarded.Region.projects!({ projects: ['a'] }, {}, { viewer: viewer('planner', 'x') })).toEqual(['a']);
    expect(code(() => guarded.Region.projects!({ projects: ['a'] }, {}, { viewer: viewer('analyst') }))).toBe('FORBIDDEN');
  });

  it('refuses a policy that names a type without resolvers', () => {
    expect(() => withPolicy(resolvers, { 'Nope.field': ['admin'] })).toThrow(/no resolvers for Nope/);
  });

  it('does not change the resolvers it was given', () => {
    expect(resolvers.Query.secret()).toBe('secret');
    expect(Object.keys(resolvers.Region)).toEqual([]);
  });
});
