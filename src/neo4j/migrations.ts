import type { Driver } from 'neo4j-driver';
import { writeRows } from './driver.js';

/**
 * The database schema, applied idempotently (`IF NOT EXISTS`) at start-up and before every import.
 * Uniqueness constraints also give the id lookups and MERGEs their index.
 */
export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE',
  // One region per GB/T 2260 code; also the index of regionByCode and of the codes in import files.
  'CREATE CONSTRAINT region_code IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE',
  'CREATE CONSTRAINT park_id IF NOT EXISTS FOR (n:Park) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT carrier_id IF NOT EXISTS FOR (n:Carrier) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT industry_id IF NOT EXISTS FOR (n:Industry) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT chain_id IF NOT EXISTS FOR (n:Chain) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT chain_link_id IF NOT EXISTS FOR (n:ChainLink) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT enterprise_id IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT enterprise_credit_code IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.creditCode IS UNIQUE',
  'CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE',
  // One node holds the dataset's revision (see BUMP_DATASET_REVISION).
  'CREATE CONSTRAINT dataset_revision_id IF NOT EXISTS FOR (n:DatasetRevision) REQUIRE n.id IS UNIQUE',
  // regions(level, parentId) and the location-quotient report filter regions by level.
  'CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level)',
  // enterprises(filter: { leading, listed }) and candidate stature.
  'CREATE INDEX enterprise_leading IF NOT EXISTS FOR (n:Enterprise) ON (n.leading)',
  'CREATE INDEX enterprise_listed IF NOT EXISTS FOR (n:Enterprise) ON (n.listed)',
  // externalDependency and localDemand read the SUPPLIES edges of one link.
  'CREATE INDEX supplies_link IF NOT EXISTS FOR ()-[s:SUPPLIES]-() ON (s.linkId)',
  // A firm has one active project per region and link: its key is set while the project is active (createProject).
  'CREATE CONSTRAINT project_active_key IF NOT EXISTS FOR (n:Project) REQUIRE n.activeKey IS UNIQUE',
  'CREATE CONSTRAINT blocker_id IF NOT EXISTS FOR (n:Blocker) REQUIRE n.id IS UNIQUE',
  // ChainOverview.history and the progress report read one region and chain's points.
  'CREATE INDEX completeness_point IF NOT EXISTS FOR (n:CompletenessPoint) ON (n.regionId, n.chainId)',
  // The recruitment funnel groups projects by status.
  'CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status)',
  // Names in Chinese and English: the CJK analyzer indexes Han characters as bigrams and Latin words as
  // lower-cased terms, so 鞋业 and "shoes" both match.
  fullTextIndex('enterprise_names', 'Enterprise'),
  fullTextIndex('region_names', 'Region'),
  fullTextIndex('park_names', 'Park'),
];

function fullTextIndex(name: string, label: string): string {
  return `CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON EACH [n.name, n.nameZh]
    OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`;
}

/** Applies every schema statement, then waits until the indexes are online so the next query can use them. */
export async function applySchema(driver: Driver): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await writeRows(driver, statement);
  }
  await writeRows(driver, 'CALL db.awaitIndexes(300)', {}, { timeoutMs: 310_000 });
}
