/**
 * `npm run seed` imports the demo dataset; `npm run seed -- --file F [--file G …]` imports files of your own as one
 * (all or nothing), `--dry-run` saying what they would change and writing nothing; `npm run seed -- --regions
 * national` loads the national division layer (GB/T 2260); `npm run seed -- --template ID --region ID` adopts a chain
 * template of the library for a region (src/dataset/adopt-template.ts).
 * Uses NEO4J_URI when set, otherwise the local Neo4j (started if needed). Exits 1 when a file is rejected.
 */
import { readFileSync } from 'node:fs';
import { parseCommandLine } from '../command-line.js';
import { connectNeo4j } from '../neo4j/connect.js';
import { chainTemplate } from '../chain-templates/index.js';
import { AdoptionRefusedError, adoptChainTemplate } from './adopt-template.js';
import { DEMO_DATASET } from './demo.js';
import {
  DatasetFileError,
  InvalidDatasetError,
  dryRunImport,
  importDataset,
  importNationalRegions,
  type ImportResult,
  type TableReading,
} from './import.js';
import type { ImportPreview } from './preview.js';
import type { AssignmentTally } from './rule-assignment.js';
import { columnMappingProblems, type ColumnMapping } from './tables/columns.js';

const USAGE =
  'Usage: npm run seed [-- --file PATH [--file PATH …] [--dry-run] [--rejects FILE] [--columns MAPPING.json]] [-- --regions national]' +
  ' [-- --template ID --region ID]';
const { values } = parseCommandLine(USAGE, {
  file: { type: 'string', multiple: true },
  'dry-run': { type: 'boolean' },
  rejects: { type: 'string' },
  columns: { type: 'string' },
  regions: { type: 'string' },
  template: { type: 'string' },
  region: { type: 'string' },
});
if ((values.template === undefined) !== (values.region === undefined)) {
  console.error(`--template and --region go together: the template to adopt, and the region that leads its chain.\n${USAGE}`);
  process.exit(2);
}
if (values.regions !== undefined && values.regions !== 'national') {
  console.error(`--regions takes one value, national (the GB/T 2260 division layer), not '${values.regions}'.\n${USAGE}`);
  process.exit(2);
}

const columns = values.columns === undefined ? undefined : readColumnMapping(values.columns);

