/**
 * A table row as a dataset record: firms keyed by credit code (a code the database holds keeps its firm's id; a new
 * firm's id is its code), regions by code, name path or unique name, parks and links by id or name, money in yuan.
 * Pure over the lookups it is given.
 */
import type { DatasetProblem } from '../schema-check.js';
import { cellValue, type HeaderColumn, type TableLayout } from './columns.js';
import type { NameDirectory, RegionDirectory } from './directories.js';

export interface TableLookups {
  regions: RegionDirectory;
  parks: NameDirectory;
  links: NameDirectory;
}

export interface ConvertedRow {
  record?: Record<string, unknown>;
  problems: DatasetProblem[];
  /** How cells were read that the steward should know of, each with its header: 国标行业: '…' is the 2011 name of …. */
  notes: string[];
}

/** The enterprise fields a table's cells carry as they are (the rest are names, references and places). */
const ENTERPRISE_FIELDS = [
  'industryCode',
  'businessScope',
  'mainProducts',
  'revenue',
  'employees',
  'leading',
  'listed',
  'registrationStatus',
  'registrationStatusSince',
  'registeredCapital',
  'foundedOn',
  'companyType',
  'legalRepresentative',
  'phone',
  'address',
] as const;

/** The region of the exports' 所属省份/所属城市/所属区县, under the ones given before the last. */
function divisionRegion(
  layout: TableLayout,
  divisions: (string | undefined)[],
  lookups: TableLookups,
  where: (header: string) => string,
  problems: DatasetProblem[],
): string | undefined {
  const given = divisions.filter((division): division is string => division !== undefined);
  const id = lookups.regions.findByDivisions(given);
  if (typeof id === 'string') return id;
  const columns = layout.columns.filter((c) => ['province', 'city', 'district', 'township'].includes(c.column.field)).map((c) => c.header);
  const named = given.join(' / ');
  problems.push({
    path: where(columns[columns.length - 1]!),
    message:
      id === null
        ? `${named} names more than one region: give ${columns.join(', ')} all (鼓楼区 is in 开封市 and in 福州市)`
        : `no region ${named}: check the spelling, or load the national divisions (npm run seed -- --regions national)`,
  });
  return undefined;
}

/** The region an address names (注册地址, when no division column is given). */
function addressRegion(
  layout: TableLayout,
  address: string,
  lookups: TableLookups,
  where: (header: string) => string,
  problems: DatasetProblem[],
): string | undefined {
  const id = lookups.regions.findInAddress(address);
  if (typeof id === 'string') return id;
  const header = layout.columns.find((c) => c.column.field === 'address')!.header;
  problems.push({
    path: where(header),
    message:
      id === null
        ? `'${address}' names a district several regions share: add a 所属城市 and 所属区县 column (or 行政区划代码)`
        : `'${address}' names no county or district the graph holds: add 所属区县 (or 行政区划代码), or load the national divisions`,
  });
  return undefined;
}

/** What each record field was read from, so a problem the validator finds names the table's own column. */
export function fieldHeaders(layout: TableLayout): Record<string, string> {
  const header = (field: string) => layout.columns.find((c) => c.column.field === field)?.header;
  const location =
    header('park') ??
    header('regionCode') ??
    header('region') ??
    header('township') ??
    header('district') ??
    header('city') ??
    header('province') ??
    header('address');
  if (layout.kind === 'carriers') {
    const fields = ['kind', 'areaM2', 'availableFrom', 'status', 'powerKva', 'floorLoadKgPerM2', 'rentYuanPerM2Month'];
    const pairs: [string, string | undefined][] = [
      ['id', header('id')],
      ['name', header('nameEn') ?? header('name')],
      ['nameZh', header('name')],
      ['parkId', header('park')],
      ...fields.map((field): [string, string | undefined] => [field, header(field)]),
    ];
    return Object.fromEntries(pairs.filter((pair): pair is [string, string] => pair[1] !== undefined));
  }
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
          ['registeredCapital', header('registeredCapital')],
          ['foundedOn', header('foundedOn')],
          ['companyType', header('companyType')],
          ['legalRepresentative', header('legalRepresentative')],
          ['phone', header('phone')],
          ['address', header('address')],
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
  const notes: string[] = [];
  const values: Record<string, unknown> = {};
  for (const column of layout.columns) {
    const read = cellValue(column, cells[column.index]);
    if ('problem' in read) problems.push({ path: where(column.header), message: read.problem });
    else if (read.value !== undefined) values[column.column.field] = read.value;
    if ('note' in read && read.note) notes.push(`${column.header}: ${read.note}`);
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
    if (problems.length > 0) return { problems, notes };
    const linkId = resolve(lookups.links, 'link', values.link as string, 'chain link');
    const record = {
      supplierId: firmId(values.supplierCreditCode),
      customerId: firmId(values.customerCreditCode),
      linkId,
      annualValue: values.annualValue,
    };
    return problems.length > 0 ? { problems, notes } : { record, problems, notes };
  }

  if (layout.kind === 'carriers') {
    const { id, name, nameEn, park, ...figures } = values;
    const record = {
      id,
      name: nameEn ?? name,
      nameZh: name,
      parkId: resolve(lookups.parks, 'park', park as string, 'park'),
      ...figures,
      source: 'user',
    };
    return problems.length > 0 ? { problems, notes } : { record, problems, notes };
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
  for (const field of ENTERPRISE_FIELDS) {
    if (values[field] !== undefined) record[field] = values[field];
  }
  const divisions = (['province', 'city', 'district', 'township'] as const).map((field) => values[field] as string | undefined);
  if (values.park !== undefined) record.parkId = resolve(lookups.parks, 'park', values.park as string, 'park');
  else if (values.regionCode !== undefined) record.regionCode = values.regionCode;
  else if (values.region !== undefined) record.regionId = resolve(lookups.regions, 'region', values.region as string, 'region');
  else if (divisions.some(Boolean)) {
    const division = divisionRegion(layout, divisions, lookups, where, problems);
    // The address may name the township (乡镇/街道) within the division the columns give.
    const inAddress = division && values.address !== undefined ? lookups.regions.findInAddress(values.address as string) : undefined;
    record.regionId = inAddress && division && lookups.regions.isUnder(inAddress, division) ? inAddress : division;
  } else if (values.address !== undefined) record.regionId = addressRegion(layout, values.address as string, lookups, where, problems);
  if (values.links !== undefined) {
    record.linkIds = (values.links as string[]).map((link) => resolve(lookups.links, 'links', link, 'chain link'));
  }
  return problems.length > 0 ? { problems, notes } : { record, problems, notes };
}
