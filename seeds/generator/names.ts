import type { Random } from './random.js';

/** China's 31 provincial-level divisions: the top of the generated region tree. */
export const PROVINCES: ReadonlyArray<readonly [id: string, name: string, nameZh: string]> = [
  ['beijing', 'Beijing', '北京市'],
  ['tianjin', 'Tianjin', '天津市'],
  ['hebei', 'Hebei', '河北省'],
  ['shanxi', 'Shanxi', '山西省'],
  ['inner-mongolia', 'Inner Mongolia', '内蒙古自治区'],
  ['liaoning', 'Liaoning', '辽宁省'],
  ['jilin', 'Jilin', '吉林省'],
  ['heilongjiang', 'Heilongjiang', '黑龙江省'],
  ['shanghai', 'Shanghai', '上海市'],
  ['jiangsu', 'Jiangsu', '江苏省'],
  ['zhejiang', 'Zhejiang', '浙江省'],
  ['anhui', 'Anhui', '安徽省'],
  ['fujian', 'Fujian', '福建省'],
  ['jiangxi', 'Jiangxi', '江西省'],
  ['shandong', 'Shandong', '山东省'],
  ['henan', 'Henan', '河南省'],
  ['hubei', 'Hubei', '湖北省'],
  ['hunan', 'Hunan', '湖南省'],
  ['guangdong', 'Guangdong', '广东省'],
  ['guangxi', 'Guangxi', '广西壮族自治区'],
  ['hainan', 'Hainan', '海南省'],
  ['chongqing', 'Chongqing', '重庆市'],
  ['sichuan', 'Sichuan', '四川省'],
  ['guizhou', 'Guizhou', '贵州省'],
  ['yunnan', 'Yunnan', '云南省'],
  ['tibet', 'Tibet', '西藏自治区'],
  ['shaanxi', 'Shaanxi', '陕西省'],
  ['gansu', 'Gansu', '甘肃省'],
  ['qinghai', 'Qinghai', '青海省'],
  ['ningxia', 'Ningxia', '宁夏回族自治区'],
  ['xinjiang', 'Xinjiang', '新疆维吾尔自治区'],
];

/** Syllables of Chinese place names, with their characters: generated names read like real ones (安阳, 新河). */
const PLACE_SYLLABLES: ReadonlyArray<readonly [string, string]> = [
  ['an', '安'],
  ['xin', '新'],
  ['he', '河'],
  ['yang', '阳'],
  ['ping', '平'],
  ['shan', '山'],
  ['dong', '东'],
  ['nan', '南'],
  ['bei', '北'],
  ['xi', '西'],
  ['chang', '长'],
  ['jiang', '江'],
  ['hu', '湖'],
  ['lin', '林'],
  ['feng', '丰'],
  ['tai', '泰'],
  ['ning', '宁'],
  ['kang', '康'],
  ['fu', '福'],
  ['hua', '华'],
  ['long', '龙'],
  ['qing', '清'],
  ['yuan', '源'],
  ['shui', '水'],
  ['cheng', '城'],
  ['de', '德'],
  ['wu', '武'],
  ['jin', '金'],
  ['bao', '宝'],
  ['yong', '永'],
  ['gu', '固'],
  ['ling', '陵'],
];

/** Trade names of firms (字号). */
const TRADE_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['Hengda', '恒达'],
  ['Huamei', '华美'],
  ['Xinyuan', '鑫源'],
  ['Jinding', '金鼎'],
  ['Hongchang', '宏昌'],
  ['Yongsheng', '永盛'],
  ['Ruifeng', '瑞丰'],
  ['Tiancheng', '天成'],
  ['Xinyu', '新宇'],
  ['Zhongke', '中科'],
  ['Boyuan', '博远'],
  ['Lida', '利达'],
  ['Longxin', '隆鑫'],
  ['Shengshi', '盛世'],
  ['Dongfang', '东方'],
  ['Jiahe', '嘉禾'],
  ['Haitian', '海天'],
  ['Mingyang', '明阳'],
];

const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1);

export function placeName(random: Random): { name: string; nameZh: string } {
  const [first, firstZh] = random.pick(PLACE_SYLLABLES);
  const [second, secondZh] = random.pick(PLACE_SYLLABLES);
  return { name: capitalise(first + second), nameZh: firstZh + secondZh };
}

export function tradeName(random: Random): { name: string; nameZh: string } {
  const [name, nameZh] = random.pick(TRADE_NAMES);
  return { name, nameZh };
}
