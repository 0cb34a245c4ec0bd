/** The demo's supply ties and recruitment projects, between the firms of ./enterprises.ts. */
import type { ProjectInput, SupplyInput } from '../../src/dataset/types.js';
import { YI } from './enterprises.js';

const s = (supplierId: string, customerId: string, link: string, valueYi: number): SupplyInput => ({
  supplierId,
  customerId,
  linkId: link,
  annualValue: Math.round(valueYi * YI),
});

/** Supply ties (illustrative values): who already sells to the local firms is the best recruitment lead (以商招商). */
export const SUPPLIES: SupplyInput[] = [
  // Minquan
  s('huayi-compressor', 'wanbao-minquan', 'cold-chain/compressors', 3.2),
  s('huayi-compressor', 'aucma-minquan', 'cold-chain/compressors', 2.5),
  s('donper-compressor', 'xiangxuehai', 'cold-chain/compressors', 1.2),
  s('qingdao-haida-plastics', 'wanbao-minquan', 'cold-chain/plastic-parts', 0.9),
  s('qingdao-haida-plastics', 'aucma-minquan', 'cold-chain/plastic-parts', 0.6),
  s('minquan-ruitai-plastics', 'wanbao-minquan', 'cold-chain/plastic-parts', 0.3),
  s('minquan-jinhui-steel', 'wanbao-minquan', 'cold-chain/steel-sheet', 0.8),
  s('shanghai-baosteel-coated', 'aucma-minquan', 'cold-chain/steel-sheet', 1.0),
  s('zhengzhou-kinglong-bodies', 'songchuan-vehicles', 'cold-chain/reefer-bodies', 0.5),
  s('shenzhen-hetai-controls', 'wanbao-minquan', 'cold-chain/controls', 0.4),
  s('ningbo-yinzhou-condenser', 'aucma-minquan', 'cold-chain/heat-exchangers', 0.3),
  s('minquan-huaneng-insulation', 'songchuan-vehicles', 'cold-chain/insulation', 0.1),
  s('minquan-huaneng-insulation', 'wanbao-minquan', 'cold-chain/insulation', 0.2),
  // Sui and Shangcai footwear
  s('jinjiang-sanchuang-soles', 'anta-jiahong-suixian', 'footwear/soles', 0.9),
  s('suixian-xinrui-soles', 'anta-jiahong-suixian', 'footwear/soles', 0.2),
  s('wenzhou-lianhe-leather', 'huaying-shoes', 'footwear/leather', 0.3),
  s('jinjiang-sanchuang-soles', 'henan-jinlu-shoes', 'footwear/soles', 0.25),
  s('xiongan-xinda-soles', 'shangcai-xionghe-shoes', 'footwear/soles', 0.15),
  s('jinjiang-huafeng-textiles', 'henan-jinlu-shoes', 'footwear/textiles', 0.1),
  s('shangcai-dingsheng-eva', 'xiongan-xinda-soles', 'footwear/rubber-eva', 0.05),
  // electronics
  s('shenzhen-tianma-display', 'shangcai-display', 'electronics/display-panels', 0.8),
  s('shenzhen-hetai-controls', 'foxconn-suixian', 'electronics/mainboards', 0.6),
  // Weihui
  s('baosteel-cans-weihui', 'budweiser-xinxiang', 'beverage-packaging/cans', 5.0),
  s('henan-mingtai-aluminium', 'baosteel-cans-weihui', 'beverage-packaging/can-sheet', 4.0),
  s('zhongfu-bottles', 'hanrong-filling', 'beverage-packaging/bottles', 0.8),
  s('yinjinda-film', 'hanrong-filling', 'beverage-packaging/films', 0.3),
  s('hexing-packaging-weihui', 'budweiser-xinxiang', 'beverage-packaging/cartons', 0.6),
  s('shandong-cartons', 'xuefeili-drinks', 'beverage-packaging/cartons', 0.2),
  s('guangzhou-malt', 'budweiser-xinxiang', 'beverage-packaging/malt-grain', 2.0),
  s('zhongfu-weihui', 'hanrong-filling', 'beverage-packaging/pet-preforms', 0.4),
  s('tianrui-cement-weihui', 'weihui-xinjian-concrete', 'green-building/cement', 0.5),
  s('zhengzhou-precast', 'wujing-prefab', 'green-building/precast', 0.7),
  s('conch-profiles', 'jiayu-weihui', 'green-building/profiles', 0.9),
  // Jingmen
  s('wuhan-huazhong-cnc', 'zhongxiang-hongjin-cnc', 'cnc-machine-tools/cnc-systems', 0.4),
  s('guangzhou-haozhi-spindles', 'hubei-jingke-machine-tools', 'cnc-machine-tools/spindles', 0.3),
  s('jingmen-huayu-castings', 'zhongxiang-hongjin-cnc', 'cnc-machine-tools/castings', 0.2),
  s('hefei-powertrain', 'changfeng-cheetah-jingmen', 'auto-parts/powertrain', 3.0),
  s('jingmen-dongfang-chassis', 'changfeng-cheetah-jingmen', 'auto-parts/chassis', 0.8),
  s('ningbo-body-stampings', 'changfeng-cheetah-jingmen', 'auto-parts/chassis', 1.2),
  s('ningbo-body-stampings', 'changfeng-cheetah-jingmen', 'auto-parts/body-stampings', 1.5),
  // Yingtan
  s('jiangxi-copper-guixi', 'yingtan-jiangnan-rod', 'copper/cathode', 20),
  s('jiangxi-copper-guixi', 'guixi-jinhui-copper', 'copper/cathode', 12),
  s('ningbo-xingye-strip', 'yingtan-xinbo-connectors', 'copper/strip-foil', 1.1),
  s('yingtan-jiangnan-rod', 'yingtan-lianda-cables', 'copper/rod-wire', 3.0),
  s('shanghai-quectel', 'sanchuan-wisdom', 'iot/comm-modules', 0.9),
  s('shanghai-quectel', 'yingtan-tianying-terminals', 'iot/comm-modules', 0.3),
  s('danyang-wanxin-optical', 'yujiang-guangming-lens', 'eyewear/lens-blanks', 0.4),
  s('wenzhou-titanium-frames', 'yujiang-mingjing-frames', 'eyewear/frame-materials', 0.2),
  s('yingtan-lianda-cables', 'yingtan-xinda-harness', 'auto-parts/harnesses', 0.3),
];

