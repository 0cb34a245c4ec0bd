import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandFragments } from '../../neo4j/cypher-fragments.js';
import type { JsonValue } from '../../neo4j/values.js';
import { COMPUTED_REPORTS } from './catalogue/computed.js';
import type { ReportFacts } from './report-facts.js';

export const PARAMETER_TYPES = ['String', 'ID', 'Int', 'Float', 'Boolean'] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];

export interface ReportParameterDefinition {
  name: string;
  type: ParameterType;
  required: boolean;
  /** Used when the caller gives no value; null when there is none (required parameters, or an explicit `= null`). */
  default: JsonValue;
  description: string;
}

interface ReportBase {
  name: string;
  description: string;
  parameters: ReportParameterDefinition[];
  /** The file that defines it, for messages. */
  file: string;
}

/** A report whose Cypher is the whole of it: what it shows restates no rule of docs/domain.md. */
export interface CypherReport extends ReportBase {
  kind: 'cypher';
  cypher: string;
}

/** One row of a report: its columns by name. */
export type ReportRow = Record<string, JsonValue>;

/**
 * A report of what a rule of docs/domain.md decides (a gap, relatedness): computed by the rule's own code in
 * src/domain over the facts src/facts reads, so the report and the API cannot differ.
 */
export interface ComputedReport extends ReportBase {
  kind: 'computed';
  /** Its columns in order: named even when there are no rows, as a Cypher report's are. */
  columns: readonly string[];
  /** The rows, in order; `params` are the checked parameters with their defaults. */
  compute(facts: ReportFacts, params: Record<string, JsonValue>): Promise<ReportRow[]>;
}

export type ReportDefinition = CypherReport | ComputedReport;

export const CATALOGUE_DIR = fileURLToPath(new URL('./catalogue/', import.meta.url));

/** A report file whose header is malformed: names the file and line, and says what is expected. */
export class CatalogueError extends Error {
  override readonly name = 'CatalogueError';
}

const HEADER_SYNTAX = `a report starts with comment lines:
  // @name kebab-case-name (the file's name without .cypher)
  // @description One line saying what the report shows.
  // @param name Type[!] [= JSON default] What it means.   (Type: ${PARAMETER_TYPES.join(', ')}; ! = required)`;

const PARAM_LINE = /^@param\s+([A-Za-z_]\w*)\s+(\w+)(!)?(?:\s*=\s*(\S+))?(?:\s+(.*))?$/;

/**
 * Reads every `.cypher` file of the catalogue and checks its header against its body: every `$parameter` the
 * Cypher uses is declared and every declared one is used, defaults have their declared type, names are unique.
 * The computed reports join them, checked alike. Throws CatalogueError naming the file and line of the first problem.
 */
export function loadCatalogue(dir: string = CATALOGUE_DIR, computed: readonly ComputedReport[] = COMPUTED_REPORTS): ReportDefinition[] {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort();
  if (files.length === 0) throw new CatalogueError(`no .cypher report in ${dir}`);
  const written = files.map((file) => parseReport(path.join(dir, file), readFileSync(path.join(dir, file), 'utf8')));
  for (const report of computed) checkComputedReport(report, written);
  return [...written, ...computed].sort((a, b) => a.name.localeCompare(b.name));
}

/** A computed report's declaration: a name no other report has, one declaration per parameter, defaults of their type. */
function checkComputedReport(report: ComputedReport, others: readonly ReportDefinition[]): void {
  const fail = (problem: string): never => {
    throw new CatalogueError(`${report.file}: ${problem}`);
  };
  const namesake = others.find((other) => other.name === report.name);
  if (namesake) fail(`report '${report.name}' is also ${namesake.file}`);
  const names = report.parameters.map((parameter) => parameter.name);
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice) fail(`parameter '${twice}' is declared twice`);
  for (const parameter of report.parameters) {
    if (parameter.required && parameter.default !== null) fail(`required parameter '${parameter.name}' cannot have a default`);
    if (parameter.default !== null && !hasType(parameter.default, parameter.type))
      fail(`the default of '${parameter.name}' is not a ${parameter.type}: ${JSON.stringify(parameter.default)}`);
  }
}