const connection = await connectNeo4j('dev', process.env, console.log);
try {
  if (values.regions === 'national') {
    const result = await importNationalRegions(connection.driver);
    console.log(
      `Loaded the national divisions in ${(result.elapsedMs / 1000).toFixed(1)}s: ${result.divisions} units, ` +
        `${result.added} new regions (the others were there already, by code).`,
    );
  }
  if (values.template !== undefined) {
    const { chainId, created, assignment } = await adoptChainTemplate(connection.driver, values.region!, values.template, 'command line');
    const template = chainTemplate(chainId)!;
    console.log(
      created
        ? `Made the chain '${chainId}' from its template (version ${template.version}, ${template.links.length} links) and made it a leading chain of ${values.region}.`
        : `The chain '${chainId}' was there already; it is now a leading chain of ${values.region}.`,
    );
    if (assignment) console.log(describeAssignment(assignment));
  }
  if (values['dry-run']) {
    const files = values.file ?? [DEMO_DATASET];
    const result = await dryRunImport(connection.driver, files, { rejects: values.rejects, columns });
    for (const line of describeReadings(result.readings)) console.log(line);
    for (const line of describeSetAside(result.setAside)) console.log(line);
    console.log(`Dry run of ${files.join(', ')} (${(result.elapsedMs / 1000).toFixed(1)}s): every file is valid; nothing was written.`);
    for (const line of describePreview(result.preview)) console.log(line);
    const statuses = describeStatuses(result.registrationStatuses);
    if (statuses) console.log(statuses);
  } else if (values.file !== undefined || (values.regions === undefined && values.template === undefined)) {
    const files = values.file ?? [DEMO_DATASET];
    const result = await importDataset(connection.driver, files, { rejects: values.rejects, columns });
    for (const line of describeReadings(result.readings)) console.log(line);
    for (const line of describeSetAside(result.setAside)) console.log(line);
    const records = Object.entries(result.counts)
      .filter(([, n]) => n > 0)
      .map(([section, n]) => `${n} ${section}`);
    console.log(`Imported ${files.join(', ')} in ${(result.elapsedMs / 1000).toFixed(1)}s: ${records.join(', ')}.`);
    console.log(`The graph now has ${result.graph.nodes} nodes and ${result.graph.relationships} relationships.`);
    const statuses = describeStatuses(result.registrationStatuses);
    if (statuses) console.log(statuses);
    if (result.assignment.firms > 0) console.log(describeAssignment(result.assignment));
  }
} catch (error) {
  if (error instanceof InvalidDatasetError) for (const line of describeReadings(error.readings)) console.error(line);
  if (error instanceof InvalidDatasetError || error instanceof DatasetFileError || error instanceof AdoptionRefusedError)
    console.error(error.message);
  else console.error(`Import failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await connection.close();
}

/** What the link rules did for the firms without declared links. */
function describeAssignment({ firms, byIndustryCode, byKeyword, unassigned }: AssignmentTally): string {
  const unplaced = unassigned === 0 ? 'every one is in a link' : `${unassigned} in no link (the report unassigned-firms lists them)`;
  return (
    `Link rules (挂链) ran for ${firms} firms without declared links: assigned ${byIndustryCode} by industry code and ` +
    `${byKeyword} by keyword; ${unplaced}.`
  );
}

/** Per table: what it was read as, which column became which field with how many cells read, and what was left out. */
function describeReadings(readings: TableReading[]): string[] {
  return readings.flatMap((reading) => {
    const columns = reading.columns.map(
      (column) => `  ${column.header} → ${column.field}: ${column.recognised} of ${column.given} cells read`,
    );
    const notes = reading.notes.map(({ note, rows }) => `  read with a note: ${note} (${rows} ${rows === 1 ? 'row' : 'rows'})`);
    const ignored = reading.ignored.length
      ? [`  ignored (no field takes them; --columns maps one): ${reading.ignored.join(', ')}`]
      : ['  no column ignored'];
    return [
      `${reading.file}: ${reading.kind === 'enterprises' ? 'an' : 'a'} ${reading.kind} table of ${reading.rows} rows.`,
      ...columns,
      ...notes,
      ...ignored,
    ];
  });
}

/** The header → field mapping of --columns, or exit 2 saying what is wrong with it. */
function readColumnMapping(file: string): ColumnMapping {
  let mapping: unknown;
  try {
    mapping = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`--columns ${file}: ${error instanceof Error ? error.message : error}`);
    process.exit(2);
  }
  const problems = columnMappingProblems(mapping);
  if (problems.length > 0) {
    console.error(`--columns ${file}:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    process.exit(2);
  }
  return mapping as ColumnMapping;
}

/** The rows set aside with --rejects, and where they are. */
function describeSetAside(setAside: ImportResult['setAside']): string[] {
  return setAside.map(
    ({ file, rows, writtenTo }) =>
      `Set aside ${rows} row(s) of ${file} in ${writtenTo} (its own columns and 问题, what is wrong): fix them there and import that file.`,
  );
}

/** The firms of the files by registration status, and what that means for the analyses; null without firms. */
function describeStatuses(statuses: ImportResult['registrationStatuses']): string | null {
  const given = Object.entries(statuses).filter(([, n]) => n > 0);
  if (given.length === 0) return null;
  const inactive = given.filter(([status]) => status !== 'ACTIVE' && status !== 'unstated').reduce((sum, [, n]) => sum + n, 0);
  const counts = given.map(([status, n]) => `${n} ${status === 'unstated' ? 'without a status (new ones ACTIVE)' : status}`).join(', ');
  return `Firms by registration status (登记状态): ${counts}.${inactive > 0 ? ` The ${inactive} not ACTIVE count in no analysis.` : ''}`;
}

/** The dry run's report, a line per section, then per link the firms each rule would put there. */
function describePreview(preview: ImportPreview): string[] {
  const lines = Object.entries(preview.changes).map(
    ([section, counts]) =>
      `  ${section}: ${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.removed} removed`,
  );
  const { firms, byLink, unassigned, unassignedNames } = preview.assignment;
  if (firms > 0) {
    lines.push(`Link rules (挂链) would run for ${firms} firms without declared links:`);
    for (const [linkId, counts] of Object.entries(byLink).sort()) {
      lines.push(`  ${linkId}: ${counts.INDUSTRY_CODE} by industry code, ${counts.KEYWORD} by keyword`);
    }
    const named = unassignedNames.join('、') + (unassigned > unassignedNames.length ? ` … (${unassigned} in all)` : '');
    lines.push(unassigned === 0 ? '  every one of them gets a link' : `  in no link: ${named}`);
  }
  return lines;
}
