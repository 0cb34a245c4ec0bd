/**
 * `npm run report -- list`
 * `npm run report -- NAME [--param key=value ...] [--format table|csv|json] [--round N] [--out FILE]`
 * Runs catalogue reports straight against Neo4j (the local one unless NEO4J_URI is set), without the API.
 */
import { writeFileSync } from 'node:fs';
import { GraphQLError } from 'graphql';
import { parseCommandLine } from '../../command-line.js';
import { connectNeo4j } from '../../neo4j/connect.js';
import { CATALOGUE, ReportRunner } from './runner.js';
import { OUTPUT_FORMATS, rounded, toCsv, toJson, toTable, type OutputFormat } from './formats.js';
import { parseTextValue } from './parameters.js';

const USAGE = `Usage:
  npm run report -- list
  npm run report -- NAME [--param key=value ...] [--format table|csv|json] [--round N] [--out FILE]`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function list(): void {
  for (const report of CATALOGUE) {
    console.log(`${report.name}\n  ${report.description}`);
    for (const parameter of report.parameters) {
      const usage = parameter.required ? 'required' : `default ${JSON.stringify(parameter.default)}`;
      console.log(`  --param ${parameter.name}=<${parameter.type}>  (${usage}) ${parameter.description}`);
    }
    console.log();
  }
}

interface RunOptions {
  param: string[];
  format: string;
  round?: string;
  out?: string;
}

async function run(name: string, options: RunOptions): Promise<void> {
  const report = CATALOGUE.find((known) => known.name === name);
  if (!report) fail(`There is no report '${name}'. Run \`npm run report -- list\` to see them.\n${USAGE}`);
  const params: Record<string, unknown> = {};
  for (const value of options.param) {
    const separator = value.indexOf('=');
    if (separator < 1) fail(`--param takes key=value, got '${value}'.`);
    const key = value.slice(0, separator);
    const parameter = report.parameters.find((candidate) => candidate.name === key);
    params[key] = parameter ? parseTextValue(parameter.type, value.slice(separator + 1)) : value.slice(separator + 1);
  }
  if (!(OUTPUT_FORMATS as readonly string[]).includes(options.format)) fail(`--format is one of ${OUTPUT_FORMATS.join(', ')}.`);
  const format = options.format as OutputFormat;
  const out = options.out;
  const digits = options.round === undefined ? null : Number(options.round);
  if (digits !== null && !(Number.isInteger(digits) && digits >= 0 && digits <= 10))
    fail(`--round takes 0 to 10 decimals, got '${options.round}'.`);

  const connection = await connectNeo4j('dev', process.env, (line) => console.error(line));
  const started = Date.now();
  // Progress on stderr, so stdout stays clean for the report itself.
  const progress = setInterval(() => process.stderr.write(`\rRunning ${name}... ${Math.round((Date.now() - started) / 1000)} s`), 1000);
  try {
    const answer = await new ReportRunner(connection.driver).runReport(name, params);
    const result = digits === null ? answer : rounded(answer, digits);
    const text = format === 'csv' ? toCsv(result) : format === 'json' ? toJson(result) : toTable(result);
    clearInterval(progress);
    if (Date.now() - started >= 1000) process.stderr.write('\n');
    if (out) writeFileSync(out, text);
    else process.stdout.write(text);
    const summary = `${result.rowCount} row${result.rowCount === 1 ? '' : 's'}${result.truncated ? ' (truncated: more rows than the cap)' : ''} in ${result.elapsedMs} ms`;
    console.error(out ? `${summary}, written to ${out}` : summary);
  } catch (error) {
    clearInterval(progress);
    if (error instanceof GraphQLError) fail(error.message);
    throw error;
  } finally {
    await connection.close();
  }
}

const { values, positionals } = parseCommandLine(
  USAGE,
  {
    param: { type: 'string', multiple: true, default: [] },
    format: { type: 'string', default: 'table' },
    round: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  true,
);
const [command] = positionals;
if (!command || values.help || positionals.length > 1) fail(USAGE);
if (command === 'list') list();
else await run(command, values);
