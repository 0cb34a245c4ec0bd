import { createHash, randomUUID } from 'node:crypto';
import { badUserInput, conflict, notFound, outsideRegion } from '../../../graphql/errors.js';
import { projectScope } from '../../../auth/viewer.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';

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
  createProject: async (_, { input }, { repository, viewer }) => {
    const name = input.name.trim();
    const problems = [
      name.length >= 1 && name.length <= MAX_NAME_LENGTH ? null : `name must be 1 to ${MAX_NAME_LENGTH} characters`,
      (input.regionId == null) !== (input.parkId == null) ? null : 'give regionId or parkId, not both (a park implies its region)',
      input.investment == null || (Number.isFinite(input.investment) && input.investment >= 0)
        ? null
        : 'investment must be 0 or more (yuan)',
      input.idempotencyKey == null || (input.idempotencyKey.length >= 1 && input.idempotencyKey.length <= MAX_IDEMPOTENCY_KEY_LENGTH)
        ? null
        : `idempotencyKey must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`,
    ].filter((problem): problem is string => problem !== null);
    if (problems.length > 0) throw badUserInput(`input: ${problems.join('; ')}.`, { argumentName: 'input' });
    const outcome = await repository.createProject(
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
    );
    switch (outcome.kind) {
      case 'created':
        return outcome.project;
      case 'missing':
        throw notFound(`input: ${outcome.what.join('; ')}.`);
      case 'outOfScope':
        throw outsideRegion(viewer.regionId, input.parkId ? `Park '${input.parkId}'` : `Region '${input.regionId}'`);
      case 'conflict':
        throw conflict(
          `idempotencyKey was already used for project '${outcome.existing.id}' (${outcome.existing.name}); use a new key for a new project.`,
          {
            projectId: outcome.existing.id,
          },
        );
    }
  },

  advanceProject: async (_, { id, status, expectedVersion }, { repository, viewer }) => {
    const outcome = await repository.setProjectStatus(id, status, expectedVersion, projectScope(viewer));
    switch (outcome.kind) {
      case 'updated':
        return outcome.project;
      case 'missing':
        throw notFound(`no Project '${id}'.`);
      case 'outOfScope':
        throw outsideRegion(viewer.regionId, `Project '${id}'`);
      case 'conflict':
        throw conflict(
          `Project '${id}' was changed by someone else: it is now version ${outcome.current.version} (${outcome.current.status}), ` +
            `not ${expectedVersion}. Reload it and decide again.`,
          { currentVersion: outcome.current.version, currentStatus: outcome.current.status },
        );
      case 'refused':
        throw badUserInput(`status: ${outcome.problem}.`, { argumentName: 'status' });
    }
  },
};
