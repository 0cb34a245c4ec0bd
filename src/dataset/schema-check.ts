import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { SectionName } from './types.js';

export interface DatasetProblem {
  /** Where in the file, e.g. `enterprises[12].creditCode`. */
  path: string;
  message: string;
}

export const DATASET_SCHEMA_PATH = new URL('../../seeds/dataset.schema.json', import.meta.url);

/** Which `$defs` entry describes one element of each top-level array. */
const ELEMENT_DEFINITIONS: Record<SectionName, string> = {
  regions: 'region',
  parks: 'park',
  carriers: 'carrier',
  industries: 'industry',
  chains: 'chain',
  enterprises: 'enterprise',
  supplies: 'supply',
  priorities: 'priority',
  projects: 'project',
  remove: 'removal',
};

export function isSectionName(name: string): name is SectionName {
  return Object.hasOwn(ELEMENT_DEFINITIONS, name);
}

/** Checks single records against `seeds/dataset.schema.json`, so a streamed file is checked record by record. */
export class RecordSchemaChecker {
  private readonly validators: Map<SectionName, ValidateFunction>;

  constructor() {
    const schema = JSON.parse(readFileSync(DATASET_SCHEMA_PATH, 'utf8')) as { $id: string };
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
    ajv.addSchema(schema);
    this.validators = new Map(
      Object.entries(ELEMENT_DEFINITIONS).map(([section, definition]) => {
        const validate = ajv.getSchema(`${schema.$id}#/$defs/${definition}`);
        if (!validate) throw new Error(`dataset.schema.json has no $defs/${definition}`);
        return [section as SectionName, validate];
      }),
    );
  }

  problems(section: SectionName, index: number, value: unknown): DatasetProblem[] {
    const validate = this.validators.get(section)!;
    if (validate(value)) return [];
    return simplify(validate.errors ?? []).map((error) => ({
      path: `${section}[${index}]${jsonPointerToPath(error.instancePath)}${suffix(error)}`,
      message: describe(error),
    }));
  }
}

/** `anyOf` over required fields yields one error per branch; say it once, in words. */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  return errors.filter((e) => !(e.keyword === 'required' && e.schemaPath.includes('/anyOf/') && anyOfPaths.has(e.instancePath)));
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a field of this record (check its spelling)';
    case 'anyOf':
      return 'needs regionId or parkId';
    case 'enum':
      return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    case 'pattern':
      return error.instancePath.endsWith('/creditCode')
        ? 'must be 18 characters from 0-9 and A-Z without I, O, S, V, Z'
        : `must match ${(error.params as { pattern: string }).pattern}`;
    default:
      return error.message ?? 'is not valid';
  }
}

/** `required` and `additionalProperties` errors name the field in params, not in the path. */
function suffix(error: ErrorObject): string {
  if (error.keyword === 'required') return `.${(error.params as { missingProperty: string }).missingProperty}`;
  if (error.keyword === 'additionalProperties') {
    return `.${(error.params as { additionalProperty: string }).additionalProperty}`;
  }
  return '';
}

/** `/links/3/id` → `.links[3].id` */
function jsonPointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('');
}
