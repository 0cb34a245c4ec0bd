import type { ChainInput, IndustryInput, LinkStage } from '../../src/dataset/types.js';

/** Chain structures are illustrative: typical segments of each industry, not taken from the articles. */
export const INDUSTRIES: IndustryInput[] = [
  { id: 'refrigeration', name: 'Refrigeration and air-conditioning equipment', nameZh: '制冷、空调设备制造', code: 'C3464' },
  { id: 'footwear', name: 'Footwear', nameZh: '制鞋业', code: 'C195' },
  {
    id: 'electronics',
    name: 'Computers, communication and other electronic equipment',
    nameZh: '计算机、通信和其他电子设备制造业',
    code: 'C39',
  },
  { id: 'beverages', name: 'Beverages', nameZh: '酒、饮料和精制茶制造业', code: 'C15' },
  { id: 'building-materials', name: 'Non-metallic mineral products', nameZh: '非金属矿物制品业', code: 'C30' },
  { id: 'copper', name: 'Copper smelting and processing', nameZh: '铜冶炼及压延加工', code: 'C3211' },
  { id: 'iot', name: 'Information technology services', nameZh: '信息技术服务业', code: 'I65' },
  { id: 'eyewear', name: 'Eyewear', nameZh: '眼镜制造', code: 'C3587' },
  { id: 'auto-parts', name: 'Automobile parts and accessories', nameZh: '汽车零部件及配件制造', code: 'C3670' },
  { id: 'machine-tools', name: 'Metal-working machinery', nameZh: '金属加工机械制造', code: 'C342' },
].map((industry) => ({ ...industry, source: 'illustrative' as const }));

/**
 * `rules` is written `C1910 C195* | 皮革 合成革 | 排除词`: GB/T 4754-2017 codes, then keywords, then exclusion words, for
 * 挂链 (docs/dataset.md).
 */
type LinkRow = [slug: string, name: string, nameZh: string, stage: LinkStage, rules?: string];

function linkRules(rules: string | undefined) {
  if (rules === undefined) return {};
  const [codes = '', keywords = '', excluded = ''] = rules.split('|');
  const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);
  return { industryCodes: words(codes), keywords: words(keywords), ...(excluded.trim() ? { excludedKeywords: words(excluded) } : {}) };
}

/** `feeds` is written `a>b c>d` with link slugs: a feeds b, c feeds d. */
function chain(id: string, name: string, nameZh: string, industryId: string, links: LinkRow[], feeds: string): ChainInput {
  const slugs = new Set(links.map(([slug]) => slug));
  return {
    id,
    name,
    nameZh,
    industryId,
    source: 'illustrative',
    links: links.map(([slug, linkName, linkNameZh, stage, rules]) => ({
      id: `${id}/${slug}`,
      name: linkName,
      nameZh: linkNameZh,
      stage,
      ...linkRules(rules),
    })),
    feeds: feeds
      .trim()
      .split(/\s+/)
      .map((pair) => {
        const [from, to] = pair.split('>');
        if (!slugs.has(from!) || !slugs.has(to!)) throw new Error(`chain ${id}: feed ${pair} names an unknown link`);
        return { from: `${id}/${from}`, to: `${id}/${to}` };
      }),
  };
}

