/**
 * A table row as a dataset record: firms keyed by credit code (a code the database holds keeps its firm's id; a new
 * firm's id is its code), regions by code, name path or unique name, parks and links by id or name, money in yuan.
 * Pure over the lookups it is given.
 */
import type { DatasetProblem } from '../schema-check.js';
import { cellValue, type HeaderColumn, type TableLayout } from './columns.js';

/** Names that find one record; a name two records share finds none, and says so. */
export class NameDirectory {
  private readonly ids = new Map<string, string | null>();

  add(id: string, ...names: (string | null | undefined)[]): void {
    this.ids.set(id, id);
    for (const name of names) {
      if (!name) continue;
      const held = this.ids.get(name);
      this.ids.set(name, held === undefined || held === id ? id : null);
    }
  }

  /** The id a name or id stands for; null when several records have that name; undefined when none. */
  find(name: string): string | null | undefined {
    return this.ids.get(name);
  }
}

/** Regions by name path (河南省/驻马店市/上蔡县), by unique name, Chinese or English. */
export class RegionDirectory {
  private readonly names = new NameDirectory();
  private readonly places = new Map<string, { names: string[]; parentId: string | null }>();

  add(id: string, name: string, nameZh: string | null, parentId: string | null): void {
    this.found.clear();
    this.names.add(id, name, nameZh);
    this.places.set(id, { names: [name, nameZh ?? ''].filter(Boolean), parentId });
  }

  /** A registry export names the same few regions on every row: each text is looked up once. */
  private readonly found = new Map<string, string | null | undefined>();

  find(text: string): string | null | undefined {
    if (!this.found.has(text)) this.found.set(text, this.lookUp(text));
    return this.found.get(text);
  }

  private lookUp(text: string): string | null | undefined {
    const steps = text
      .split(/[/／>]/)
      .map((step) => step.trim())
      .filter(Boolean);
    if (steps.length <= 1) return this.names.find(steps[0] ?? '');
    const matches = [...this.places].filter(([id]) => this.pathMatches(id, steps)).map(([id]) => id);
    return matches.length === 1 ? matches[0] : matches.length === 0 ? undefined : null;
  }

  /** Whether the region's own name is the path's last step and its ancestors' names the steps before, in order. */
  private pathMatches(id: string, steps: string[]): boolean {
    let current: string | null = id;
    for (let i = steps.length - 1; i >= 0; i -= 1) {
      const place: { names: string[]; parentId: string | null } | undefined = current === null ? undefined : this.places.get(current);
      if (!place || !place.names.includes(steps[i]!)) return false;
      current = place.parentId;
    }
    return true;
  }
}

export interface TableLookups {
  regions: RegionDirectory;
  parks: NameDirectory;
  links: NameDirectory;
}

export interface ConvertedRow {
  record?: Record<string, unknown>;
  problems: DatasetProblem[];
}

/** What each record field was read from, so a problem the validator finds names the table's own column. */
export function fieldHeaders(layout: TableLayout): Record<string, string> {
  const header = (field: string) => layout.columns.find((c) => c.column.field === field)?.header;
  const location = header('park') ?? header('regionCode') ?? header('region');
  const pairs: [string, string | undefined][] =
    layout.kind === 'enterprises'
      ? [
          ['id', header('creditCode')],
          ['creditCode', header('creditCode')],
          ['name', header('nameEn') ?? header('name')],
          ['nameZh', header('name')],
          ['regionId', header('regionCode') ?? header('region')],
          ['regionCode', header('regionCode')],
          ['parkId', header('park')],
          ['linkIds', header('links')],
          ['industryCode', header('industryCode')],
          ['businessScope', header('businessScope')],
          ['mainProducts', header('mainProducts')],
          ['revenue', header('revenue')],
          ['employees', header('employees')],
          ['leading', header('leading')],
          ['listed', header('listed')],
          ['registrationStatus', header('registrationStatus')],
          ['registrationStatusSince', header('registrationStatusSince')],
          ['', location],
        ]
      : [
          ['supplierId', header('supplierCreditCode')],
          ['customerId', header('customerCreditCode')],
          ['linkId', header('link')],
          ['annualValue', header('annualValue')],
        ];
  return Object.fromEntries(pairs.filter((pair): pair is [string, string] => pair[1] !== undefined));
}

/**
 * Converts one row. `enterpriseIds` maps the credit codes the database holds to their firms' ids (asked for by the
 * caller in batches); a code it does not hold is a new firm's id.
 */
export function convertRow(
  layout: TableLayout,
  cells: string[],
  lookups: TableLookups,
  enterpriseIds: ReadonlyMap<string, string>,
  where: (header: string) => string,
): ConvertedRow {
  const problems: DatasetProblem[] = [];
  const values: Record<string, unknown> = {};
  for (const column of layout.columns) {
    const read = cellValue(column, cells[column.index]);
    if ('problem' in read) problems.push({ path: where(column.header), message: read.problem });
    else if (read.value !== undefined) values[column.column.field] = read.value;
  }
  const header = (field: string) => layout.columns.find((c: HeaderColumn) => c.column.field === field)!.header;
  const resolve = (directory: NameDirectory | RegionDirectory, field: string, name: string, what: string) => {
    const id = directory.find(name);
    if (id === undefined) problems.push({ path: where(header(field)), message: `no ${what} '${name}' in the files or in the database` });
    if (id === null) problems.push({ path: where(header(field)), message: `'${name}' names more than one ${what}; give its id` });
    return id ?? undefined;
  };
  const firmId = (code: unknown) => {
    const normalisedCode = String(code).toUpperCase();
    return enterpriseIds.get(normalisedCode) ?? normalisedCode;
  };

  if (layout.kind === 'supplies') {
    if (problems.length > 0) return { problems };
    const linkId = resolve(lookups.links, 'link', values.link as string, 'chain link');
    const record = {
      supplierId: firmId(values.supplierCreditCode),
      customerId: firmId(values.customerCreditCode),
      linkId,
      annualValue: values.annualValue,
    };
    return problems.length > 0 ? { problems } : { record, problems };
  }

  const code = String(values.creditCode ?? '').toUpperCase();
  // 企业名称 is the Chinese (registered) name, whatever its script; it serves as the English name only for a new firm
  // without 英文名称: a stored firm keeps the English name it has.
  const chinese = values.name as string | undefined;
  const english = (values.nameEn as string | undefined) ?? (enterpriseIds.has(code) ? undefined : chinese);
  const record: Record<string, unknown> = {
    id: firmId(code),
    creditCode: code,
    ...(english !== undefined ? { name: english } : {}),
    ...(chinese !== undefined ? { nameZh: chinese } : {}),
    ...(enterpriseIds.has(code) ? {} : { source: 'user' }),
  };
  for (const field of [
    'industryCode',
    'businessScope',
    'mainProducts',
    'revenue',
    'employees',
    'leading',
    'listed',
    'registrationStatus',
    'registrationStatusSince',
  ]) {
    if (values[field] !== undefined) record[field] = field === 'industryCode' ? String(values[field]).toUpperCase() : values[field];
  }
  if (values.park !== undefined) record.parkId = resolve(lookups.parks, 'park', values.park as string, 'park');
  else if (values.regionCode !== undefined) record.regionCode = values.regionCode;
  else if (values.region !== undefined) record.regionId = resolve(lookups.regions, 'region', values.region as string, 'region');
  if (values.links !== undefined) {
    record.linkIds = (values.links as string[]).map((link) => resolve(lookups.links, 'links', link, 'chain link'));
  }
  return problems.length > 0 ? { problems } : { record, problems };
}