export function parseReport(file: string, text: string): CypherReport {
  const lines = text.split(/\r?\n/);
  const fail = (line: number, problem: string): never => {
    throw new CatalogueError(`${file}:${line}: ${problem}\n${HEADER_SYNTAX}`);
  };
  let name: string | undefined;
  let description: string | undefined;
  const parameters: ReportParameterDefinition[] = [];
  /** The line of each @param, for messages. */
  const parameterLines: number[] = [];
  let headerEnd = 0;
  for (const [index, line] of lines.entries()) {
    if (!line.startsWith('//')) break;
    headerEnd = index + 1;
    const content = line.slice(2).trim();
    if (!content.startsWith('@')) continue;
    if (content.startsWith('@name ')) {
      name = content.slice('@name '.length).trim();
      if (name !== path.basename(file, '.cypher'))
        fail(index + 1, `@name '${name}' must be the file's name, '${path.basename(file, '.cypher')}'`);
    } else if (content.startsWith('@description ')) {
      description = content.slice('@description '.length).trim();
    } else if (content.startsWith('@param ')) {
      parameters.push(parseParameter(content, (problem) => fail(index + 1, problem)));
      parameterLines.push(index + 1);
    } else {
      fail(index + 1, `unknown header tag '${content.split(/\s/)[0]}'`);
    }
  }
  if (!name) return fail(1, 'the header has no @name');
  if (!description) return fail(1, 'the header has no @description');
  const written = lines.slice(headerEnd).join('\n').trim();
  if (!written) return fail(headerEnd + 1, 'the report has no Cypher after its header');
  let cypher = written;
  try {
    cypher = expandFragments(written);
  } catch (error) {
    fail(headerEnd + 1, (error as Error).message);
  }

  checkParameterUse(parameters, parameterLines, lines, headerEnd, fail);
  return { kind: 'cypher', name, description, parameters, cypher, file };
}

/** Every `$parameter` the Cypher uses is declared once, and every declared one is used; a problem names its line. */
function checkParameterUse(
  parameters: ReportParameterDefinition[],
  parameterLines: number[],
  lines: string[],
  headerEnd: number,
  fail: (line: number, problem: string) => never,
): void {
  const declaredAt = new Map<string, number>();
  parameters.forEach((parameter, index) => {
    if (declaredAt.has(parameter.name)) fail(parameterLines[index]!, `parameter '${parameter.name}' is declared twice`);
    declaredAt.set(parameter.name, parameterLines[index]!);
  });
  const usedAt = new Map<string, number>();
  for (let index = headerEnd; index < lines.length; index += 1) {
    for (const match of lines[index]!.matchAll(/\$([A-Za-z_]\w*)/g)) if (!usedAt.has(match[1]!)) usedAt.set(match[1]!, index + 1);
  }
  for (const [parameter, line] of usedAt) {
    if (!declaredAt.has(parameter)) fail(line, `the Cypher uses $${parameter}, which the header does not declare`);
  }
  for (const [parameter, line] of declaredAt) {
    if (!usedAt.has(parameter)) fail(line, `parameter '${parameter}' is declared but the Cypher never uses $${parameter}`);
  }
}

function parseParameter(content: string, fail: (problem: string) => never): ReportParameterDefinition {
  const match = PARAM_LINE.exec(content);
  if (!match) return fail(`cannot read '${content}'`);
  const [, name, type, bang, defaultText, description] = match;
  if (!(PARAMETER_TYPES as readonly string[]).includes(type!)) fail(`parameter '${name}' has unknown type '${type}'`);
  const required = bang === '!';
  if (required && defaultText !== undefined) fail(`required parameter '${name}' cannot have a default`);
  let defaultValue: JsonValue = null;
  if (defaultText !== undefined) {
    try {
      defaultValue = JSON.parse(defaultText) as JsonValue;
    } catch {
      fail(`the default of '${name}' is not JSON: ${defaultText}`);
    }
    if (defaultValue !== null && !hasType(defaultValue, type as ParameterType))
      fail(`the default of '${name}' is not a ${type}: ${defaultText}`);
  }
  if (!description) fail(`parameter '${name}' has no description`);
  return { name: name!, type: type as ParameterType, required, default: defaultValue, description: description! };
}

export function hasType(value: unknown, type: ParameterType): boolean {
  switch (type) {
    case 'String':
    case 'ID':
      return typeof value === 'string';
    case 'Int':
      return Number.isSafeInteger(value);
    case 'Float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'Boolean':
      return typeof value === 'boolean';
  }
}
