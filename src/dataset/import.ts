import { chmod, constants, copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver, Session } from 'neo4j-driver';
import { transactionConfig, writeRows } from '../neo4j/driver.js';
import { applySchema } from '../neo4j/migrations.js';
import { forEachRecord } from './read.js';
import {
  BUMP_DATASET_REVISION,
  IMPORT_FINISHED,
  IMPORT_STARTED,
  IMPORT_STATEMENTS,
  existingRecordsIn,
  graphCounts,
  type GraphCounts,
} from './repository.js';
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

/** The file cannot be read at all (missing, a folder, no permission). */
export class DatasetFileError extends Error {}

/**
 * A read-only copy of the file that only this import reads, so the bytes it validates are the bytes it writes:
 * a file replaced or edited after validation could otherwise write what was never checked.
 */
async function privateCopy(file: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const folder = await mkdtemp(path.join(tmpdir(), 'chain-graph-import-'));
  const copy = path.join(folder, 'dataset.json');
  try {
    await copyFile(file, copy, constants.COPYFILE_FICLONE);
    await chmod(copy, 0o400);
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new DatasetFileError(`Cannot read ${file}: ${why}.`);
  }
  return { path: copy, remove: () => rm(folder, { recursive: true, force: true }) };
}

export interface ImportResult {
  counts: Record<SectionName, number>;
  /** The whole graph after the import. */
  graph: GraphCounts;
  elapsedMs: number;
  /** Of those, validating the file before writing. */
  validationMs: number;
}

export interface ImportOptions {
  /** Rows per transaction. */
  batchSize?: number;
}

/**
 * Rows per transaction: large enough that the round trip is small next to the work, small enough that the
 * transaction state stays small in Neo4j's heap (one transaction for a whole file does not finish; see
 * docs/performance.md).
 */
export const DEFAULT_IMPORT_BATCH_SIZE = 5_000;
const BATCH_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * The passes over the (private copy of the) file, in order: validation reads it twice (validateDataset: every id it
 * defines, then every reference), then every node is written, then every relationship — sections may come in any
 * order, so a relationship's ends exist only once every node pass is done. Each pass assembles only its sections.
 */
const WRITE_PASSES = ['nodes', 'relationships'] as const;
type WritePass = (typeof WRITE_PASSES)[number];

/** The sections with a statement for this pass. */
const sectionsOf = (step: WritePass) => SECTIONS.filter((section) => IMPORT_STATEMENTS[section][step] !== undefined);

/**
 * Imports a dataset file per docs/dataset.md: the schema is applied, the whole file is validated before anything is
 * written (a file that breaks a rule changes nothing), then it is streamed to Neo4j in batches of UNWIND ... MERGE,
 * each batch its own transaction (which also gives the dataset a new revision): nodes first, then relationships.
 * Every statement is idempotent, so an import interrupted midway (Neo4j stopped) is completed by running it again.
 * Throws `InvalidDatasetError` naming every problem's JSON path when the file breaks a rule.
 */
export async function importDataset(driver: Driver, file: string, options: ImportOptions = {}): Promise<ImportResult> {
  const started = Date.now();
  const copy = await privateCopy(file);
  try {
    await applySchema(driver);
    const report = await validateDataset(copy.path, existingRecordsIn(driver));
    if (!report.valid) throw new InvalidDatasetError(file, report);
    const validationMs = Date.now() - started;

    await writeRows(driver, IMPORT_STARTED, { file: path.basename(file) });
    const session = driver.session({ defaultAccessMode: 'WRITE' });
    try {
      for (const step of WRITE_PASSES) await writePass(session, copy.path, step, options.batchSize ?? DEFAULT_IMPORT_BATCH_SIZE);
    } finally {
      await session.close();
    }
    await writeRows(driver, IMPORT_FINISHED);
    return { counts: report.counts, graph: await graphCounts(driver), elapsedMs: Date.now() - started, validationMs };
  } finally {
    await copy.remove();
  }
}

/** One streamed pass over the file, sending every section's rows in batches to that section's statement. */
async function writePass(session: Session, file: string, step: WritePass, batchSize: number) {
  const sections = sectionsOf(step);
  const batches = new Map<SectionName, unknown[]>(sections.map((section) => [section, []]));
  const config = transactionConfig({ timeoutMs: BATCH_TIMEOUT_MS, metadata: { task: 'import' } });
  const flush = async (section: SectionName) => {
    const rows = batches.get(section)!;
    if (rows.length === 0) return;
    batches.set(section, []);
    await session.executeWrite(async (tx) => {
      await tx.run(IMPORT_STATEMENTS[section][step]!, { rows });
      await tx.run(BUMP_DATASET_REVISION);
    }, config);
  };
  await forEachRecord(file, sections, async ({ section, value }) => {
    const rows = batches.get(section)!;
    rows.push(value);
    if (rows.length >= batchSize) await flush(section);
  });
  for (const section of sections) await flush(section);
}
