import type { ProjectInput, RecordSource, SupplyInput } from '../../src/dataset/types.js';

/**
 * Firms of the demo. `article` firms are named in the source articles (with their region or park); their links
 * follow what the articles say of them, their figures are illustrative unless a comment cites the article.
 * `illustrative` firms are invented to make the chains whole: never present them as real companies.
 */
export interface DemoFirm {
  id: string;
  name: string;
  nameZh: string;
  /** A park id or a region id. */
  place: string;
  linkIds: string[];
  revenue: number;
  employees: number;
  leading: boolean;
  listed: boolean;
  source: RecordSource;
}

const YI = 100_000_000; // 亿 yuan

/** flags: L = leading (龙头), P = listed. */
function f(
  id: string,
  name: string,
  nameZh: string,
  place: string,
  linkIds: string[],
  revenueYi: number,
  employees: number,
  flags = '',
  source: RecordSource = 'illustrative',
): DemoFirm {
  return {
    id,
    name,
    nameZh,
    place,
    linkIds,
    revenue: Math.round(revenueYi * YI),
    employees,
    leading: flags.includes('L'),
    listed: flags.includes('P'),
    source,
  };
}
const A: RecordSource = 'article';

export const FIRMS: DemoFirm[] = [
  // ── Minquan: refrigeration & cold chain (民权: 30+ refrigeration firms, 50+ accessory makers) ──
  f('wanbao-minquan', 'Wanbao Group Minquan Appliance Park', '万宝集团民权电器产业园', 'minquan-aa', ['cold-chain/fridge-assembly'], 38, 3600, 'L', A),
  f('aucma-minquan', 'AUCMA Minquan Appliance Park', '澳柯玛民权电器产业园', 'minquan-aa', ['cold-chain/fridge-assembly', 'cold-chain/commercial-cabinets'], 30, 2800, 'LP', A),
  f('xiangxuehai', 'Xiangxuehai Household Appliance Technology', '香雪海家电科技有限公司', 'minquan-aa', ['cold-chain/fridge-assembly', 'cold-chain/commercial-cabinets'], 12, 1500, '', A),
  f('songchuan-vehicles', 'Songchuan Special Purpose Vehicle', '松川专用汽车有限公司', 'minquan-aa', ['cold-chain/reefer-vehicles'], 6, 650, '', A),
  f('minquan-hengli', 'Minquan Hengli Refrigeration', '民权恒力制冷', 'minquan-aa', ['cold-chain/fridge-assembly'], 3.5, 420),
  f('minquan-bingxiong', 'Minquan Bingxiong Special Vehicles', '民权冰熊专用车', 'minquan', ['cold-chain/reefer-vehicles'], 2.8, 380),
  f('minquan-huaneng-insulation', 'Minquan Huaneng Insulation Materials', '民权华能保温材料', 'minquan-aa', ['cold-chain/insulation'], 1.2, 160),
  f('minquan-jinhui-steel', 'Minquan Jinhui Coated Steel', '民权金辉彩涂板', 'minquan-aa', ['cold-chain/steel-sheet'], 4.1, 300),
  f('minquan-ruitai-plastics', 'Minquan Ruitai Plastics', '民权瑞泰塑业', 'minquan-aa', ['cold-chain/plastic-parts'], 0.9, 140),
  f('minquan-yongxin-liners', 'Minquan Yongxin Liners', '民权永信内胆', 'minquan-aa', ['cold-chain/plastic-parts'], 0.7, 120),
  f('minquan-hongda-mould', 'Minquan Hongda Mould & Plastics', '民权宏达模塑', 'minquan', ['cold-chain/plastic-parts'], 0.5, 90),
  // outside candidates
  f('huayi-compressor', 'Huayi Compressor', '华意压缩机', 'jiangxi', ['cold-chain/compressors'], 95, 6000, 'LP'),
  f('donper-compressor', 'Donper Compressor', '东贝压缩机', 'huangshi', ['cold-chain/compressors'], 40, 4200, 'P'),
  f('jiaxipera-compressor', 'Jiaxipera Compressor', '加西贝拉压缩机', 'zhejiang', ['cold-chain/compressors'], 55, 3900, 'L'),
  f('ningbo-yinzhou-condenser', 'Ningbo Yinzhou Condenser', '宁波鄞州冷凝器', 'ningbo', ['cold-chain/heat-exchangers', 'cold-chain/copper-tubes'], 6, 700),
  f('suzhou-changfa-exchanger', 'Suzhou Changfa Heat Exchanger', '苏州常发换热器', 'suzhou', ['cold-chain/heat-exchangers'], 9, 950, 'L'),
  f('shenzhen-hetai-controls', 'Shenzhen Hetai Controls', '深圳和泰电控', 'shenzhen', ['cold-chain/controls', 'electronics/mainboards'], 14, 1300, 'P'),
  f('qingdao-haida-plastics', 'Qingdao Haida Plastics', '青岛海达塑胶', 'qingdao', ['cold-chain/plastic-parts'], 11, 1100),
  f('zhengzhou-kinglong-bodies', 'Zhengzhou Kinglong Reefer Bodies', '郑州金龙冷藏车厢', 'zhengzhou', ['cold-chain/reefer-bodies'], 5, 520),
  f('qingdao-cimc-reefer', 'Qingdao CIMC Reefer Bodies', '青岛中集冷藏箱体', 'qingdao', ['cold-chain/reefer-bodies', 'cold-chain/reefer-vehicles'], 60, 4800, 'LP'),
  f('shanghai-xianyi-logistics', 'Shanghai Xianyi Cold Chain Logistics', '上海鲜易冷链物流', 'shanghai', ['cold-chain/cold-logistics'], 20, 2600, 'L'),
  f('shanghai-baosteel-coated', 'Shanghai Coated Steel Works', '上海彩涂钢板厂', 'shanghai', ['cold-chain/steel-sheet'], 80, 5000, 'LP'),

  // ── Sui County: footwear and electronic information (睢县: 31 shoe firms landed; Foxconn Suixian park) ──
  f('anta-jiahong-suixian', 'Anta Jiahong Shoes (Suixian)', '安踏嘉宏鞋业(睢县)', 'tengfei-footwear-park', ['footwear/shoe-assembly'], 15, 3000, 'L', A),
  f('huaying-shoes', 'Huaying Shoes', '华赢鞋业', 'suixian-aa', ['footwear/shoe-assembly'], 4, 1200, '', A),
  f('haofeng-footwear', 'Haofeng International Footwear', '豪峰国际鞋业', 'tengfei-footwear-park', ['footwear/shoe-assembly'], 5, 1400, '', A),
  f('suixian-xinrui-soles', 'Suixian Xinrui Soles', '睢县鑫瑞鞋底', 'tengfei-footwear-park', ['footwear/soles'], 0.8, 260),
  f('suixian-hongyuan-soles', 'Suixian Hongyuan Sole Materials', '睢县宏远鞋材', 'suixian-aa', ['footwear/soles'], 0.6, 210),
  f('suixian-ruifeng-leather', 'Suixian Ruifeng Synthetic Leather', '睢县瑞丰合成革', 'suixian-aa', ['footwear/leather'], 1.1, 180),
  f('foxconn-suixian', 'Foxconn Technology (Suixian)', '富士康科技集团(睢县)', 'suixian-aa', ['electronics/structural-parts'], 25, 5000, 'L', A),
  f('suixian-jinghong-precision', 'Suixian Jinghong Precision', '睢县精宏精密', 'suixian-aa', ['electronics/structural-parts'], 1.5, 300),
  f('suixian-zhixin-smt', 'Suixian Zhixin SMT', '睢县智芯贴片', 'suixian-aa', ['electronics/mainboards'], 1.2, 260),

  // ── Shangcai: footwear, electronics (上蔡: China footwear industry base; Xiong'an transfer park) ──
  // Henan Jinlu Shoes: 3 million pairs, 150 million yuan a year, 300 jobs; moving upper (鞋帮) work to a village workshop.
  f('henan-jinlu-shoes', 'Henan Jinlu Shoes', '河南金陆鞋业有限公司', 'shangcai-aa', ['footwear/shoe-assembly', 'footwear/uppers'], 1.5, 300, '', A),
  f('shangcai-xionghe-shoes', 'Shangcai Xionghe Shoes', '上蔡雄河鞋业', 'xiongan-footwear-park', ['footwear/shoe-assembly'], 1.2, 280),
  f('shangcai-baiyang-footwear', 'Shangcai Baiyang Footwear', '上蔡白洋鞋业', 'xiongan-footwear-park', ['footwear/shoe-assembly'], 0.9, 240),
  f('shangcai-jiuding-shoes', 'Shangcai Jiuding Shoes', '上蔡九鼎鞋业', 'xiongan-footwear-park', ['footwear/shoe-assembly', 'footwear/uppers'], 0.8, 220),
  f('shangcai-dingsheng-eva', 'Shangcai Dingsheng EVA Materials', '上蔡鼎盛EVA材料', 'shangcai-aa', ['footwear/rubber-eva'], 0.6, 120),
  f('shangcai-xiongan-park-dev', "Shangcai Xiong'an Footwear Park Development", '上蔡雄安制鞋产业园开发', 'xiongan-footwear-park', [], 0.5, 60),
  f('shangcai-display', 'Shangcai Smartphone Display', '上蔡智能手机显示屏', 'longfeng-park', ['electronics/display-modules'], 2.2, 600),
  f('longfeng-industrial', 'Longfeng Industrial Park Development', '隆丰产业园开发', 'longfeng-park', [], 0.8, 80),
  // outside footwear candidates
  f('anta-sports', 'Anta Sports', '安踏体育', 'jinjiang', ['footwear/design-brand', 'footwear/shoe-assembly', 'footwear/retail'], 620, 60000, 'LP'),
  f('jinjiang-sanchuang-soles', 'Jinjiang Sanchuang Soles', '晋江三创鞋底', 'jinjiang', ['footwear/soles'], 6, 1100, 'L'),
  f('wenzhou-hongji-soles', 'Wenzhou Hongji Soles', '温州宏基鞋底', 'wenzhou', ['footwear/soles'], 3.5, 700),
  f('xiongan-xinda-soles', "Xiong'an Xinda Soles", '雄安鑫达鞋底', 'xiongan', ['footwear/soles', 'footwear/rubber-eva'], 1.8, 400),
  f('jinjiang-huafeng-textiles', 'Jinjiang Huafeng Shoe Fabrics', '晋江华峰鞋材面料', 'jinjiang', ['footwear/textiles'], 9, 1300, 'P'),
  f('wenzhou-lianhe-leather', 'Wenzhou Lianhe Leather', '温州联合皮革', 'wenzhou', ['footwear/leather'], 7, 900),
  f('quanzhou-lasts', 'Quanzhou Jiexin Lasts & Moulds', '泉州杰鑫鞋楦鞋模', 'quanzhou', ['footwear/lasts-moulds'], 1.5, 260),
  f('dongguan-adhesives', 'Dongguan Nanbao Shoe Adhesives', '东莞南宝鞋用胶', 'dongguan', ['footwear/adhesives'], 4, 500, 'P'),
  f('xiamen-testing', 'Xiamen Footwear Testing Centre', '厦门鞋类检测中心', 'xiamen', ['footwear/testing'], 0.6, 120),
  // outside electronics candidates
  f('shenzhen-tianma-display', 'Shenzhen Tianyao Display Panels', '深圳天耀显示面板', 'shenzhen', ['electronics/display-panels', 'electronics/display-modules'], 180, 12000, 'LP'),
  f('dongguan-touch', 'Dongguan Lingchu Touch', '东莞灵触触控', 'dongguan', ['electronics/touch-panels'], 12, 2200),
  f('hefei-glass', 'Hefei Caihong Glass Substrates', '合肥彩虹玻璃基板', 'hefei', ['electronics/glass'], 35, 3000, 'P'),
  f('shenzhen-odm', 'Shenzhen Huaqin Phone ODM', '深圳华勤手机代工', 'shenzhen', ['electronics/phone-assembly', 'electronics/mainboards'], 300, 30000, 'LP'),
  f('dongguan-camera', 'Dongguan Guangxun Camera Modules', '东莞光讯摄像头模组', 'dongguan', ['electronics/camera-modules'], 20, 4000),

  // ── Weihui: beverages & packaging, green building materials (卫辉) ──
  f('budweiser-xinxiang', 'Budweiser Brewery (Xinxiang)', '百威啤酒(新乡)', 'weihui-aa', ['beverage-packaging/brewing'], 25, 900, 'LP', A),
  f('baosteel-cans-weihui', 'Baosteel Can Making (Weihui)', '宝钢制罐(卫辉)', 'weihui-aa', ['beverage-packaging/cans'], 12, 450, 'L', A),
  f('yinjinda-film', 'Yinjinda Film', '银金达薄膜', 'weihui-aa', ['beverage-packaging/films'], 9, 600, '', A),
  f('hexing-packaging-weihui', 'Xiamen Hexing Packaging (Weihui)', '厦门合兴包装(卫辉)', 'weihui-aa', ['beverage-packaging/cartons'], 4, 350, '', A),
  f('hanrong-filling', 'Hanrong Filling', '汉荣灌装', 'weihui-aa', ['beverage-packaging/filling'], 3, 260, '', A),
  f('xuefeili-drinks', 'Xuefeili Beverages', '雪菲力饮料', 'weihui-aa', ['beverage-packaging/soft-drinks'], 5, 420, '', A),
  f('zhongfu-weihui', 'Zhuhai Zhongfu (Weihui) PET', '珠海中富(卫辉)', 'weihui-aa', ['beverage-packaging/pet-preforms'], 3.5, 300, '', A),
  f('wujing-prefab', 'Wujing Technology Prefabricated Buildings', '五经科技装配式建筑', 'houhe-park', ['green-building/prefab-buildings'], 3, 280, '', A),
  f('tianrui-cement-weihui', 'Tianrui Cement (Weihui)', '天瑞水泥(卫辉)', 'weihui', ['green-building/cement'], 18, 900, '', A),
  f('chunjiang-cement', 'Chunjiang Cement', '春江水泥', 'weihui', ['green-building/cement'], 10, 700, '', A),
  f('bnbm-weihui', 'BNBM (Weihui)', '北新建材(卫辉)', 'weihui-aa', ['green-building/gypsum-board'], 8, 400, 'LP', A),
  f('jiayu-weihui', 'Jiayu Doors & Windows (Weihui)', '嘉寓门窗(卫辉)', 'weihui-aa', ['green-building/doors-windows'], 6, 500, 'L', A),
  f('weihui-xinjian-concrete', 'Weihui Xinjian Concrete', '卫辉新建混凝土', 'weihui', ['green-building/concrete'], 1.5, 150),
  // outside candidates (article targets: Wanglaoji, Evergrande mineral water, Conch profiles, Zhuoda)
  f('wanglaoji-health', 'Wanglaoji Great Health', '王老吉大健康', 'guangzhou', ['beverage-packaging/soft-drinks'], 95, 5000, 'LP', A),
  f('evergrande-spring', 'Evergrande Spring Mineral Water', '恒大矿泉水', 'jiangxi', ['beverage-packaging/water-sources', 'beverage-packaging/soft-drinks'], 30, 2000, 'L', A),
  f('conch-profiles', 'Conch Profiles', '海螺型材', 'wuhu', ['green-building/profiles'], 50, 4000, 'LP', A),
  f('zhuoda-building', 'Zhuoda Building Technology', '卓达建筑科技', 'hebei', ['green-building/prefab-buildings', 'green-building/precast'], 40, 3500, 'L', A),
  f('henan-mingtai-aluminium', 'Henan Mingtai Aluminium', '河南明泰铝业', 'zhengzhou', ['beverage-packaging/can-sheet'], 200, 6000, 'LP'),
  f('shandong-nanshan-aluminium', 'Shandong Nanshan Aluminium', '山东南山铝业', 'shandong', ['beverage-packaging/can-sheet'], 280, 15000, 'LP'),
  f('zhongfu-bottles', 'Zhuhai Zhongfu Bottles', '珠海中富瓶业', 'guangdong', ['beverage-packaging/bottles'], 20, 3000, 'P'),
  f('shanghai-zijiang-bottles', 'Shanghai Zijiang Bottles', '上海紫江瓶业', 'shanghai', ['beverage-packaging/bottles', 'beverage-packaging/pet-preforms'], 90, 6000, 'LP'),
  f('guangzhou-malt', 'Guangzhou Yongshuntai Malt', '广州永顺泰麦芽', 'guangzhou', ['beverage-packaging/malt-grain'], 40, 1500, 'LP'),
  f('shandong-cartons', 'Shandong Huatai Cartons', '山东华泰纸箱', 'shandong', ['beverage-packaging/cartons'], 6, 800),
  f('zhengzhou-precast', 'Zhengzhou Yuanda Precast Components', '郑州远大预制构件', 'zhengzhou', ['green-building/precast'], 12, 1200),
  f('wuhu-conch-glass', 'Wuhu Xinyi Architectural Glass', '芜湖信义建筑玻璃', 'wuhu', ['green-building/glass'], 25, 2200, 'P'),

  // ── Jingmen: CNC machine tools, auto parts (荆门: Zhongxiang CNC Machine Tool Park; Changfeng Cheetah) ──
  f('changfeng-cheetah-jingmen', 'Changfeng Cheetah Automobile (Jingmen)', '长丰猎豹汽车(荆门)', 'jingmen-htz', ['auto-parts/vehicle-assembly'], 30, 2500, '', A),
  f('jingmen-huayu-castings', 'Jingmen Huayu Castings', '荆门华宇铸造', 'jingmen-htz', ['auto-parts/castings', 'cnc-machine-tools/castings'], 3, 420),
  f('jingmen-dongfang-chassis', 'Jingmen Dongfang Chassis', '荆门东方底盘', 'jingmen-htz', ['auto-parts/chassis'], 2.5, 380),
  f('jingshan-qiaoyi-suspension', 'Jingshan Qiaoyi Suspension', '京山桥翼悬挂', 'jingshan-im-park', ['auto-parts/chassis'], 1.6, 240),
  f('zhongxiang-hongjin-cnc', 'Zhongxiang Hongjin CNC', '钟祥宏锦数控', 'zhongxiang-cnc-park', ['cnc-machine-tools/machine-assembly'], 2.4, 330),
  f('hubei-jingke-machine-tools', 'Hubei Jingke Machine Tools', '湖北精科机床', 'zhongxiang-cnc-park', ['cnc-machine-tools/machine-assembly'], 1.8, 260),
  f('zhongxiang-tongxin-precision', 'Zhongxiang Tongxin Precision', '钟祥同心精密', 'zhongxiang-cnc-park', ['cnc-machine-tools/machine-assembly', 'cnc-machine-tools/enclosures'], 1.1, 180),
  f('jingshan-keyuan-servo', 'Jingshan Keyuan Servo', '京山科远伺服', 'jingshan-im-park', ['cnc-machine-tools/servo-drives'], 1.3, 200),
  // outside candidates
  f('wuhan-huazhong-cnc', 'Huazhong CNC', '华中数控', 'hubei', ['cnc-machine-tools/cnc-systems'], 16, 1800, 'LP'),
  f('guangzhou-cnc', 'Guangzhou CNC Equipment', '广州数控设备', 'guangzhou', ['cnc-machine-tools/cnc-systems', 'cnc-machine-tools/servo-drives'], 22, 2500, 'L'),
  f('guangzhou-haozhi-spindles', 'Guangzhou Haozhi Spindles', '广州昊志电主轴', 'guangzhou', ['cnc-machine-tools/spindles'], 10, 1300, 'P'),
  f('henan-anyang-spindles', 'Anyang Laihe Spindles', '安阳莱和主轴', 'henan', ['cnc-machine-tools/spindles'], 2, 300),
  f('suzhou-turrets', 'Suzhou Dingli Turrets', '苏州鼎力刀塔', 'suzhou', ['cnc-machine-tools/turrets'], 4, 450),
  f('shandong-screws', 'Shandong Boao Ball Screws', '山东博奥丝杠', 'shandong', ['cnc-machine-tools/screws-guides'], 6, 800),
  f('suzhou-automation', 'Suzhou Huichuan Automation Lines', '苏州汇川自动化产线', 'suzhou', ['cnc-machine-tools/automation-lines', 'auto-parts/ev-systems'], 120, 9000, 'LP'),
  f('hefei-powertrain', 'Hefei Jianghuai Powertrain', '合肥江淮动力总成', 'hefei', ['auto-parts/powertrain'], 45, 3800, 'L'),
  f('ningbo-body-stampings', 'Ningbo Tuopu Body Stampings', '宁波拓普冲压件', 'ningbo', ['auto-parts/body-stampings', 'auto-parts/chassis'], 80, 7000, 'LP'),
  f('shenzhen-ev-systems', 'Shenzhen Huiyuan EV Systems', '深圳汇源三电', 'shenzhen', ['auto-parts/ev-systems'], 35, 2600, 'P'),
  f('wuhu-interiors', 'Wuhu Ruihu Interiors', '芜湖瑞虎内饰', 'wuhu', ['auto-parts/interiors'], 8, 900),

  // ── Yingtan: copper, IoT, eyewear, auto parts (鹰潭 "2+N") ──
  f('baotai-group', 'Baotai Group', '宝泰集团', 'yingtan', [], 60, 3000, '', A),
  f('xinbreui-technology', 'Xinbreui Technology', '鑫鹏瑞科技', 'yingtan', [], 8, 600, '', A),
  f('jiangxi-copper-guixi', 'Jiangxi Copper Guixi Smelter', '江西铜业贵溪冶炼厂', 'guixi-copper-base', ['copper/smelting', 'copper/cathode'], 900, 7000, 'LP'),
  f('guixi-huaxin-cathode', 'Guixi Huaxin Cathode Copper', '贵溪华鑫阴极铜', 'guixi-copper-base', ['copper/cathode'], 40, 600),
  f('yingtan-jiangnan-rod', 'Yingtan Jiangnan Copper Rod', '鹰潭江南铜杆', 'guixi-ip', ['copper/rod-wire'], 60, 800),
  f('guixi-jinhui-copper', 'Guixi Jinhui Copper Wire', '贵溪金汇铜线', 'guixi-ip', ['copper/rod-wire'], 35, 500),
  f('yingtan-ruixing-copper', 'Yingtan Ruixing Copper', '鹰潭瑞兴铜业', 'yingtan-htz', ['copper/rod-wire', 'copper/tubes'], 28, 450),
  f('yingtan-lianda-cables', 'Yingtan Lianda Cables', '鹰潭联达电缆', 'yingtan-htz', ['copper/cables', 'auto-parts/harnesses'], 12, 700),
  f('yingtan-xinbo-connectors', 'Yingtan Xinbo Connectors', '鹰潭鑫博连接器', 'yingtan-htz', ['copper/connectors'], 5, 420),
  f('sanchuan-wisdom', 'Sanchuan Wisdom Technology', '三川智慧科技', 'yingtan-htz', ['iot/smart-meters'], 14, 1200, 'LP'),
  f('yingtan-zhilian-meters', 'Yingtan Zhilian Meters', '鹰潭智联表计', 'yingtan-htz', ['iot/smart-meters'], 2, 260),
  f('yingtan-tianying-terminals', 'Yingtan Tianying IoT Terminals', '鹰潭天鹰物联终端', 'yingtan-htz', ['iot/terminals'], 3, 320),
  f('yingtan-hengchuang-terminals', 'Yingtan Hengchuang Terminals', '鹰潭恒创终端', 'yuehu', ['iot/terminals'], 1.6, 210),
  f('yingtan-smartcity-apps', 'Yingtan Smart City Applications', '鹰潭智慧城市应用', 'yingtan-htz', ['iot/applications'], 1.2, 150),
  f('yujiang-mingjing-frames', 'Yujiang Mingjing Frames', '余江明镜镜架', 'yujiang-ip', ['eyewear/frames'], 2.5, 500),
  f('yujiang-jinshi-optical', 'Yujiang Jinshi Optical', '余江金视光学', 'yujiang-ip', ['eyewear/frames', 'eyewear/assembly'], 3, 600),
  f('yujiang-huarui-frames', 'Yujiang Huarui Frames', '余江华瑞镜架', 'yujiang', ['eyewear/frames'], 1.4, 300),
  f('yujiang-yida-glasses', 'Yujiang Yida Glasses', '余江亿达眼镜', 'yujiang-ip', ['eyewear/assembly', 'eyewear/ecommerce'], 1.8, 280),
  f('yujiang-guangming-lens', 'Yujiang Guangming Lens Processing', '余江光明镜片加工', 'yujiang-ip', ['eyewear/lens-processing'], 1.1, 200),
  f('yingtan-xinda-harness', 'Yingtan Xinda Wiring Harness', '鹰潭鑫达线束', 'yingtan-htz', ['auto-parts/harnesses'], 4, 900),
  f('guixi-zhengtai-rubber', 'Guixi Zhengtai Rubber Parts', '贵溪正泰橡塑', 'guixi-ip', ['auto-parts/rubber-plastics'], 1.5, 300),
  // outside candidates
  f('ningbo-xingye-strip', 'Ningbo Xingye Copper Strip', '宁波兴业铜带', 'ningbo', ['copper/strip-foil'], 45, 2200, 'LP'),
  f('luoyang-copper-foil', 'Luoyang Copper Foil', '洛阳铜箔', 'henan', ['copper/strip-foil'], 20, 1500),
  f('ningbo-boway-alloys', 'Ningbo Boway Alloys', '宁波博威合金', 'ningbo', ['copper/alloys', 'copper/strip-foil'], 100, 5000, 'LP'),
  f('suzhou-enamelled-wire', 'Suzhou Jingda Enamelled Wire', '苏州精达漆包线', 'suzhou', ['copper/enamelled-wire'], 150, 4000, 'LP'),
  f('shanghai-quectel', 'Quectel Wireless', '移远通信', 'shanghai', ['iot/comm-modules'], 140, 5000, 'LP'),
  f('shenzhen-fibocom', 'Fibocom Wireless', '广和通', 'shenzhen', ['iot/comm-modules'], 60, 3000, 'P'),
  f('shenzhen-sensors', 'Shenzhen Minxin Sensors', '深圳敏芯传感器', 'shenzhen', ['iot/sensors'], 5, 600, 'P'),
  f('hefei-integration', 'Hefei Kedian System Integration', '合肥科电系统集成', 'hefei', ['iot/integration'], 15, 1800),
  f('danyang-wanxin-optical', 'Danyang Wanxin Optical', '丹阳万新光学', 'danyang', ['eyewear/lens-blanks', 'eyewear/lens-processing'], 25, 3000, 'L'),
  f('danyang-resin', 'Danyang Hongchen Optical Resin', '丹阳鸿晨光学树脂', 'danyang', ['eyewear/optical-resin'], 4, 300),
  f('wenzhou-titanium-frames', 'Wenzhou Titanium Frame Materials', '温州钛镜架材料', 'wenzhou', ['eyewear/frame-materials', 'eyewear/hinges'], 3, 400),
  f('shanghai-optical-retail', 'Shanghai Baodao Optical Retail', '上海宝岛眼镜零售', 'shanghai', ['eyewear/optical-retail'], 30, 8000, 'L'),
];

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
  project('shangcai-xiongan-footwear-park', "Xiong'an footwear transfer park", 'shangcai-xiongan-park-dev', { parkId: 'xiongan-footwear-park' }, 'footwear/shoe-assembly', 20, 'OPERATING'),
  project('shangcai-smartphone-display', 'Smartphone display production', 'shangcai-display', { parkId: 'longfeng-park' }, 'electronics/display-modules', 5, 'LANDED'),
  project('shangcai-longfeng-park', 'Longfeng industrial park', 'longfeng-industrial', { parkId: 'longfeng-park' }, undefined, 22, 'SIGNED'),
  // Weihui (article): targets for the first quarter and the green building recruitment list.
  project('weihui-wanglaoji-base', 'Wanglaoji great-health industrial base', 'wanglaoji-health', { regionId: 'weihui' }, 'beverage-packaging/soft-drinks', 10, 'NEGOTIATING'),
  project('weihui-evergrande-water', 'Evergrande mineral water', 'evergrande-spring', { regionId: 'weihui' }, 'beverage-packaging/water-sources', 6, 'NEGOTIATING'),
  project('weihui-conch-profiles', 'Conch profiles plant', 'conch-profiles', { parkId: 'weihui-aa' }, 'green-building/profiles', 8, 'CONTACTED'),
  project('weihui-zhuoda-prefab', 'Zhuoda prefabricated building base', 'zhuoda-building', { parkId: 'houhe-park' }, 'green-building/prefab-buildings', 12, 'LEAD'),
  project('weihui-wujing-prefab', 'Wujing prefabricated building project', 'wujing-prefab', { parkId: 'houhe-park' }, 'green-building/prefab-buildings', 3, 'SIGNED'),
  // Jingmen (article): Changfeng Cheetah, 36 days from talks to signing, producing 15 months after construction began.
  project('jingmen-changfeng-cheetah', 'Changfeng Cheetah automobile', 'changfeng-cheetah-jingmen', { parkId: 'jingmen-htz' }, 'auto-parts/vehicle-assembly', 30, 'OPERATING'),
  // Illustrative pipeline entries
  project('minquan-huayi-compressors', 'Compressor plant for the Minquan cluster', 'huayi-compressor', { parkId: 'minquan-aa' }, 'cold-chain/compressors', 6, 'CONTACTED'),
  project('suixian-wenzhou-soles', 'Sole factory relocation', 'wenzhou-hongji-soles', { parkId: 'tengfei-footwear-park' }, 'footwear/soles', 1, 'DROPPED'),
  project('yingtan-quectel-modules', 'NB-IoT module line', 'shanghai-quectel', { parkId: 'yingtan-htz' }, 'iot/comm-modules', 4, 'LEAD'),
  project('yingtan-xingye-strip', 'Copper strip plant', 'ningbo-xingye-strip', { parkId: 'guixi-copper-base' }, 'copper/strip-foil', 15, 'NEGOTIATING'),
];
