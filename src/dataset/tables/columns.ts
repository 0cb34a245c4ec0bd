/**
 * The tables an import takes (docs/dataset.md, "Tables"): their columns with Chinese and English headers, how a
 * header names a unit, and how a table's kind is known from its header. Pure: no files, no database.
 */
import { REGISTRATION_STATUSES, registrationStatusOf } from '../../domain/registration-status.js';
import { readIndustry } from '../../industry-classification/index.js';

export type TableKind = 'enterprises' | 'supplies' | 'carriers';

export type ColumnType =
  | 'text'
  | 'money'
  | 'integer'
  | 'flag'
  | 'list'
  | 'registrationStatus'
  | 'date'
  | 'capital'
  | 'industry'
  | 'measure'
  | 'carrierKind'
  | 'carrierStatus';

export interface Column {
  /** The record field (or, for references, the name the row converter uses). */
  field: string;
  headers: readonly string[];
  type: ColumnType;
  required?: boolean;
  /** A measure's units a header may name in parentheses (面积(平方米)); the figure is taken as written. */
  units?: readonly string[];
}

const text = (field: string, headers: string[], required = false): Column => ({ field, headers, type: 'text', required });
const measure = (field: string, headers: string[], units: string[], required = false): Column => ({
  field,
  headers,
  type: 'measure',
  units,
  required,
});

/** The words a park's carrier list uses for a carrier's kind and status, and the English values. */
const CARRIER_KIND_WORDS: Record<string, string> = {
  标准化厂房: 'STANDARD_FACTORY',
  标准厂房: 'STANDARD_FACTORY',
  厂房: 'STANDARD_FACTORY',
  工业用地: 'LAND',
  土地: 'LAND',
  写字楼: 'OFFICE',
  办公楼: 'OFFICE',
  仓储: 'WAREHOUSE',
  仓库: 'WAREHOUSE',
};
const CARRIER_STATUS_WORDS: Record<string, string> = {
  空置: 'AVAILABLE',
  可租: 'AVAILABLE',
  已预留: 'RESERVED',
  预留: 'RESERVED',
  已入驻: 'OCCUPIED',
  已出租: 'OCCUPIED',
};

export const TABLE_COLUMNS: Record<TableKind, readonly Column[]> = {
  enterprises: [
    text('creditCode', ['统一社会信用代码', 'creditCode', 'credit code'], true),
    text('name', ['企业名称', 'name'], true),
    text('nameEn', ['英文名称', 'nameEn', 'english name']),
    text('regionCode', ['行政区划代码', 'regionCode', 'region code']),
    text('region', ['所属地区', 'region']),
    text('province', ['所属省份', '省份', '所属省', 'province']),
    text('city', ['所属城市', '城市', '所属市', 'city']),
    text('district', ['所属区县', '区县', '所属区', '所属县', 'district', 'county']),
    text('township', ['所属乡镇', '乡镇', '所属街道', '乡镇街道', 'township']),
    text('address', ['注册地址', '住所', '企业地址', '地址', 'address']),
    text('park', ['园区', 'park']),
    {
      field: 'industryCode',
      // A code (C1952) or, as the platforms export it, a name or path (制造业>…>制鞋业): GB/T 4754-2017 reads both.
      headers: [
        '国民经济行业代码',
        '行业代码',
        '国标行业',
        '国民经济行业',
        '所属行业',
        '行业',
        'industryCode',
        'industry code',
        'industry',
      ],
      type: 'industry',
    },
    text('businessScope', ['经营范围', 'businessScope', 'business scope']),
    text('mainProducts', ['主营产品', 'mainProducts', 'main products']),
    { field: 'revenue', headers: ['营业收入', 'revenue'], type: 'money' },
    { field: 'employees', headers: ['从业人数', '参保人数', '员工人数', 'employees'], type: 'integer' },
    { field: 'registeredCapital', headers: ['注册资本', 'registeredCapital', 'registered capital'], type: 'capital' },
    { field: 'foundedOn', headers: ['成立日期', '成立时间', 'foundedOn', 'founded on'], type: 'date' },
    text('companyType', ['企业类型', '公司类型', '企业(机构)类型', 'companyType', 'company type']),
    text('legalRepresentative', ['法定代表人', '法人代表', 'legalRepresentative', 'legal representative']),
    text('phone', ['电话', '联系电话', '企业电话', 'phone', 'telephone']),
    { field: 'leading', headers: ['龙头企业', 'leading'], type: 'flag' },
    { field: 'listed', headers: ['上市', '上市企业', 'listed'], type: 'flag' },
    { field: 'links', headers: ['产业链环节', 'links'], type: 'list' },
    {
      field: 'registrationStatus',
      headers: ['登记状态', '经营状态', '企业状态', 'registrationStatus', 'registration status'],
      type: 'registrationStatus',
    },
    { field: 'registrationStatusSince', headers: ['状态变更日期', '注销日期', 'registrationStatusSince'], type: 'date' },
  ],
  supplies: [
    text('supplierCreditCode', ['供应商统一社会信用代码', 'supplierCreditCode', 'supplier credit code'], true),
    text('customerCreditCode', ['客户统一社会信用代码', 'customerCreditCode', 'customer credit code'], true),
    text('link', ['产业链环节', 'link'], true),
    { field: 'annualValue', headers: ['年供货额', 'annualValue', 'annual value'], type: 'money', required: true },
  ],
  carriers: [
    text('id', ['载体编号', 'carrierId', 'carrier id'], true),
    text('name', ['载体名称', 'name'], true),
    text('nameEn', ['英文名称', 'nameEn', 'english name']),
    text('park', ['园区', '所属园区', 'park'], true),
    { field: 'kind', headers: ['类型', '载体类型', 'kind'], type: 'carrierKind', required: true },
    measure('areaM2', ['面积', '建筑面积', '占地面积', 'areaM2', 'area'], ['平方米', 'm²', 'm2', '㎡'], true),
    { field: 'availableFrom', headers: ['可用日期', '可入驻日期', 'availableFrom', 'available from'], type: 'date' },
    { field: 'status', headers: ['状态', '载体状态', 'status'], type: 'carrierStatus', required: true },
    measure('powerKva', ['电力容量', '供电容量', 'powerKva', 'power'], ['kva', '千伏安']),
    measure('floorLoadKgPerM2', ['承重', '楼面承重', 'floorLoadKgPerM2', 'floor load'], ['kg/m²', 'kg/m2', 'kg/㎡', '千克/平方米']),
    measure(
      'rentYuanPerM2Month',
      ['租金', 'rentYuanPerM2Month', 'rent'],
      ['元/平方米·月', '元/㎡·月', '元/m²·月', '元/平方米/月', 'yuan/m²·month'],
    ),
  ],
};