export const CHAINS: ChainInput[] = [
  chain(
    'cold-chain',
    'Refrigeration & cold chain',
    '制冷及冷链产业链',
    'refrigeration',
    [
      ['steel-sheet', 'Steel & pre-coated sheet', '钢板及彩涂板', 'UPSTREAM', 'C3130 | 彩涂板 镀锌板 冷轧板'],
      ['refrigerants', 'Refrigerants', '制冷剂', 'UPSTREAM', 'C2614 | 制冷剂'],
      ['copper-tubes', 'Copper & aluminium tubing', '铜铝管材', 'UPSTREAM', 'C3251 C3252 | 铜管 铝管'],
      ['insulation', 'Polyurethane insulation', '聚氨酯保温材料', 'UPSTREAM', 'C2924 | 聚氨酯 保温材料'],
      ['compressors', 'Compressors', '压缩机', 'MIDSTREAM', 'C3442 | 压缩机'],
      ['heat-exchangers', 'Evaporators & condensers', '蒸发器与冷凝器', 'MIDSTREAM', '| 蒸发器 冷凝器 换热器'],
      ['controls', 'Thermostats & electronic controls', '温控与电控', 'MIDSTREAM', 'C4011 | 温控器 电控'],
      ['plastic-parts', 'Liners & plastic parts', '内胆及塑料件', 'MIDSTREAM', 'C2929 | 内胆 注塑件'],
      ['fridge-assembly', 'Refrigerator & freezer assembly', '冰箱冷柜整机', 'MIDSTREAM', 'C3851 | 冰箱 冷柜'],
      ['commercial-cabinets', 'Commercial display cabinets', '商用展示柜', 'DOWNSTREAM', 'C3464 | 展示柜 冷藏柜'],
      ['reefer-bodies', 'Refrigerated truck bodies', '冷藏车厢体', 'MIDSTREAM', 'C3660 | 厢体'],
      ['reefer-vehicles', 'Refrigerated vehicles', '冷藏车', 'DOWNSTREAM', 'C3630 | 冷藏车'],
      ['cold-logistics', 'Cold-chain logistics', '冷链物流', 'SERVICE', 'G5930 | 冷链物流 冷库'],
      ['after-sales', 'Sales & after-sales service', '销售与售后服务', 'SERVICE', 'F5137 F5273 | 售后'],
    ],
    `steel-sheet>fridge-assembly steel-sheet>reefer-bodies refrigerants>compressors copper-tubes>heat-exchangers
      insulation>fridge-assembly insulation>reefer-bodies compressors>fridge-assembly compressors>commercial-cabinets
      heat-exchangers>fridge-assembly controls>fridge-assembly plastic-parts>fridge-assembly
      fridge-assembly>after-sales commercial-cabinets>after-sales reefer-bodies>reefer-vehicles
      reefer-vehicles>cold-logistics`,
  ),

  chain(
    'footwear',
    'Footwear',
    '制鞋产业链',
    'footwear',
    [
      ['leather', 'Leather & synthetic leather', '皮革及合成革', 'UPSTREAM', 'C1910 C2925 | 皮革 合成革 超纤'],
      ['textiles', 'Shoe fabrics', '鞋用面料', 'UPSTREAM', 'C175* | 鞋面料 网布'],
      ['rubber-eva', 'Rubber & EVA compounds', '橡胶与EVA材料', 'UPSTREAM', 'C291* C2924 | EVA 橡胶'],
      ['adhesives', 'Shoe adhesives & chemicals', '鞋用胶粘剂', 'UPSTREAM', 'C2669 | 胶粘剂 处理剂'],
      ['lasts-moulds', 'Lasts & sole moulds', '鞋楦与鞋模', 'UPSTREAM', 'C3525 | 鞋楦 鞋模 鞋底模具'],
      ['soles', 'Soles', '鞋底', 'MIDSTREAM', '| 鞋底 大底 中底 | 模具 鞋模'],
      ['uppers', 'Uppers', '鞋面鞋帮', 'MIDSTREAM', '| 鞋面 鞋帮'],
      ['insoles-trims', 'Insoles & trims', '鞋垫及辅料', 'MIDSTREAM', '| 鞋垫 鞋带 鞋扣'],
      ['shoe-assembly', 'Shoe assembly', '成鞋制造', 'MIDSTREAM', 'C195* | 成鞋 皮鞋 运动鞋 休闲鞋 女鞋 男鞋 童鞋 劳保鞋 安全鞋 布鞋 凉鞋'],
      ['packaging', 'Shoe boxes & packaging', '鞋盒包装', 'MIDSTREAM', 'C2231 | 鞋盒'],
      ['design-brand', 'Design & brand', '设计与品牌', 'DOWNSTREAM', 'M7491 | 鞋类设计'],
      ['retail', 'Retail & e-commerce', '零售与电商', 'DOWNSTREAM', 'F5233 | 鞋类零售'],
      ['testing', 'Testing & certification', '检验检测', 'SERVICE', 'M7452 | 检测 检验'],
    ],
    `leather>uppers textiles>uppers rubber-eva>soles lasts-moulds>soles adhesives>shoe-assembly
      soles>shoe-assembly uppers>shoe-assembly insoles-trims>shoe-assembly shoe-assembly>design-brand
      shoe-assembly>testing packaging>retail design-brand>retail testing>retail`,
  ),

  chain(
    'electronics',
    'Electronic information: displays & phones',
    '电子信息(显示屏与手机)产业链',
    'electronics',
    [
      ['chips', 'Chips', '芯片', 'UPSTREAM'],
      ['glass', 'Glass substrates & cover glass', '玻璃基板与盖板', 'UPSTREAM'],
      ['pcb', 'Printed circuit boards', '印制电路板', 'UPSTREAM'],
      ['components', 'Passive components', '电子元器件', 'UPSTREAM'],
      ['display-panels', 'Display panels', '显示面板', 'MIDSTREAM'],
      ['touch-panels', 'Touch panels', '触控屏', 'MIDSTREAM'],
      ['display-modules', 'Display modules', '显示模组', 'MIDSTREAM'],
      ['camera-modules', 'Camera modules', '摄像头模组', 'MIDSTREAM'],
      ['batteries', 'Batteries', '电池', 'MIDSTREAM'],
      ['structural-parts', 'Housings & precision structural parts', '精密结构件', 'MIDSTREAM'],
      ['mainboards', 'SMT & mainboards', '贴片与主板', 'MIDSTREAM'],
      ['phone-assembly', 'Phone assembly', '手机整机组装', 'MIDSTREAM'],
      ['brands', 'Brands & sales', '品牌与销售', 'DOWNSTREAM'],
      ['repair-recycling', 'Repair & recycling', '维修与回收', 'SERVICE'],
    ],
    `glass>display-panels glass>touch-panels display-panels>display-modules touch-panels>display-modules
      chips>mainboards pcb>mainboards components>mainboards display-modules>phone-assembly
      camera-modules>phone-assembly batteries>phone-assembly structural-parts>phone-assembly
      mainboards>phone-assembly phone-assembly>brands brands>repair-recycling`,
  ),

  chain(
    'beverage-packaging',
    'Beverages & packaging',
    '食品饮料及包装产业链',
    'beverages',
    [
      ['malt-grain', 'Malt & grain', '麦芽与谷物', 'UPSTREAM'],
      ['water-sources', 'Mineral water sources', '矿泉水源', 'UPSTREAM'],
      ['concentrates', 'Sugar, juice & concentrates', '糖与浓缩汁', 'UPSTREAM'],
      ['can-sheet', 'Aluminium can sheet', '铝罐料', 'UPSTREAM'],
      ['pet-preforms', 'PET resin & preforms', 'PET切片与瓶坯', 'UPSTREAM'],
      ['films', 'Films & labels', '薄膜与标签', 'MIDSTREAM'],
      ['cans', 'Can making', '制罐', 'MIDSTREAM'],
      ['bottles', 'Bottle blowing', '吹瓶', 'MIDSTREAM'],
      ['cartons', 'Cartons & corrugated packaging', '纸箱包装', 'MIDSTREAM'],
      ['brewing', 'Brewing', '啤酒酿造', 'MIDSTREAM'],
      ['soft-drinks', 'Soft & functional drinks', '饮料生产', 'MIDSTREAM'],
      ['filling', 'Contract filling', '灌装', 'MIDSTREAM'],
      ['snacks', 'Snack foods', '休闲食品', 'DOWNSTREAM'],
      ['distribution', 'Distribution & logistics', '分销物流', 'SERVICE'],
    ],
    `malt-grain>brewing water-sources>soft-drinks concentrates>soft-drinks can-sheet>cans pet-preforms>bottles
      cans>filling bottles>filling films>filling cartons>filling brewing>filling soft-drinks>filling
      filling>distribution snacks>distribution`,
  ),

  chain(
    'green-building',
    'Green building materials',
    '绿色建材产业链',
    'building-materials',
    [
      ['limestone', 'Limestone & aggregates', '石灰石与骨料', 'UPSTREAM'],
      ['cement', 'Cement', '水泥', 'MIDSTREAM'],
      ['concrete', 'Ready-mix concrete', '商品混凝土', 'MIDSTREAM'],
      ['rebar', 'Steel rebar', '钢筋', 'UPSTREAM'],
      ['precast', 'Precast components', '预制构件', 'MIDSTREAM'],
      ['profiles', 'PVC & aluminium profiles', '塑钢铝型材', 'MIDSTREAM'],
      ['glass', 'Architectural glass', '建筑玻璃', 'UPSTREAM'],
      ['doors-windows', 'Doors & windows', '门窗', 'MIDSTREAM'],
      ['gypsum-board', 'Gypsum board & panels', '石膏板及墙板', 'MIDSTREAM'],
      ['prefab-buildings', 'Prefabricated buildings', '装配式建筑', 'DOWNSTREAM'],
      ['design-construction', 'Design & construction', '设计施工', 'SERVICE'],
    ],
    `limestone>cement cement>concrete concrete>precast rebar>precast precast>prefab-buildings
      profiles>doors-windows glass>doors-windows doors-windows>prefab-buildings gypsum-board>prefab-buildings
      prefab-buildings>design-construction`,
  ),

  chain(
    'copper',
    'Copper-based new materials',
    '铜基新材料产业链',
    'copper',
    [
      ['concentrate', 'Copper concentrate', '铜精矿', 'UPSTREAM'],
      ['recycled-copper', 'Recycled copper', '再生铜', 'UPSTREAM'],
      ['smelting', 'Copper smelting', '铜冶炼', 'UPSTREAM'],
      ['cathode', 'Cathode copper', '阴极铜', 'MIDSTREAM'],
      ['rod-wire', 'Copper rod & wire', '铜杆铜线', 'MIDSTREAM'],
      ['strip-foil', 'Copper strip & foil', '铜板带箔', 'MIDSTREAM'],
      ['tubes', 'Copper tubes', '铜管', 'MIDSTREAM'],
      ['alloys', 'Copper alloys', '铜合金', 'MIDSTREAM'],
      ['enamelled-wire', 'Enamelled wire', '漆包线', 'DOWNSTREAM'],
      ['cables', 'Wires & cables', '电线电缆', 'DOWNSTREAM'],
      ['connectors', 'Connectors & lead frames', '连接器与引线框架', 'DOWNSTREAM'],
      ['trading', 'Trading & futures delivery', '贸易与期货交割', 'SERVICE'],
    ],
    `concentrate>smelting recycled-copper>smelting smelting>cathode cathode>rod-wire cathode>strip-foil
      cathode>tubes cathode>alloys rod-wire>enamelled-wire rod-wire>cables strip-foil>connectors
      alloys>connectors cathode>trading`,
  ),

  chain(
    'iot',
    'Internet of Things',
    '物联网产业链',
    'iot',
    [
      ['sensors', 'Sensors', '传感器', 'UPSTREAM'],
      ['comm-modules', 'Communication chips & modules', '通信芯片与模组', 'UPSTREAM'],
      ['antennas', 'Antennas & RF parts', '天线与射频器件', 'UPSTREAM'],
      ['smart-meters', 'Smart meters', '智能表计', 'MIDSTREAM'],
      ['terminals', 'IoT terminals', '物联网终端', 'MIDSTREAM'],
      ['gateways', 'Gateways', '网关设备', 'MIDSTREAM'],
      ['networks', 'NB-IoT network operation', '网络运营', 'SERVICE'],
      ['platform', 'IoT platform', '物联网平台', 'SERVICE'],
      ['applications', 'Industry applications', '行业应用', 'DOWNSTREAM'],
      ['integration', 'System integration', '系统集成', 'DOWNSTREAM'],
    ],
    `sensors>terminals sensors>smart-meters comm-modules>terminals comm-modules>smart-meters comm-modules>gateways
      antennas>comm-modules terminals>platform smart-meters>platform gateways>platform networks>platform
      platform>applications applications>integration`,
  ),

  chain(
    'eyewear',
    'Eyewear',
    '眼镜产业链',
    'eyewear',
    [
      ['optical-resin', 'Optical resin monomers', '光学树脂单体', 'UPSTREAM'],
      ['lens-blanks', 'Lens blanks', '镜片毛坯', 'MIDSTREAM'],
      ['lens-processing', 'Lens processing & coating', '镜片加工镀膜', 'MIDSTREAM'],
      ['frame-materials', 'Frame materials (titanium, acetate)', '镜架材料', 'UPSTREAM'],
      ['hinges', 'Hinges & small parts', '铰链及配件', 'UPSTREAM'],
      ['frames', 'Frames', '镜架', 'MIDSTREAM'],
      ['assembly', 'Spectacle assembly', '眼镜组装', 'MIDSTREAM'],
      ['optical-retail', 'Brands & optical retail', '品牌与眼镜零售', 'DOWNSTREAM'],
      ['ecommerce', 'E-commerce', '电商销售', 'DOWNSTREAM'],
    ],
    `optical-resin>lens-blanks lens-blanks>lens-processing lens-processing>assembly frame-materials>frames
      hinges>frames frames>assembly assembly>optical-retail assembly>ecommerce`,
  ),

  chain(
    'auto-parts',
    'Auto parts',
    '汽车零部件产业链',
    'auto-parts',
    [
      ['castings', 'Castings & forgings', '铸锻件', 'UPSTREAM'],
      ['rubber-plastics', 'Rubber & plastic parts', '橡塑件', 'UPSTREAM'],
      ['harnesses', 'Wiring harnesses', '汽车线束', 'MIDSTREAM'],
      ['powertrain', 'Engines & transmissions', '动力总成', 'MIDSTREAM'],
      ['chassis', 'Chassis & suspension', '底盘与悬挂', 'MIDSTREAM'],
      ['body-stampings', 'Body stampings', '车身冲压件', 'MIDSTREAM'],
      ['interiors', 'Interiors & seats', '内饰与座椅', 'MIDSTREAM'],
      ['ev-systems', 'EV batteries, motors & controls', '三电系统', 'MIDSTREAM'],
      ['vehicle-assembly', 'Vehicle assembly', '整车制造', 'DOWNSTREAM'],
      ['dealers-service', 'Dealers & after-sales', '销售与售后', 'SERVICE'],
    ],
    `castings>powertrain castings>chassis castings>body-stampings rubber-plastics>interiors rubber-plastics>chassis
      harnesses>vehicle-assembly powertrain>vehicle-assembly chassis>vehicle-assembly body-stampings>vehicle-assembly
      interiors>vehicle-assembly ev-systems>vehicle-assembly vehicle-assembly>dealers-service`,
  ),

  chain(
    'cnc-machine-tools',
    'CNC machine tools',
    '数控机床产业链',
    'machine-tools',
    [
      ['castings', 'Machine bed castings', '床身铸件', 'UPSTREAM'],
      ['screws-guides', 'Ball screws & linear guides', '丝杠导轨', 'UPSTREAM'],
      ['cnc-systems', 'CNC systems', '数控系统', 'UPSTREAM'],
      ['servo-drives', 'Servo motors & drives', '伺服电机与驱动', 'UPSTREAM'],
      ['spindles', 'Spindles', '电主轴', 'MIDSTREAM'],
      ['turrets', 'Turrets & tool magazines', '刀塔刀库', 'MIDSTREAM'],
      ['cutting-tools', 'Cutting tools', '刀具', 'UPSTREAM'],
      ['enclosures', 'Enclosures & sheet metal', '钣金防护', 'MIDSTREAM'],
      ['machine-assembly', 'Machine tool assembly', '整机装配', 'MIDSTREAM'],
      ['automation-lines', 'Automation lines', '自动化产线', 'DOWNSTREAM'],
      ['service-retrofit', 'Service & retrofit', '维修与改造', 'SERVICE'],
    ],
    `castings>machine-assembly screws-guides>machine-assembly cnc-systems>machine-assembly servo-drives>spindles
      servo-drives>turrets spindles>machine-assembly turrets>machine-assembly enclosures>machine-assembly
      cutting-tools>automation-lines machine-assembly>automation-lines automation-lines>service-retrofit`,
  ),
];

/** Each region's leading chains, as the articles name its leading industries. */
export const PRIORITIES: Record<string, string[]> = {
  minquan: ['cold-chain'],
  suixian: ['footwear', 'electronics'],
  shangcai: ['footwear', 'electronics'],
  weihui: ['beverage-packaging', 'green-building'],
  jingmen: ['cnc-machine-tools', 'auto-parts'],
  yingtan: ['copper', 'iot', 'eyewear', 'auto-parts'],
};
