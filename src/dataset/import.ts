import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { inWriteTransaction, writeRows } from '../neo4j/driver.js';
import { assignEveryFirmByRule, ruleAssigner, ASSIGNMENT_BATCH_SIZE, type AssignmentTally } from './rule-assignment.js';
import { recordCompleteness } from '../history/completeness-history.js';
import { applySchema } from '../neo4j/migrations.js';
import { nationalDivisions } from './national-regions.js';
import { forEachRecord } from './read.js';
import { writeFile } from 'node:fs/promises';
import { csvDocument } from '../format/csv.js';
import { DatasetFileError, prepareImport, type SetAside, type TableReading } from './prepare.js';
import { isTableFile, tableRows } from './tables/read-table.js';
import type { ColumnMapping } from './tables/columns.js';

export type { TableReading };
import { previewImport, type ImportPreview } from './preview.js';
import {
  BUMP_DATASET_REVISION,
  IMPORT_FINISHED,
  IMPORT_STARTED,
  IMPORT_STATEMENTS,
  NATIONAL_REGION_STATEMENTS,
  existingRecordsIn,
  graphCounts,
  type GraphCounts,
} from './repository.js';
import { SECTIONS, type SectionName } from './types.js';
import { validateDataset, type DatasetProblem, type ValidationReport } from './validate.js';

export { DatasetFileError };

export class InvalidDatasetError extends Error {
  constructor(
    readonly file: string,
    readonly report: ValidationReport,
    /** How its tables were read: what the steward checks first when a column was not taken as meant. */
    readonly readings: TableReading[] = [],
    /** What the steward can do besides fixing the files, said after the count of problems. */
    hint = '',
  ) {
    const shown = report.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
    const more = report.problemCount > report.problems.length ? `\n  ... and ${report.problemCount - report.problems.length} more` : '';
    const why = hint ? ` (${hint})` : '';
    super(
      `${file} ${file.includes(', ') ? 'were' : 'was'} not imported: ${report.problemCount} problem(s)${why}; the database is unchanged.\n${shown}${more}`,
    );
  }

  get problems(): DatasetProblem[] {
    return this.report.problems;
  }
}

export interface ImportResult {
  counts: Record<SectionName, number>;
  /** How each table was read. */
  readings: TableReading[];
  /** The rows set aside (--rejects), per table. */
  setAside: SetAsideRows[];
  /** The firms of the files per registration status they carry. */
  registrationStatuses: ValidationReport['registrationStatuses'];
  /** The whole graph after the import. */
  graph: GraphCounts;
  elapsedMs: number;
  /** Of those, validating the file before writing. */
  validationMs: number;
  /** 挂链 by rule: the firms the rules were run for, the links each rule gave, and the firms left in no link. */
  assignment: AssignmentTally;
}

export interface ImportOptions {
  /** Rows per transaction. */
  batchSize?: number;
  /** Set the table rows with problems aside into this CSV file and import the rest (`--rejects FILE`). */
  rejects?: string;
  /** Other headers, mapped to fields (`--columns MAPPING.json`). */
  columns?: ColumnMapping;
  /** How each chain the import writes names it in its history; by default, made by the import of the files. */
  chainEvent?: ChainEventOrigin;
}

/** Who and what a chain's history names for a chain written by an import (ChainEvent). */
export interface ChainEventOrigin {
  by: string;
  kind: 'IMPORTED' | 'ADOPTED';
  note: string;
}

/**
 * Rows per transaction: large enough that the round trip is small next to the work, small enough that the
 * transaction state stays small in Neo4j's heap (one transaction for a whole file does not finish; see
 * docs/performance.md).
 */
export const DEFAULT_IMPORT_BATCH_SIZE = 5_000;
const BATCH_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * The passes over the prepared file (see prepare.ts), in order: validation reads it twice (validateDataset: every id it
 * defines, then every reference), then every node is written, then every relationship — sections may come in any
 * order, so a relationship's ends exist only once every node pass is done; removals come last. Each pass assembles
 * only its sections.
 */