/** Money units a header may give in parentheses, in yuan. */
const UNITS: Record<string, number> = {
  元: 1,
  yuan: 1,
  千元: 1e3,
  万元: 1e4,
  '10k yuan': 1e4,
  百万元: 1e6,
  亿元: 1e8,
  '100m yuan': 1e8,
};

/** How headers compare: case, spaces, underscores and full-width brackets do not matter. */
const normalised = (header: string) =>
  header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_]+/g, '');

export interface HeaderColumn {
  column: Column;
  /** The header as the table wrote it, for problems. */
  header: string;
  /** Its place in the row. */
  index: number;
  /** Yuan per unit of a money column (1 when the header names none). */
  scale: number;
}

export interface TableLayout {
  kind: TableKind;
  columns: HeaderColumn[];
  /** Headers no column of the kind takes: kept out of the import, and said so. */
  ignored: string[];
}

/** A header split into its name and the unit in parentheses: 营业收入(万元) → 营业收入, 1e4. */
function headerParts(header: string): { name: string; unit?: string } {
  const match = /^(.*?)[(（]\s*([^()（）]+?)\s*[)）]\s*$/.exec(header.trim());
  return match ? { name: match[1]!.trim(), unit: match[2]! } : { name: header.trim() };
}

/** Headers the steward maps to fields (`--columns MAPPING.json`): header as written → field, e.g. {"企业名": "name"}. */
export type ColumnMapping = Readonly<Record<string, string>>;

/** Every field a table's column may be mapped to, per kind. */
export const MAPPABLE_FIELDS: Record<TableKind, readonly string[]> = {
  enterprises: TABLE_COLUMNS.enterprises.map((column) => column.field),
  supplies: TABLE_COLUMNS.supplies.map((column) => column.field),
  carriers: TABLE_COLUMNS.carriers.map((column) => column.field),
};

/** The column a header names: by the mapping the steward gave, else by the headers each column is known by. */
function columnOf(kind: TableKind, header: string, name: string, mapping: ColumnMapping): Column | undefined {
  const mapped = Object.entries(mapping).find(
    ([given]) => normalised(given) === normalised(header) || normalised(given) === normalised(name),
  );
  if (mapped) return TABLE_COLUMNS[kind].find((column) => column.field === mapped[1]);
  return TABLE_COLUMNS[kind].find((candidate) => candidate.headers.some((h) => normalised(h) === normalised(name)));
}

