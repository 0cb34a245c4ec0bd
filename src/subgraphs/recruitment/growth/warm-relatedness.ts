import type { Driver } from 'neo4j-driver';
import { datasetStatus } from '../../../dataset/status.js';
import type { Logger } from '../../../platform/logger.js';
import { keptFactsOf } from '../context.js';
import { readRelatednessModel, RelatednessFactsRepository } from '../../../facts/relatedness.js';
import { datasetPartOf } from './relatedness.js';
import { GapsRepository } from '../gaps/repository.js';

/**
 * Builds the relatedness space for a new import before a planner asks for it (at a million firms it takes seconds):
 * every `everyMs` reads the dataset's revision, and builds the space when none is kept for it and no import is under way. A failed build is
 * logged and tried again at the next look; requests still build it themselves if they come first (they share it).
 */
export function keepRelatednessWarm(driver: Driver, logger: Logger, everyMs: number): { stop(): Promise<void> } {
  const gaps = new GapsRepository(driver);
  const relatednessFacts = new RelatednessFactsRepository(driver, 'recruitment');
  const kept = keptFactsOf(driver);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let looking: Promise<void> = Promise.resolve();

  const look = async () => {
    // Mid-import each batch is a new revision of half the data: wait for the import to end.
    if (!(await datasetStatus(driver)).complete) return;
    const revision = datasetPartOf(await gaps.datasetRevision());
    if (revision === null || kept.hasRelatedness(revision)) return;
    const started = performance.now();
    await kept.relatedness(revision, () => readRelatednessModel(relatednessFacts));
    logger.info({ service: 'recruitment', ms: Math.round(performance.now() - started) }, 'built the relatedness space of a new import');
  };
  const next = () => {
    looking = look()
      .catch((error: unknown) =>
        logger.warn({ service: 'recruitment', err: error }, 'could not build the relatedness space; trying again later'),
      )
      .finally(() => {
        if (!stopped && everyMs > 0) timer = setTimeout(next, everyMs).unref();
      });
  };
  if (everyMs > 0) next();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await looking;
    },
  };
}
