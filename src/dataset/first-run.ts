import type { Driver } from 'neo4j-driver';
import { applySchema } from '../neo4j/migrations.js';
import type { Logger } from '../platform/logger.js';
import { DEMO_DATASET } from './demo.js';
import { importDataset, importNationalRegions } from './import.js';
import { graphCounts } from './repository.js';

/** What `npm start` (or `npm run setup`) does to a database before serving it: the schema, and the demo when empty. */
export async function prepareDatabase(driver: Driver, logger: Logger): Promise<void> {
  await applySchema(driver);
  if ((await graphCounts(driver)).nodes > 0) return;
  logger.info('The database is empty: importing the demo dataset...');
  const result = await importDataset(driver, DEMO_DATASET);
  logger.info(
    `Imported ${result.graph.nodes} nodes and ${result.graph.relationships} relationships in ${(result.elapsedMs / 1000).toFixed(1)}s.`,
  );
  const national = await importNationalRegions(driver);
  logger.info(`Loaded the national divisions (GB/T 2260): ${national.divisions} units, ${national.added} new regions.`);
}