function layoutFor(kind: TableKind, headers: string[], mapping: ColumnMapping): { layout?: TableLayout; problems: string[] } {
  const problems: string[] = [];
  const columns: HeaderColumn[] = [];
  const ignored: string[] = [];
  headers.forEach((header, index) => {
    if (header === '') return;
    const { name, unit } = headerParts(header);
    const column = columnOf(kind, header, name, mapping);
    if (!column) return void ignored.push(header);
    if (columns.some((taken) => taken.column === column)) return void problems.push(`${header}: the column ${column.field} is given twice`);
    let scale = 1;
    if (unit !== undefined && column.type === 'measure') {
      if (!column.units!.some((known) => normalised(known) === normalised(unit))) {
        return void problems.push(`${header}: unknown unit '${unit}' (this column takes ${column.units!.join(', ')})`);
      }
    } else if (unit !== undefined) {
      const known = UNITS[normalised(unit)] ?? UNITS[unit];
      if ((column.type !== 'money' && column.type !== 'capital') || known === undefined) {
        return void problems.push(`${header}: unknown unit '${unit}' (money takes 元, 万元, 亿元 or yuan)`);
      }
      scale = known;
    }
    columns.push({ column, header, index, scale });
  });
  const missing = TABLE_COLUMNS[kind].filter((column) => column.required && !columns.some((c) => c.column === column));
  if (missing.length > 0) return { problems: [...problems, ...missing.map((m) => `needs a column ${m.headers[0]} (${m.field})`)] };
  return { layout: { kind, columns, ignored }, problems };
}

/**
 * The kind of a table from its header: the kind whose required columns it has (supplies before enterprises, whose
 * credit-code column a supplies table does not have under that name).
 */
export function tableLayout(headers: string[], mapping: ColumnMapping = {}): { layout?: TableLayout; problems: string[] } {
  const supplies = layoutFor('supplies', headers, mapping);
  if (supplies.layout) return supplies;
  const carriers = layoutFor('carriers', headers, mapping);
  if (carriers.layout || headers.some((h) => TABLE_COLUMNS.carriers[0]!.headers.includes(headerParts(h).name))) return carriers;
  const enterprises = layoutFor('enterprises', headers, mapping);
  if (enterprises.layout || headers.some((h) => TABLE_COLUMNS.enterprises[0]!.headers.includes(headerParts(h).name))) return enterprises;
  return {
    problems: [
      'is not a table chain-graph knows: an enterprises table has 统一社会信用代码 and 企业名称 (creditCode, name); ' +
        'a supplies table has 供应商统一社会信用代码, 客户统一社会信用代码, 产业链环节 and 年供货额; ' +
        'a carriers table has 载体编号, 载体名称, 园区, 类型, 面积 and 状态',
    ],
  };
}

/**
 * A cell read as its column's type; `problem` says what is wrong with it in words, `note` how a value was read that
 * the steward should know of (a 2011-edition industry name).
 */
export type CellValue =
  { value: string | number | boolean | string[] | RegisteredCapital | undefined; note?: string } | { problem: string };

/** 注册资本: an amount in a currency (ISO 4217), as registered. */
export interface RegisteredCapital {
  amount: number;
  currency: string;
}

const FLAGS: Record<string, boolean> = {
  是: true,
  否: false,
  true: true,
  false: false,
  '1': true,
  '0': false,
  y: true,
  n: false,
  yes: true,
  no: false,
};

/** What the platforms' exports write in a cell they have nothing for. */
const NOTHING = new Set(['-', '--', '—', '——', '/', '暂无', '未公开', '无', 'N/A', 'n/a']);

/** Whether a cell holds nothing: blank, or one of the exports' words for nothing. */
export const isEmptyCell = (cell: string | undefined) => {
  const raw = (cell ?? '').trim();
  return raw === '' || NOTHING.has(raw);
};

