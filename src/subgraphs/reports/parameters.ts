import { badUserInput } from '../../graphql/errors.js';
import { cypherInteger, type Params } from '../../neo4j/driver.js';
import { hasType, type ParameterType, type ReportDefinition } from './catalogue.js';

/**
 * The parameters of a report run, checked against its header: unknown names, missing required values and values
 * of the wrong type are BAD_USER_INPUT naming the parameter; omitted ones take their defaults.
 */
export function reportParameters(report: ReportDefinition, given: Record<string, unknown>): Params {
  const declared = new Set(report.parameters.map((parameter) => parameter.name));
  const unknown = Object.keys(given).filter((name) => !declared.has(name));
  if (unknown.length > 0) {
    const takes = report.parameters.length
      ? `it takes ${report.parameters.map((parameter) => parameter.name).join(', ')}`
      : 'it takes none';
    throw badUserInput(`Report '${report.name}' has no parameter ${unknown.map((name) => `'${name}'`).join(', ')}; ${takes}.`);
  }
  const params: Params = {};
  for (const parameter of report.parameters) {
    const value = given[parameter.name] ?? parameter.default;
    if (value === null || value === undefined) {
      if (parameter.required)
        throw badUserInput(`Report '${report.name}' needs parameter '${parameter.name}' (${parameter.type}): ${parameter.description}`);
      params[parameter.name] = null;
      continue;
    }
    if (!hasType(value, parameter.type)) {
      const article = /^[AEIOU]/.test(parameter.type) ? 'an' : 'a';
      throw badUserInput(
        `Parameter '${parameter.name}' of report '${report.name}' must be ${article} ${parameter.type}, got ${JSON.stringify(value)}.`,
      );
    }
    // The driver sends JS numbers as floats; Int parameters must reach Cypher as integers.
    params[parameter.name] = parameter.type === 'Int' ? cypherInteger(value as number) : value;
  }
  return params;
}

/** A parameter value typed on a command line (`--param key=value`), read as its declared type. */
export function parseTextValue(type: ParameterType, text: string): unknown {
  switch (type) {
    case 'String':
    case 'ID':
      return text;
    case 'Int':
    case 'Float': {
      // Text that is not a number stays text, so the type check names what was typed.
      const number = Number(text);
      return text.trim() === '' || Number.isNaN(number) ? text : number;
    }
    case 'Boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
  }
}

/**
 * runCypher's parameters as Cypher should see them. JSON has one kind of number and the driver sends every JS number
 * as a float, so `LIMIT $n` with {"n": 3} would fail ("'3.0' is not a valid value"): whole numbers, at any depth,
 * go as integers.
 */
export function adHocParameters(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? cypherInteger(value) : value;
  if (Array.isArray(value)) return value.map(adHocParameters);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, adHocParameters(field)]));
  }
  return value;
}
