/** The carriers view (载体), in both languages. */
import type { CarrierKind, CarrierStatus } from '../generated/graphql';
import type { Language } from '../session';

const en = {
  tab: 'Sites',
  intro: 'The sites the parks of this region and the regions under it offer: standard factories, industrial land, offices and warehouses.',
  onlyAvailable: 'Free only',
  allKinds: 'Every kind',
  kindLabel: 'Kind',
  none: 'No site of this kind is recorded here.',
  name: 'Site',
  area: 'Area (m²)',
  availableFrom: 'Available',
  now: 'now',
  statusLabel: 'Status',
  power: 'Power (kVA)',
  floorLoad: 'Floor load (kg/m²)',
  rent: 'Rent (yuan/m² a month)',
  total: (count: number, area: string) => `${count} sites, ${area} m² in all`,
};

const zh: typeof en = {
  tab: '载体',
  intro: '本地区及下辖地区各园区的载体：标准化厂房、工业用地、写字楼和仓储。',
  onlyAvailable: '只看空置',
  allKinds: '全部类型',
  kindLabel: '类型',
  none: '此处尚无该类型的载体记录。',
  name: '载体',
  area: '面积（平方米）',
  availableFrom: '可用日期',
  now: '即可使用',
  statusLabel: '状态',
  power: '电力容量（kVA）',
  floorLoad: '承重（kg/m²）',
  rent: '租金（元/平方米·月）',
  total: (count: number, area: string) => `共${count}处，合计${area}平方米`,
};

const KIND: Record<Language, Record<CarrierKind, string>> = {
  en: { STANDARD_FACTORY: 'Standard factory', LAND: 'Industrial land', OFFICE: 'Office', WAREHOUSE: 'Warehouse' },
  zh: { STANDARD_FACTORY: '标准化厂房', LAND: '工业用地', OFFICE: '写字楼', WAREHOUSE: '仓储' },
};

const STATUS: Record<Language, Record<CarrierStatus, string>> = {
  en: { AVAILABLE: 'Free', RESERVED: 'Reserved', OCCUPIED: 'In use' },
  zh: { AVAILABLE: '空置', RESERVED: '已预留', OCCUPIED: '已入驻' },
};

export type CarrierTexts = typeof en & { kind: Record<CarrierKind, string>; status: Record<CarrierStatus, string> };

export const CARRIER_TEXTS: Record<Language, CarrierTexts> = {
  en: { ...en, kind: KIND.en, status: STATUS.en },
  zh: { ...zh, kind: KIND.zh, status: STATUS.zh },
};
