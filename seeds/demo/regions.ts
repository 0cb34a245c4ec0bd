import type { ParkInput, RegionInput } from '../../src/dataset/types.js';

/**
 * The six regions of the source articles with their hierarchy, plus the outside regions the illustrative
 * candidate firms sit in, each with its real GB/T 2260 code (which also seeds the credit codes of the firms
 * registered there), so the national division layer merges with them: one region per code.
 */
export interface DemoRegion extends RegionInput {
  code: string;
}

const r = (
  id: string,
  name: string,
  nameZh: string,
  level: RegionInput['level'],
  code: string,
  parentId?: string,
  source: RegionInput['source'] = 'article',
): DemoRegion => ({ id, name, nameZh, level, code, ...(parentId ? { parentId } : {}), source });

export const REGIONS: DemoRegion[] = [
  // Henan: Minquan and Sui (Shangqiu), Shangcai (Zhumadian), Weihui (Xinxiang)
  r('henan', 'Henan', '河南省', 'PROVINCE', '410000'),
  r('shangqiu', 'Shangqiu', '商丘市', 'CITY', '411400', 'henan'),
  r('minquan', 'Minquan County', '民权县', 'COUNTY', '411421', 'shangqiu'),
  r('suixian', 'Sui County', '睢县', 'COUNTY', '411422', 'shangqiu'),
  r('zhumadian', 'Zhumadian', '驻马店市', 'CITY', '411700', 'henan'),
  r('shangcai', 'Shangcai County', '上蔡县', 'COUNTY', '411722', 'zhumadian'),
  r('xinxiang', 'Xinxiang', '新乡市', 'CITY', '410700', 'henan'),
  r('weihui', 'Weihui', '卫辉市', 'COUNTY', '410781', 'xinxiang'),
  // Hubei: Jingmen and its county-level units
  r('hubei', 'Hubei', '湖北省', 'PROVINCE', '420000'),
  r('jingmen', 'Jingmen', '荆门市', 'CITY', '420800', 'hubei'),
  r('zhongxiang', 'Zhongxiang', '钟祥市', 'COUNTY', '420881', 'jingmen', 'illustrative'),
  r('jingshan', 'Jingshan', '京山市', 'COUNTY', '420882', 'jingmen', 'illustrative'),
  r('shayang', 'Shayang County', '沙洋县', 'COUNTY', '420822', 'jingmen', 'illustrative'),
  r('duodao', 'Duodao District', '掇刀区', 'DISTRICT', '420804', 'jingmen', 'illustrative'),
  // Jiangxi: Yingtan and its county-level units
  r('jiangxi', 'Jiangxi', '江西省', 'PROVINCE', '360000'),
  r('yingtan', 'Yingtan', '鹰潭市', 'CITY', '360600', 'jiangxi'),
  r('guixi', 'Guixi', '贵溪市', 'COUNTY', '360681', 'yingtan'),
  r('yujiang', 'Yujiang District', '余江区', 'DISTRICT', '360603', 'yingtan'),
  r('yuehu', 'Yuehu District', '月湖区', 'DISTRICT', '360602', 'yingtan'),
  // Outside regions, home of the illustrative candidate firms
  r('guangdong', 'Guangdong', '广东省', 'PROVINCE', '440000', undefined, 'illustrative'),
  r('shenzhen', 'Shenzhen', '深圳市', 'CITY', '440300', 'guangdong', 'illustrative'),
  r('dongguan', 'Dongguan', '东莞市', 'CITY', '441900', 'guangdong', 'illustrative'),
  r('guangzhou', 'Guangzhou', '广州市', 'CITY', '440100', 'guangdong', 'illustrative'),
  r('fujian', 'Fujian', '福建省', 'PROVINCE', '350000', undefined, 'illustrative'),
  r('quanzhou', 'Quanzhou', '泉州市', 'CITY', '350500', 'fujian', 'illustrative'),
  r('jinjiang', 'Jinjiang', '晋江市', 'COUNTY', '350582', 'quanzhou', 'illustrative'),
  r('xiamen', 'Xiamen', '厦门市', 'CITY', '350200', 'fujian', 'illustrative'),
  r('zhejiang', 'Zhejiang', '浙江省', 'PROVINCE', '330000', undefined, 'illustrative'),
  r('wenzhou', 'Wenzhou', '温州市', 'CITY', '330300', 'zhejiang', 'illustrative'),
  r('ningbo', 'Ningbo', '宁波市', 'CITY', '330200', 'zhejiang', 'illustrative'),
  r('jiangsu', 'Jiangsu', '江苏省', 'PROVINCE', '320000', undefined, 'illustrative'),
  r('suzhou', 'Suzhou', '苏州市', 'CITY', '320500', 'jiangsu', 'illustrative'),
  r('danyang', 'Danyang', '丹阳市', 'COUNTY', '321181', 'jiangsu', 'illustrative'),
  r('shandong', 'Shandong', '山东省', 'PROVINCE', '370000', undefined, 'illustrative'),
  r('qingdao', 'Qingdao', '青岛市', 'CITY', '370200', 'shandong', 'illustrative'),
  r('anhui', 'Anhui', '安徽省', 'PROVINCE', '340000', undefined, 'illustrative'),
  r('wuhu', 'Wuhu', '芜湖市', 'CITY', '340200', 'anhui', 'illustrative'),
  r('hefei', 'Hefei', '合肥市', 'CITY', '340100', 'anhui', 'illustrative'),
  r('hebei', 'Hebei', '河北省', 'PROVINCE', '130000', undefined, 'illustrative'),
  r('xiongan', "Xiong'an New Area", '雄安新区', 'CITY', '133100', 'hebei', 'illustrative'),
  r('zhengzhou', 'Zhengzhou', '郑州市', 'CITY', '410100', 'henan', 'illustrative'),
  r('huangshi', 'Huangshi', '黄石市', 'CITY', '420200', 'hubei', 'illustrative'),
  r('shanghai', 'Shanghai', '上海市', 'PROVINCE', '310000', undefined, 'illustrative'),
];

