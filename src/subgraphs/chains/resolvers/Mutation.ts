import { badUserInput, conflict, notFound } from '../../../graphql/errors.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';

export const Mutation: MutationResolvers = {
  editChain: async (_, { chainId, expectedVersion, changes }, { repository, loaders, viewer }) => {
    const outcome = await repository.edit({ chainId, expectedVersion, changes, by: viewer.subject ?? viewer.role });
    switch (outcome.kind) {
      case 'missing':
        throw notFound(`There is no Chain '${chainId}'.`);
      case 'conflict':
        throw conflict(
          `Chain '${chainId}' was changed by someone else: it is now version ${outcome.currentVersion}, not ${expectedVersion}. ` +
            'Reload it and edit again.',
          { currentVersion: outcome.currentVersion },
        );
      case 'refused':
        throw badUserInput(`changes: ${outcome.problems.join('; ')}.`, { argumentName: 'changes', problems: outcome.problems });
      case 'edited':
        loaders.chainById.clear(chainId);
        return (await loaders.chainById.load(chainId))!;
    }
  },
};