const WRITE_PASSES = ['nodes', 'relationships', 'removals'] as const;
type WritePass = (typeof WRITE_PASSES)[number];

/** The sections with a statement for this pass. */
const sectionsOf = (step: WritePass) => SECTIONS.filter((section) => IMPORT_STATEMENTS[section][step] !== undefined);

/**
 * Imports dataset files per docs/dataset.md as one: the schema is applied, the files are prepared into one private
 * file (region codes resolved), which is validated whole before anything is written (a file that breaks a rule
 * changes nothing), then it is streamed to Neo4j in batches of UNWIND ... MERGE,
 * each batch its own transaction (which also gives the dataset a new revision): nodes first, then relationships;
 * last, the completeness of every leading chain is recorded where it changed (completeness-history.ts).
 * Every statement is idempotent, so an import interrupted midway (Neo4j stopped) is completed by running it again.
 * Throws `InvalidDatasetError` naming every problem's file and JSON path when a file breaks a rule.
 */
export async function importDataset(driver: Driver, files: string | string[], options: ImportOptions = {}): Promise<ImportResult> {
  const started = Date.now();
  return withValidatedFiles(
    driver,
    files,
    async (file, report, readings, setAside) => {
      const validationMs = Date.now() - started;
      const sources = typeof files === 'string' ? [files] : files;
      await writeRows(driver, IMPORT_STARTED, { file: sources.map((source) => path.basename(source)).join(', ') });
      const event = options.chainEvent ?? {
        by: 'import',
        kind: 'IMPORTED',
        note: sources.map((source) => path.basename(source)).join(', '),
      };
      for (const step of WRITE_PASSES) await writePass(driver, file, step, options.batchSize ?? DEFAULT_IMPORT_BATCH_SIZE, event);
      const assignment = await assignByRule(driver, file, report.counts.chains > 0);
      await inWriteTransaction(driver, (run) => recordCompleteness(run, null, 'import'), { timeoutMs: BATCH_TIMEOUT_MS });
      await writeRows(driver, IMPORT_FINISHED);
      return {
        counts: report.counts,
        readings,
        setAside,
        registrationStatuses: report.registrationStatuses,
        graph: await graphCounts(driver),
        elapsedMs: Date.now() - started,
        validationMs,
        assignment,
      };
    },
    options,
  );
}

export interface DryRunResult {
  counts: Record<SectionName, number>;
  readings: TableReading[];
  setAside: SetAsideRows[];
  registrationStatuses: ValidationReport['registrationStatuses'];
  preview: ImportPreview;
  elapsedMs: number;
}

/** `--dry-run`: prepares and validates `files` as `importDataset` does, then says what it would change; writes nothing. */
export async function dryRunImport(
  driver: Driver,
  files: string | string[],
  options: Pick<ImportOptions, 'rejects' | 'columns'> = {},
): Promise<DryRunResult> {
  const started = Date.now();
  return withValidatedFiles(
    driver,
    files,
    async (file, report, readings, setAside) => ({
      counts: report.counts,
      readings,
      setAside,
      registrationStatuses: report.registrationStatuses,
      preview: await previewImport(driver, file),
      elapsedMs: Date.now() - started,
    }),
    options,
  );
}

/** Rows set aside by `--rejects`: per table file (by name), each row's problems. */
type RejectedRows = Map<string, Map<number, string[]>>;

/** How often the files are prepared again while setting rows aside (each round sets aside the problems it found). */
const MAX_SETTING_ASIDE_ROUNDS = 100;

/**
 * Prepares the files into one, validates it whole (throwing `InvalidDatasetError`), and hands it to `use`. With
 * `rejects`, the table rows with problems are set aside instead — written to that file with their problems — and the
 * files prepared again without them, until what is left is valid (a supply of a firm set aside is then set aside in
 * turn); a problem outside a table row (a JSON file, a table's header) still refuses the whole import.
 */