const p = (
  id: string,
  name: string,
  nameZh: string,
  regionId: string,
  kind: ParkInput['kind'],
  source: ParkInput['source'] = 'article',
): ParkInput => ({ id, name, nameZh, regionId, kind, source });

export const PARKS: ParkInput[] = [
  p('minquan-aa', 'Minquan Industrial Agglomeration Area', '民权县产业集聚区', 'minquan', 'AGGLOMERATION_AREA'),
  p('suixian-aa', 'Sui County Industrial Agglomeration Area', '睢县产业集聚区', 'suixian', 'AGGLOMERATION_AREA'),
  p('tengfei-footwear-park', 'Tengfei Footwear Industrial Park', '腾飞制鞋产业园', 'suixian', 'INDUSTRIAL_PARK'),
  p('shangcai-aa', 'Shangcai Industrial Agglomeration Area', '上蔡县产业集聚区', 'shangcai', 'AGGLOMERATION_AREA'),
  p('xiongan-footwear-park', "Xiong'an Footwear Transfer Park", '雄安制鞋产业园', 'shangcai', 'INDUSTRIAL_PARK'),
  p('longfeng-park', 'Longfeng Industrial Park', '隆丰产业园', 'shangcai', 'INDUSTRIAL_PARK'),
  p('weihui-aa', 'Weihui Industrial Agglomeration Area', '卫辉市产业集聚区', 'weihui', 'AGGLOMERATION_AREA'),
  p('houhe-park', 'Houhe Specialised Park', '后河专业园区', 'weihui', 'INDUSTRIAL_PARK'),
  p('jingshan-im-park', 'Jingshan Intelligent Manufacturing Park', '京山智能制造产业园', 'jingshan', 'INDUSTRIAL_PARK'),
  p('zhongxiang-cnc-park', 'Zhongxiang CNC Machine Tool Park', '钟祥数控机床产业园', 'zhongxiang', 'INDUSTRIAL_PARK'),
  p('jingmen-htz', 'Jingmen High-tech Zone', '荆门高新区', 'duodao', 'HIGH_TECH_ZONE', 'illustrative'),
  p('yingtan-htz', 'Yingtan High-tech Zone', '鹰潭高新技术产业开发区', 'yuehu', 'HIGH_TECH_ZONE'),
  p('guixi-copper-base', 'Yingtan (Guixi) Copper Circular Economy Base', '鹰潭(贵溪)铜产业循环经济基地', 'guixi', 'INDUSTRIAL_PARK'),
  p('guixi-ip', 'Guixi Industrial Park', '贵溪工业园区', 'guixi', 'INDUSTRIAL_PARK'),
  p('yujiang-ip', 'Yujiang Industrial Park', '余江工业园区', 'yujiang', 'INDUSTRIAL_PARK'),
];
