import type { Driver, Transaction } from 'neo4j-driver';
import { transactionConfig } from '../neo4j/driver.js';
import { applySchema } from '../neo4j/migrations.js';
import { readDatasetItems } from './read.js';
import { IMPORT_STATEMENTS, existingRecordsIn, graphCounts, type GraphCounts } from './repository.js';
import { isSectionName } from './schema-check.js';
import { SECTIONS, type SectionName } from './types.js';
import { validateDataset, type DatasetProblem, type ValidationReport } from './validate.js';

export class InvalidDatasetError extends Error {
  constructor(
    readonly file: string,
    readonly report: ValidationReport,
  ) {
    const shown = report.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
    const more = report.problemCount > report.problems.length ? `\n  ... and ${report.problemCount - report.problems.length} more` : '';
    super(`${file} was not imported: ${report.problemCount} problem(s); the database is unchanged.\n${shown}${more}`);
  }

  get problems(): DatasetProblem[] {
    return this.report.problems;
  }
}

export interface ImportResult {
  counts: Record<SectionName, number>;
  /** The whole graph after the import. */
  graph: GraphCounts;
  elapsedMs: number;
}

const BATCH_SIZE = 1_000;
/** An import is one transaction: allow it far longer than an API query. */
const IMPORT_TIMEOUT_MS = 60 * 60 * 1000;

/**
 * Imports a dataset file per DATASET.md: the schema is applied, the whole file is validated before anything is
 * written, then it is written in one transaction (all or nothing), streamed in batches of UNWIND ... MERGE.
 * Throws `InvalidDatasetError` naming every problem's JSON path when the file breaks a rule.
 */
export async function importDataset(driver: Driver, file: string): Promise<ImportResult> {
  const started = Date.now();
  await applySchema(driver);
  const report = await validateDataset(file, existingRecordsIn(driver));
  if (!report.valid) throw new InvalidDatasetError(file, report);

  const session = driver.session({ defaultAccessMode: 'WRITE' });
  try {
    const tx = await session.beginTransaction(transactionConfig({ timeoutMs: IMPORT_TIMEOUT_MS, metadata: { task: 'import' } }));
    try {
      await writeStep(tx, file, 'nodes');
      await writeStep(tx, file, 'relationships');
      await tx.commit();
    } catch (error) {
      if (tx.isOpen()) await tx.rollback();
      throw error;
    }
  } finally {
    await session.close();
  }
  return { counts: report.counts, graph: await graphCounts(driver), elapsedMs: Date.now() - started };
}

/** One streamed pass over the file, sending every section's rows in batches to that section's statement. */
async function writeStep(tx: Transaction, file: string, step: 'nodes' | 'relationships') {
  const batches = new Map<SectionName, unknown[]>(SECTIONS.map((section) => [section, []]));
  const flush = async (section: SectionName) => {
    const rows = batches.get(section)!;
    const statement = IMPORT_STATEMENTS[section][step];
    if (rows.length === 0 || statement === undefined) return;
    batches.set(section, []);
    await tx.run(statement, { rows });
  };
  for await (const item of readDatasetItems(file)) {
    if (item.kind !== 'record' || !isSectionName(item.section)) continue;
    if (IMPORT_STATEMENTS[item.section][step] === undefined) continue;
    const rows = batches.get(item.section)!;
    rows.push(item.value);
    if (rows.length >= BATCH_SIZE) await flush(item.section);
  }
  for (const section of SECTIONS) await flush(section);
}