async function withValidatedFiles<T>(
  driver: Driver,
  files: string | string[],
  use: (file: string, report: ValidationReport, readings: TableReading[], setAside: SetAsideRows[]) => Promise<T>,
  { rejects, columns }: Pick<ImportOptions, 'rejects' | 'columns'>,
): Promise<T> {
  const sources = typeof files === 'string' ? [files] : files;
  const existing = existingRecordsIn(driver);
  const rejected: RejectedRows = new Map();
  for (let round = 0; ; round += 1) {
    // The files are copied first of all: what is validated and written is what they held when the import began.
    const prepared = await prepareImport(sources, existing, rowsOf(rejected), columns);
    try {
      await applySchema(driver);
      const checked = await validateDataset(prepared.path, existing);
      const report = withPreparationProblems(checked, prepared.problems, prepared.inSourceWords);
      if (!report.valid) {
        const rows = round === MAX_SETTING_ASIDE_ROUNDS ? null : problemRows(report.problems, sources);
        // A problem no row set aside can remove (one in a table's header) would come back every round.
        const fresh = rows && [...rows].some(([file, problems]) => [...problems.keys()].some((row) => !rejected.get(file)?.has(row)));
        if (rejects === undefined || !rows || !fresh) {
          throw new InvalidDatasetError(sources.join(', '), report, prepared.readings, hintFor(rejects, rows));
        }
        for (const [file, problems] of rows) {
          const known = rejected.get(file) ?? new Map<number, string[]>();
          for (const [row, messages] of problems) known.set(row, [...(known.get(row) ?? []), ...messages]);
          rejected.set(file, known);
        }
        continue;
      }
      const setAside = rejects === undefined || rejected.size === 0 ? [] : await writeRejects(rejects, sources, rejected);
      return await use(prepared.path, report, prepared.readings, setAside);
    } finally {
      await prepared.remove();
    }
  }
}

/** Why an import was refused whole, and what else the steward can do. */
function hintFor(rejects: string | undefined, rows: RejectedRows | null): string {
  if (rejects !== undefined) return 'a problem outside a table row cannot be set aside: fix it and import again';
  return rows ? 'every one is in a table row: --rejects FILE sets those rows aside and imports the rest' : '';
}

function rowsOf(rejected: RejectedRows): SetAside {
  return new Map([...rejected].map(([file, rows]) => [file, new Set(rows.keys())]));
}

/** The table row each problem is in, by file and row; null when one of them is in no table row. */
function problemRows(problems: DatasetProblem[], sources: string[]): RejectedRows | null {
  const tables = new Set(sources.filter(isTableFile).map((source) => path.basename(source)));
  const rows: RejectedRows = new Map();
  for (const problem of problems) {
    const match = /^(.+) row (\d+)(?:, (.+))?$/.exec(problem.path);
    if (!match || !tables.has(match[1]!)) return null;
    const byRow = rows.get(match[1]!) ?? new Map<number, string[]>();
    const row = Number(match[2]);
    byRow.set(row, [...(byRow.get(row) ?? []), match[3] ? `${match[3]}: ${problem.message}` : problem.message]);
    rows.set(match[1]!, byRow);
  }
  return rows;
}

/** Rows of a table set aside, and the file they were written to. */
export interface SetAsideRows {
  file: string;
  rows: number;
  writtenTo: string;
}

/**
 * Writes the rows set aside as CSV — the table's own columns and a 问题 column — to `rejects`, or, when rows of
 * several tables were set aside, to one file per table beside it (`rejects-<table>.csv`).
 */
async function writeRejects(rejects: string, sources: string[], rejected: RejectedRows): Promise<SetAsideRows[]> {
  const written: SetAsideRows[] = [];
  for (const source of sources.filter((file) => rejected.has(path.basename(file)))) {
    const name = path.basename(source);
    const problems = rejected.get(name)!;
    const target =
      rejected.size === 1 ? rejects : path.join(path.dirname(rejects), `${path.basename(rejects, '.csv')}-${path.parse(name).name}.csv`);
    const rows: string[][] = [];
    let header: string[] | undefined;
    for await (const { row, cells } of tableRows(source)) {
      if (!header) header = cells;
      else if (problems.has(row))
        rows.push([...cells, ...Array<string>(Math.max(0, header.length - cells.length)).fill(''), problems.get(row)!.join('；')]);
    }
    await writeFile(target, csvDocument([...(header ?? []), '问题'], rows));
    written.push({ file: name, rows: rows.length, writtenTo: target });
  }
  return written;
}