const project = (
  id: string,
  name: string,
  enterpriseId: string,
  place: { regionId: string } | { parkId: string },
  linkId: string | undefined,
  investmentYi: number,
  status: ProjectInput['status'],
): ProjectInput => ({ id, name, enterpriseId, ...place, ...(linkId ? { linkId } : {}), investment: Math.round(investmentYi * YI), status });

/** Recruitment projects. Names and amounts cited from the articles where they give them. */
export const PROJECTS: ProjectInput[] = [
  // Shangcai (article): Xiong'an footwear transfer park 2 bn; smartphone display 0.5 bn; Longfeng park 2.2 bn.
  project(
    'shangcai-xiongan-footwear-park',
    "Xiong'an footwear transfer park",
    'shangcai-xiongan-park-dev',
    { parkId: 'xiongan-footwear-park' },
    'footwear/shoe-assembly',
    20,
    'OPERATING',
  ),
  project(
    'shangcai-smartphone-display',
    'Smartphone display production',
    'shangcai-display',
    { parkId: 'longfeng-park' },
    'electronics/display-modules',
    5,
    'LANDED',
  ),
  project(
    'shangcai-longfeng-park',
    'Longfeng industrial park',
    'longfeng-industrial',
    { parkId: 'longfeng-park' },
    undefined,
    22,
    'SIGNED',
  ),
  // Weihui (article): targets for the first quarter and the green building recruitment list.
  project(
    'weihui-wanglaoji-base',
    'Wanglaoji great-health industrial base',
    'wanglaoji-health',
    { regionId: 'weihui' },
    'beverage-packaging/soft-drinks',
    10,
    'NEGOTIATING',
  ),
  project(
    'weihui-evergrande-water',
    'Evergrande mineral water',
    'evergrande-spring',
    { regionId: 'weihui' },
    'beverage-packaging/water-sources',
    6,
    'NEGOTIATING',
  ),
  project(
    'weihui-conch-profiles',
    'Conch profiles plant',
    'conch-profiles',
    { parkId: 'weihui-aa' },
    'green-building/profiles',
    8,
    'CONTACTED',
  ),
  project(
    'weihui-zhuoda-prefab',
    'Zhuoda prefabricated building base',
    'zhuoda-building',
    { parkId: 'houhe-park' },
    'green-building/prefab-buildings',
    12,
    'LEAD',
  ),
  project(
    'weihui-wujing-prefab',
    'Wujing prefabricated building project',
    'wujing-prefab',
    { parkId: 'houhe-park' },
    'green-building/prefab-buildings',
    3,
    'SIGNED',
  ),
  // Jingmen (article): Changfeng Cheetah, 36 days from talks to signing, producing 15 months after construction began.
  project(
    'jingmen-changfeng-cheetah',
    'Changfeng Cheetah automobile',
    'changfeng-cheetah-jingmen',
    { parkId: 'jingmen-htz' },
    'auto-parts/vehicle-assembly',
    30,
    'OPERATING',
  ),
  // Illustrative pipeline entries
  project(
    'minquan-huayi-compressors',
    'Compressor plant for the Minquan cluster',
    'huayi-compressor',
    { parkId: 'minquan-aa' },
    'cold-chain/compressors',
    6,
    'CONTACTED',
  ),
  project(
    'suixian-wenzhou-soles',
    'Sole factory relocation',
    'wenzhou-hongji-soles',
    { parkId: 'tengfei-footwear-park' },
    'footwear/soles',
    1,
    'DROPPED',
  ),
  project('yingtan-quectel-modules', 'NB-IoT module line', 'shanghai-quectel', { parkId: 'yingtan-htz' }, 'iot/comm-modules', 4, 'LEAD'),
  project(
    'yingtan-xingye-strip',
    'Copper strip plant',
    'ningbo-xingye-strip',
    { parkId: 'guixi-copper-base' },
    'copper/strip-foil',
    15,
    'NEGOTIATING',
  ),
];