export function cellValue(column: HeaderColumn, cell: string | undefined): CellValue {
  const raw = (cell ?? '').trim();
  if (isEmptyCell(raw)) return column.column.required ? { problem: 'is empty; it is required' } : { value: undefined };
  switch (column.column.type) {
    case 'text':
      return { value: raw };
    case 'money': {
      const amount = Number(raw.replace(/[,，\s]/g, ''));
      if (!Number.isFinite(amount) || amount < 0) return { problem: `'${raw}' is not an amount of money` };
      // Rounded to the fen: 万元 with four decimals is exact, more is noise of the spreadsheet's floating point.
      return { value: Math.round(amount * column.scale * 100) / 100 };
    }
    case 'integer': {
      const count = Number(raw.replace(/[,，\s]/g, ''));
      return Number.isInteger(count) && count >= 0 ? { value: count } : { problem: `'${raw}' is not a whole number` };
    }
    case 'flag': {
      const flag = FLAGS[raw.toLowerCase()];
      return flag === undefined ? { problem: `'${raw}' is not 是/否 (true/false, 1/0)` } : { value: flag };
    }
    case 'registrationStatus': {
      const status = registrationStatusOf(raw);
      return status
        ? { value: status }
        : {
            problem: `'${raw}' is not a registration status (存续/在业, 停业, 清算, 迁出, 吊销, 注销; or ${REGISTRATION_STATUSES.join(', ')})`,
          };
    }
    case 'industry': {
      const reading = readIndustry(raw);
      return 'problem' in reading ? { problem: reading.problem } : { value: reading.code, note: reading.note };
    }
    case 'capital': {
      const capital = registeredCapitalOf(raw, column.scale);
      return capital ? { value: capital } : { problem: `'${raw}' is not an amount of capital (5000万元人民币, 300万美元)` };
    }
    case 'date': {
      const date = calendarDate(raw);
      return date ? { value: date } : { problem: `'${raw}' is not a date (2024-03-15, 2024/3/15 or 2024年3月15日)` };
    }
    case 'measure': {
      const figure = Number(raw.replace(/[,，\s]/g, ''));
      return Number.isFinite(figure) && figure >= 0 ? { value: figure } : { problem: `'${raw}' is not a figure of 0 or more` };
    }
    case 'carrierKind': {
      const kind = CARRIER_KIND_WORDS[raw] ?? Object.values(CARRIER_KIND_WORDS).find((value) => value === raw.toUpperCase());
      return kind ? { value: kind } : { problem: `'${raw}' is not a carrier kind (标准化厂房, 工业用地, 写字楼 or 仓储)` };
    }
    case 'carrierStatus': {
      const status = CARRIER_STATUS_WORDS[raw] ?? Object.values(CARRIER_STATUS_WORDS).find((value) => value === raw.toUpperCase());
      return status ? { value: status } : { problem: `'${raw}' is not a carrier status (空置, 已预留 or 已入驻)` };
    }
    case 'list':
      return {
        value: raw
          .split(/[;；、,，]/)
          .map((item) => item.trim())
          .filter(Boolean),
      };
  }
}

/** A date as registries write it — 2024-03-15, 2024/3/15, 2024.3.15, 2024年3月15日, 20240315 — as YYYY-MM-DD. */
export function calendarDate(text: string): string | undefined {
  const parts = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!parts) return undefined;
  const iso = `${parts[1]}-${parts[2]!.padStart(2, '0')}-${parts[3]!.padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : undefined;
}

/** Currencies a registry writes, by ISO 4217 code; 元 and 人民币 are yuan. */
const CURRENCIES: [RegExp, string][] = [
  [/美元|美金|USD/i, 'USD'],
  [/港元|港币|HKD/i, 'HKD'],
  [/欧元|EUR/i, 'EUR'],
  [/日元|JPY/i, 'JPY'],
  [/英镑|GBP/i, 'GBP'],
  [/台币|TWD/i, 'TWD'],
  [/人民币|元|CNY|RMB/i, 'CNY'],
];

/**
 * 注册资本 as the exports write it — 5000万元人民币, 300万美元, 1.2亿元, 50（万元） — or a bare number under a header that
 * gives the unit (注册资本(万元)): the amount in units of its currency, yuan when none is named.
 */
export function registeredCapitalOf(text: string, scale = 1): RegisteredCapital | undefined {
  const match = /^([\d.,，]+)\s*(万|亿)?\s*(.*)$/.exec(text.replace(/[()（）]/g, '').trim());
  if (!match) return undefined;
  const number = Number(match[1]!.replace(/[,，]/g, ''));
  if (!Number.isFinite(number) || number < 0) return undefined;
  const multiplier = match[2] === '亿' ? 1e8 : match[2] === '万' ? 1e4 : scale;
  const rest = match[3]!.trim();
  const currency = rest === '' ? 'CNY' : CURRENCIES.find(([words]) => words.test(rest))?.[1];
  if (!currency) return undefined;
  return { amount: Math.round(number * multiplier * 100) / 100, currency };
}

/** The problems of a column mapping: fields no table takes, and what they could be. */
export function columnMappingProblems(mapping: unknown): string[] {
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) {
    return ['must be a JSON object of header → field, e.g. {"企业名": "name", "区县": "district"}'];
  }
  const known = new Set(Object.values(MAPPABLE_FIELDS).flat());
  return Object.entries(mapping as Record<string, unknown>)
    .filter(([, field]) => typeof field !== 'string' || !known.has(field))
    .map(([header, field]) => `${header}: ${JSON.stringify(field)} is no field; the fields are ${[...known].join(', ')}`);
}
