import { createHash, randomUUID } from 'node:crypto';
import { transitionProblem } from '../../../domain/project-pipeline.js';
import { badUserInput, conflict, notFound } from '../../../graphql/errors.js';
import { projectScope } from '../../../auth/viewer.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { outsideRegion } from '../scope.js';

const MAX_NAME_LENGTH = 200;
const MAX_IDEMPOTENCY_KEY_LENGTH = 100;

/**
 * A retried creation must find the project its first attempt made, even when that attempt's answer was lost (Neo4j
 * committed, then the connection dropped): with a key, the project's id is derived from the user and the key, so the
 * retry meets it, and two racing attempts meet at the id's uniqueness constraint.
 */
function newProjectId(subject: string, idempotencyKey: string | null | undefined): string {
  if (idempotencyKey == null) return `project-${randomUUID()}`;
  return `project-${createHash('sha256').update(`${subject}\u0000${idempotencyKey}`).digest('hex').slice(0, 32)}`;
}

export const Mutation: MutationResolvers = {
  createProject: (_, { input }, { repository, viewer }) => {
    const name = input.name.trim();
    const problems = [
      name.length >= 1 && name.length <= MAX_NAME_LENGTH ? null : `name must be 1 to ${MAX_NAME_LENGTH} characters`,
      (input.regionId == null) !== (input.parkId == null) ? null : 'give regionId or parkId, not both (a park implies its region)',
      input.investment == null || (Number.isFinite(input.investment) && input.investment >= 0) ? null : 'investment must be 0 or more (yuan)',
      input.idempotencyKey == null || (input.idempotencyKey.length >= 1 && input.idempotencyKey.length <= MAX_IDEMPOTENCY_KEY_LENGTH)
        ? null
        : `idempotencyKey must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`,
    ].filter((problem): problem is string => problem !== null);
    if (problems.length > 0) throw badUserInput(`input: ${problems.join('; ')}.`, { argumentName: 'input' });
    return repository.createProject(
      {
        id: newProjectId(viewer.subject ?? viewer.role, input.idempotencyKey),
        name,
        enterpriseId: input.enterpriseId,
        regionId: input.regionId ?? null,
        parkId: input.parkId ?? null,
        linkId: input.linkId ?? null,
        investment: input.investment ?? null,
      },
      projectScope(viewer),
      {
        missing: (what) => notFound(`input: ${what.join('; ')}.`),
        outOfScope: () => outsideRegion(viewer, `${input.parkId ? `Park '${input.parkId}'` : `Region '${input.regionId}'`}`),
        keyReused: (existing) =>
          conflict(`idempotencyKey was already used for project '${existing.id}' (${existing.name}); use a new key for a new project.`, {
            projectId: existing.id,
          }),
      },
    );
  },

  advanceProject: async (_, { id, status, expectedVersion }, { repository, viewer }) => {
    const project = await repository.setProjectStatus(id, status, projectScope(viewer), (current) => {
      if (!current.inScope) throw outsideRegion(viewer, `Project '${id}'`);
      if (current.version !== expectedVersion) {
        throw conflict(
          `Project '${id}' was changed by someone else: it is now version ${current.version} (${current.status}), ` +
            `not ${expectedVersion}. Reload it and decide again.`,
          { currentVersion: current.version, currentStatus: current.status },
        );
      }
      const problem = transitionProblem(current.status, status);
      if (problem) throw badUserInput(`status: ${problem}.`, { argumentName: 'status' });
    });
    if (!project) throw notFound(`no Project '${id}'.`);
    return project;
  },
};