const MAX_SHOWN_PROBLEMS = 200;

/** The problems of preparing first (they explain the rest), every path named in the files given. */
function withPreparationProblems(
  report: ValidationReport,
  preparation: DatasetProblem[],
  inSourceWords: (problem: DatasetProblem) => DatasetProblem | null,
): ValidationReport {
  const checked = report.problems.map(inSourceWords).filter((problem): problem is DatasetProblem => problem !== null);
  const problems = [...preparation, ...checked].slice(0, Math.max(checked.length, MAX_SHOWN_PROBLEMS));
  const problemCount = preparation.length + report.problemCount - (report.problems.length - checked.length);
  return { ...report, valid: problemCount === 0, problems, problemCount };
}

/**
 * 挂链 by rule for the firms that declare no links: those of the import, or every firm when the import brought
 * chains (whose rules may have changed). A batch of firms per transaction, as the writes.
 */
async function assignByRule(driver: Driver, file: string, rulesChanged: boolean): Promise<AssignmentTally> {
  if (rulesChanged) return assignEveryFirmByRule(driver);
  const { assign, tally } = await ruleAssigner(driver);
  let batch: string[] = [];
  await forEachRecord(file, ['enterprises'], async ({ value }) => {
    batch.push((value as { id: string }).id);
    if (batch.length >= ASSIGNMENT_BATCH_SIZE) {
      await assign(batch);
      batch = [];
    }
  });
  await assign(batch);
  return tally;
}

/** One streamed pass over the file, sending every section's rows in batches to that section's statement. */
async function writePass(driver: Driver, file: string, step: WritePass, batchSize: number, event: ChainEventOrigin) {
  const sections = sectionsOf(step);
  const batches = new Map<SectionName, unknown[]>(sections.map((section) => [section, []]));
  const flush = async (section: SectionName) => {
    const rows = batches.get(section)!;
    if (rows.length === 0) return;
    batches.set(section, []);
    await inWriteTransaction(
      driver,
      async (run) => {
        await run(IMPORT_STATEMENTS[section][step]!, { rows, event });
        await run(BUMP_DATASET_REVISION);
      },
      { timeoutMs: BATCH_TIMEOUT_MS, metadata: { task: 'import', query: `${section} ${step}` } },
    );
  };
  await forEachRecord(file, sections, async ({ section, value }) => {
    const rows = batches.get(section)!;
    const rowOf = IMPORT_STATEMENTS[section].row;
    rows.push(rowOf ? rowOf(value) : value);
    if (rows.length >= batchSize) await flush(section);
  });
  for (const section of sections) await flush(section);
}

export interface NationalRegionsResult {
  /** Units in the national layer. */
  divisions: number;
  /** Of those, regions this load created (the others were there, by code). */
  added: number;
  elapsedMs: number;
}

/**
 * Loads the national division layer (see national-regions.ts) into the graph, merged by code with the regions there;
 * idempotent. One transaction: about 3,500 small rows.
 */
export async function importNationalRegions(driver: Driver): Promise<NationalRegionsResult> {
  const started = Date.now();
  await applySchema(driver);
  const rows = nationalDivisions();
  const added = await inWriteTransaction(
    driver,
    async (run) => {
      const [result] = await run<{ added: number }>(NATIONAL_REGION_STATEMENTS.nodes, { rows });
      await run(NATIONAL_REGION_STATEMENTS.relationships, { rows });
      await run(BUMP_DATASET_REVISION);
      return Number(result?.added ?? 0);
    },
    { timeoutMs: BATCH_TIMEOUT_MS, metadata: { task: 'national-regions' } },
  );
  return { divisions: rows.length, added, elapsedMs: Date.now() - started };
}
