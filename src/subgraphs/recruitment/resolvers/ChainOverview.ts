import { badUserInput } from '../../../graphql/errors.js';
import type { ChainOverviewResolvers } from '../generated/resolvers-types.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_HISTORY_DAYS = 3650;

export const ChainOverview: ChainOverviewResolvers = {
  chain: ({ chainId }) => ({ id: chainId }),
  history: ({ regionId, chainId }, { days }, { loaders }) => {
    if (!Number.isInteger(days) || days < 1 || days > MAX_HISTORY_DAYS) {
      throw badUserInput(`days must be 1 to ${MAX_HISTORY_DAYS}; got ${days}.`, { argumentName: 'days' });
    }
    // From the start of that day (UTC): every chain of a request asks for the same period, so one query serves them.
    const since = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS - days * DAY_MS).toISOString();
    return loaders.completenessSeries.load({ regionId, chainId, since });
  },
};
