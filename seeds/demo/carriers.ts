/**
 * The sites Shangcai's parks offer (载体), illustrative: the articles tell of standard factories (标准化厂房) that
 * received the first Xiong'an shoe firms, not of their figures, so areas, power, floor loads and rents are typical of
 * a county park, not facts.
 */
import type { CarrierInput } from '../../src/dataset/types.js';

const c = (
  id: string,
  name: string,
  nameZh: string,
  parkId: string,
  kind: CarrierInput['kind'],
  areaM2: number,
  status: CarrierInput['status'],
  figures: Partial<Pick<CarrierInput, 'availableFrom' | 'powerKva' | 'floorLoadKgPerM2' | 'rentYuanPerM2Month'>> = {},
): CarrierInput => ({ id, name, nameZh, parkId, kind, areaM2, status, ...figures, source: 'illustrative' });

export const CARRIERS: CarrierInput[] = [
  c('xiongan-sf-a3', 'Standard factory A3', '标准化厂房A3栋', 'xiongan-footwear-park', 'STANDARD_FACTORY', 6000, 'AVAILABLE', {
    powerKva: 800,
    floorLoadKgPerM2: 1000,
    rentYuanPerM2Month: 8,
  }),
  c('xiongan-sf-b1', 'Standard factory B1', '标准化厂房B1栋', 'xiongan-footwear-park', 'STANDARD_FACTORY', 4000, 'OCCUPIED', {
    powerKva: 630,
    floorLoadKgPerM2: 800,
    rentYuanPerM2Month: 7.5,
  }),
  c('xiongan-sf-b2', 'Standard factory B2', '标准化厂房B2栋', 'xiongan-footwear-park', 'STANDARD_FACTORY', 5200, 'AVAILABLE', {
    availableFrom: '2027-03-01',
    powerKva: 630,
    floorLoadKgPerM2: 800,
    rentYuanPerM2Month: 7.5,
  }),
  c('longfeng-sf-c1', 'Standard factory C1', '标准化厂房C1栋', 'longfeng-park', 'STANDARD_FACTORY', 8000, 'AVAILABLE', {
    powerKva: 1250,
    floorLoadKgPerM2: 1500,
    rentYuanPerM2Month: 9,
  }),
  c('longfeng-office-1', 'Longfeng service building', '隆丰综合服务楼', 'longfeng-park', 'OFFICE', 1200, 'AVAILABLE', {
    rentYuanPerM2Month: 20,
  }),
  c('shangcai-aa-land-07', 'Industrial plot 07', '工业用地07地块', 'shangcai-aa', 'LAND', 33000, 'AVAILABLE', {
    availableFrom: '2027-01-15',
  }),
  c('shangcai-aa-warehouse-2', 'Warehouse 2', '仓储2号库', 'shangcai-aa', 'WAREHOUSE', 3000, 'RESERVED', { floorLoadKgPerM2: 3000 }),
];
