import type { GuessRule, Lexicon } from '@/domain/guess'

/**
 * The guess table: how the search reads what people type around the thing, and how it judges a
 * thing no item names from its form and material (see `src/domain/guess.ts`). Data only; every
 * target is a knowledge-base item, so its bin follows the active rule set. Written for this app
 * from the category definitions of GB/T 19095-2019 and the national implementation plan
 * (生活垃圾分类制度实施方案, 2017): recyclables are clean paper, plastic, glass, metal and textiles;
 * hazardous waste is batteries, lamps, medicine and household chemicals with their packaging;
 * food waste is what rots; everything else is residual waste. `guess-table.test.ts` checks every
 * row and item id.
 */

const CONTAINERS = ['瓶', '瓶子', '罐', '罐子', '桶', '壶', '盒', '盒子', '袋', '袋子', '包装', '包装袋', '包装盒', '包装瓶', '外包装', '包装纸', '管', '喷瓶', '喷雾罐', '壳']
const PLASTIC = ['塑料', '胶', 'pp', 'pe', 'pet', 'pvc', '亚克力', '树脂']
const GLASS = ['玻璃']
const CERAMIC = ['陶瓷', '瓷', '陶', '密胺']
const METAL = ['金属', '铁', '铝', '铜', '不锈钢', '钢', '锡', '马口铁']
const PAPER = ['纸', '纸板', '牛皮纸', '纸质', '纸浆']
const FABRIC = ['布', '棉', '麻', '丝', '帆布', '毛线', '呢', '绒']
const WOOD = ['木', '实木']
const BAMBOO = ['竹']
// Not 面 alone: 封面, 桌面 and 镜面 are not noodles.
const FOOD_FORMS = ['饭', '粥', '面条', '汤', '菜', '肉', '鱼', '饼', '糕', '糖', '果', '酱', '蛋', '米', '豆', '馅', '点心', '零食', '小吃', '菜肴']
const MEDICINE_FORMS = ['药', '药片', '药丸', '丸', '胶囊', '颗粒', '冲剂', '口服液', '糖浆', '药膏', '软膏', '药水', '滴眼液', '眼药水', '膏药', '片剂', '针剂', '注射液', '喷剂']

const judgedAs = (zh: string, en: string) => ({ zh, en })

const GUESSES: GuessRule[] = [
  // ---- a named medicine in a dosage form is medicine (盐酸二甲双胍片) ----
  { forms: ['片', '片剂', '缓释片', '胶囊', '丸', '颗粒', '注射液', '口服液', '糖浆', '软膏', '乳膏', '凝胶', '滴眼液', '喷雾剂', '混悬液', '贴'], contents: { category: 'hazardous', subs: ['medicine'] }, item: 'medicine', assumed: judgedAs('药品', 'medicine') },

  // ---- what it held decides first: medicine and household chemicals make hazardous packaging ----
  { forms: ['瓶', '瓶子', '药瓶'], contents: { category: 'hazardous', subs: ['medicine'] }, item: 'pill-bottle-with-pills', assumed: judgedAs('装过药的药瓶', 'a bottle that held medicine') },
  { forms: ['盒', '盒子', '包装盒', '纸盒', '外包装'], contents: { category: 'hazardous', subs: ['medicine'] }, item: 'medicine-outer-box', assumed: judgedAs('药品外包装盒', 'a medicine box') },
  { forms: ['板', '铝塑板', '泡罩'], contents: { category: 'hazardous', subs: ['medicine'] }, item: 'empty-medicine-blister', assumed: judgedAs('药板', 'a blister pack') },
  { forms: CONTAINERS, contents: { category: 'hazardous', subs: ['medicine'] }, item: 'medicine-packaging', assumed: judgedAs('药品包装', 'medicine packaging') },
  { forms: CONTAINERS, contents: { category: 'hazardous', subs: ['chemical', 'paint', 'pesticide'] }, item: 'hazardous-packaging', assumed: judgedAs('装过有害物品的包装', 'packaging that held a hazardous product') },

  // ---- bottles, jars and cans ----
  { forms: ['瓶', '瓶子'], materials: GLASS, item: 'glass-bottle', assumed: judgedAs('玻璃瓶', 'a glass bottle') },
  { forms: ['瓶', '瓶子', '罐', '罐子', '杯', '杯子', '碗', '盘', '盘子', '碟', '碟子', '壶'], materials: CERAMIC, item: 'ceramics', assumed: judgedAs('陶瓷', 'ceramics') },
  { forms: ['瓶', '瓶子'], materials: PLASTIC, item: 'plastic-bottle', assumed: judgedAs('塑料瓶', 'a plastic bottle') },
  { forms: ['瓶', '瓶子'], materials: METAL, item: 'metal-item', assumed: judgedAs('金属制品', 'a metal item') },
  { forms: ['瓶', '瓶子', '空瓶'], item: 'empty-bottle', assumed: judgedAs('塑料瓶或玻璃瓶', 'a plastic or glass bottle') },
  { forms: ['罐', '罐子', '罐头'], materials: GLASS, item: 'glass-bottle', assumed: judgedAs('玻璃罐', 'a glass jar') },
  { forms: ['罐', '罐子'], materials: PLASTIC, item: 'plastic-box', assumed: judgedAs('塑料罐', 'a plastic tub') },
  { forms: ['罐', '罐子', '罐头', '听'], item: 'metal-can', assumed: judgedAs('金属罐', 'a metal can') },

  // ---- boxes, bags, cups and lids ----
  { forms: ['盒', '盒子', '包装盒', '箱', '箱子'], materials: ['泡沫'], item: 'foam-block', assumed: judgedAs('干净的泡沫塑料', 'clean polystyrene foam') },
  { forms: ['盒', '盒子', '包装盒', '饭盒', '餐盒'], materials: PLASTIC, item: 'plastic-box', assumed: judgedAs('塑料盒', 'a plastic box') },
  { forms: ['盒', '盒子', '包装盒'], materials: METAL, item: 'metal-can', assumed: judgedAs('金属盒', 'a metal tin') },
  { forms: ['盒', '盒子', '包装盒', '箱', '箱子'], materials: WOOD, item: 'wood-item', assumed: judgedAs('木制品', 'a wooden item') },
  { forms: ['盒', '盒子', '包装盒'], item: 'paper-box', assumed: judgedAs('纸质包装盒', 'a paper box') },
  { forms: ['箱', '箱子'], materials: PLASTIC, item: 'plastic-item', assumed: judgedAs('塑料箱', 'a plastic crate') },
  { forms: ['箱', '箱子', '纸箱'], item: 'cardboard-box', assumed: judgedAs('纸箱', 'a cardboard box') },
  { forms: ['袋', '袋子', '包装袋'], materials: PAPER, item: 'paper-shopping-bag', assumed: judgedAs('纸袋', 'a paper bag') },
  { forms: ['袋', '袋子'], materials: ['无纺布'], item: 'non-woven-bag', assumed: judgedAs('无纺布袋', 'a non-woven bag') },
  { forms: ['袋', '袋子'], materials: FABRIC, item: 'canvas-tote', assumed: judgedAs('布袋', 'a cloth bag') },
  { forms: ['袋', '袋子'], materials: ['编织'], item: 'woven-sack', assumed: judgedAs('编织袋', 'a woven sack') },
  { forms: ['网', '网兜', '网袋', '网套'], item: 'plastic-mesh-bag', assumed: judgedAs('网兜', 'a mesh bag') },
  { forms: ['袋', '袋子', '包装袋', '包装', '外包装', '包装纸', '包装膜'], contents: { category: 'kitchen' }, item: 'packaging-bag', assumed: judgedAs('食品包装袋', 'a food wrapper') },
  { forms: ['袋', '袋子', '包装袋', '包装纸', '包装'], item: 'packaging-bag', assumed: judgedAs('塑料包装袋', 'a plastic packaging bag') },
  { forms: ['杯', '杯子'], materials: GLASS, item: 'glass-cup', assumed: judgedAs('玻璃杯', 'a glass') },
  { forms: ['杯', '杯子'], materials: METAL, item: 'metal-item', assumed: judgedAs('金属杯', 'a metal cup') },
  { forms: ['杯', '杯子'], materials: ['纸'], item: 'paper-cup', assumed: judgedAs('纸杯', 'a paper cup') },
  { forms: ['杯', '杯子'], materials: PLASTIC, effect: 'empty', item: 'plastic-cup-clean', assumed: judgedAs('洗净的塑料杯', 'a rinsed plastic cup') },
  { forms: ['杯', '杯子'], item: 'disposable-cup', assumed: judgedAs('一次性饮料杯', 'a disposable cup') },
  { forms: ['杯盖', '杯盖子'], item: 'milk-tea-lid', assumed: judgedAs('饮料杯盖', 'a cup lid') },
  { forms: ['盖', '盖子', '瓶盖'], materials: METAL, item: 'metal-bottle-cap', assumed: judgedAs('金属盖', 'a metal lid') },
  { forms: ['盖', '盖子', '瓶盖'], item: 'plastic-bottle-cap', assumed: judgedAs('塑料盖', 'a plastic lid') },
  { forms: ['膜', '薄膜', '贴膜', '包装膜'], item: 'plastic-film', assumed: judgedAs('塑料膜', 'plastic film') },
  { forms: ['管', '管子'], materials: [...PLASTIC, ...METAL, ...GLASS], item: 'plastic-item', assumed: judgedAs('硬质管材', 'a rigid pipe') },
  { forms: ['管', '软管'], item: 'soft-tube', assumed: judgedAs('软管包装', 'a squeeze tube') },
  { forms: ['桶', '碗'], contents: { category: 'kitchen', subs: ['grain', 'leftovers', 'meat', 'seafood', 'snack', 'vegetable'] }, item: 'instant-noodle-cup', assumed: judgedAs('装过食物的一次性桶、碗', 'a disposable food tub') },
  { forms: ['桶'], materials: METAL, item: 'metal-can', assumed: judgedAs('金属桶', 'a metal bucket') },
  { forms: ['桶'], item: 'plastic-bucket', assumed: judgedAs('塑料桶', 'a plastic bucket') },

  // ---- gloves and knives ----
  { forms: ['手套'], materials: FABRIC, item: 'knitted-gloves', assumed: judgedAs('布手套', 'cloth gloves') },
  { forms: ['手套'], item: 'disposable-gloves', assumed: judgedAs('一次性手套', 'disposable gloves') },
  { forms: ['刀', '刀子'], contents: { category: 'kitchen' }, item: 'disposable-tableware', assumed: judgedAs('一次性塑料刀', 'a disposable plastic knife') },
  { forms: ['刀', '刀子', '刀片', '刀具'], item: 'metal-item', assumed: judgedAs('金属刀具', 'a metal blade') },

  // ---- sticks, tableware ----
  { forms: ['棍', '棍子', '棒', '棒子', '签', '签子', '杆', '筷', '筷子', '勺', '勺子', '叉', '叉子'], materials: METAL, item: 'metal-item', assumed: judgedAs('金属制品', 'a metal item') },
  { forms: ['棍', '棍子', '棒', '棒子', '签', '签子', '杆'], materials: PLASTIC, item: 'plastic-item', assumed: judgedAs('塑料制品', 'a plastic item') },
  { forms: ['棍', '棍子', '棒', '棒子', '签', '签子', '杆', '棍儿'], item: 'wooden-stick', assumed: judgedAs('小木棍、竹签', 'a small stick') },
  { forms: ['碗', '盘', '盘子', '碟', '碟子'], materials: GLASS, item: 'glass-item', assumed: judgedAs('玻璃制品', 'a glass item') },
  { forms: ['碗', '盘', '盘子', '碟', '碟子'], materials: METAL, item: 'metal-item', assumed: judgedAs('金属餐具', 'metal tableware') },
  { forms: ['碗', '盘', '盘子', '碟', '碟子'], materials: PLASTIC, item: 'plastic-box', assumed: judgedAs('塑料餐具', 'plastic tableware') },
  { forms: ['碗', '盘', '盘子', '碟', '碟子'], materials: PAPER, item: 'paper-takeaway-box', assumed: judgedAs('一次性纸碗纸盘', 'a paper plate or bowl') },
  { forms: ['碗', '盘', '盘子', '碟', '碟子'], item: 'ceramics', assumed: judgedAs('陶瓷餐具', 'ceramic tableware') },
  { forms: ['勺', '勺子', '叉', '叉子', '筷', '筷子', '餐具'], item: 'disposable-tableware', assumed: judgedAs('一次性餐具', 'disposable cutlery') },

  // ---- paper and cloth ----
  { forms: ['纸', '纸张', '纸片', '纸托', '垫纸'], contents: { category: 'kitchen' }, item: 'greasy-paper', assumed: judgedAs('沾了食物的纸', 'paper soiled with food') },
  { forms: ['纸', '纸张', '纸片'], effect: 'soiled', item: 'greasy-paper', assumed: judgedAs('沾了油污的纸', 'soiled paper') },
  { forms: ['纸', '纸张', '纸片'], effect: 'wet', item: 'greasy-paper', assumed: judgedAs('湿了的纸', 'soaked paper') },
  { forms: ['巾', '纸巾'], item: 'used-tissue', assumed: judgedAs('纸巾', 'a tissue') },
  { forms: ['纸', '纸张', '纸片', '单', '单子', '传单', '海报', '日历', '挂历', '信'], item: 'waste-paper', assumed: judgedAs('废纸', 'waste paper') },
  { forms: ['书', '本', '本子', '册', '手册', '杂志', '刊'], item: 'old-book', assumed: judgedAs('旧书本', 'an old book') },
  { forms: ['报', '报纸'], item: 'newspaper', assumed: judgedAs('报纸', 'a newspaper') },
  { forms: ['布', '布料', '布头'], item: 'textiles', assumed: judgedAs('布料', 'fabric') },
  { forms: ['衣服', '裤', '裤子', '裙', '裙子', '衫', '袜', '袜子', '鞋', '鞋子', '帽子', '被子', '毯', '毯子', '窗帘', '围巾', '外套', '大衣', '羽绒服', '毛衣'], item: 'old-clothing', assumed: judgedAs('旧衣物', 'old clothing') },

  // ---- shells, peels, pits, bones, scraps, plants, food ----
  { forms: ['壳', '壳子'], words: ['贝', '螺', '蚌', '蚝', '蛤', '蛏', '扇贝', '椰', '榴莲', '核桃', '夏威夷果', '碧根果', '龟', '鲍鱼'], item: 'hard-shell', assumed: judgedAs('硬壳', 'a hard shell') },
  { forms: ['壳', '壳子', '外壳'], contents: { category: 'recyclable' }, item: 'plastic-item', assumed: judgedAs('塑料外壳', 'a plastic casing') },
  { forms: ['壳', '壳子', '皮儿'], item: 'nut-shell', assumed: judgedAs('果壳、虾蟹壳这类容易腐烂的壳', 'a soft shell that rots, such as a nut or shrimp shell') },
  { forms: ['皮', '外皮'], materials: METAL, item: 'metal-item', assumed: judgedAs('金属片', 'sheet metal') },
  { forms: ['皮', '封皮', '外皮', '封面', '套', '外套'], contents: { category: 'recyclable', subs: ['paper'] }, item: 'waste-paper', assumed: judgedAs('纸质封皮', 'a paper cover') },
  { forms: ['皮', '果皮', '外皮'], item: 'fruit-peel', assumed: judgedAs('果皮菜皮', 'fruit or vegetable peel') },
  { forms: ['核', '籽', '仁', '种子', '果核'], item: 'fruit-pit', assumed: judgedAs('果核', 'a fruit pit') },
  { forms: ['骨', '骨头'], effect: 'large', item: 'large-bone', assumed: judgedAs('大骨头', 'a big bone') },
  { forms: ['骨', '骨头'], words: ['猪', '牛', '羊', '筒', '腿', '棒'], item: 'large-bone', assumed: judgedAs('大骨头', 'a big bone') },
  { forms: ['骨', '骨头', '刺'], item: 'bone', assumed: judgedAs('小骨头', 'a small bone') },
  { forms: ['渣', '渣子', '残渣', '灰'], words: ['煤', '炉', '炭'], item: 'coal-ash', assumed: judgedAs('煤灰炉渣', 'ash and cinders') },
  { forms: ['渣', '渣子', '残渣', '末', '屑'], contents: { category: 'kitchen' }, item: 'food-scraps', assumed: judgedAs('食物残渣', 'food scraps') },
  { forms: ['花', '花束', '花瓣', '叶', '叶子', '草', '树'], materials: [...PAPER, ...FABRIC, ...PLASTIC, '绢', '假', '仿真'], item: 'artificial-flowers', assumed: judgedAs('仿真花', 'artificial flowers') },
  { forms: ['叶', '叶子', '花', '花瓣', '草', '枝', '树枝', '根', '藤', '苗', '秆', '茎', '花束', '盆栽'], item: 'plants', assumed: judgedAs('花草植物', 'plants') },
  { forms: FOOD_FORMS, item: 'food', assumed: judgedAs('食物', 'food') },
  { forms: MEDICINE_FORMS, item: 'medicine', assumed: judgedAs('药品', 'medicine') },

  // ---- things, by what they are ----
  { forms: ['玩具', '娃娃', '玩偶', '公仔', '模型', '积木', '手办'], item: 'plastic-toy', assumed: judgedAs('玩具', 'a toy') },
  { forms: ['笔'], item: 'pen', assumed: judgedAs('笔', 'a pen') },
  { forms: ['灯'], item: 'lamp-fixture', assumed: judgedAs('灯具', 'a light fitting') },
  { forms: ['机', '器', '仪', '电器', '家电', '设备'], item: 'electronics', assumed: judgedAs('电器', 'an electrical appliance') },
  { forms: ['泥', '土', '沙', '沙子', '石', '石头', '砖', '瓦', '灰'], item: 'garden-soil', assumed: judgedAs('泥土砂石', 'soil and stones') },
  { forms: ['毛', '毛发', '羽毛'], item: 'hair', assumed: judgedAs('毛发', 'hair or feathers') },
  { forms: ['粪', '便便', '屎', '粑粑'], item: 'dog-poop', assumed: judgedAs('动物粪便', 'animal droppings') },

  // ---- the material alone ----
  { forms: [''], materials: GLASS, item: 'glass-item', assumed: judgedAs('玻璃制品', 'a glass item') },
  { forms: [''], materials: CERAMIC, item: 'ceramics', assumed: judgedAs('陶瓷', 'ceramics') },
  { forms: [''], materials: ['硅胶'], item: 'silicone-item', assumed: judgedAs('硅胶制品', 'a silicone item') },
  { forms: [''], materials: ['橡胶'], item: 'rubber-item', assumed: judgedAs('橡胶制品', 'a rubber item') },
  { forms: [''], materials: ['泡沫'], item: 'foam-block', assumed: judgedAs('干净的泡沫塑料', 'clean polystyrene foam') },
  { forms: [''], materials: ['塑料', '亚克力', 'pvc'], item: 'plastic-item', assumed: judgedAs('塑料制品', 'a plastic item') },
  { forms: [''], materials: METAL, item: 'metal-item', assumed: judgedAs('金属制品', 'a metal item') },
  { forms: [''], materials: BAMBOO, item: 'bamboo-item', assumed: judgedAs('竹制品', 'a bamboo item') },
  { forms: [''], materials: WOOD, item: 'wood-item', assumed: judgedAs('木制品', 'a wooden item') },
  { forms: [''], materials: FABRIC, item: 'textiles', assumed: judgedAs('布料', 'fabric') },
]

/** The lexicon the app's search uses (`dictionary.ts`, `npm run kb`). */
export const LOOKUP_LEXICON: Lexicon = {
  // Question phrases and particles people add to a name; longest first.
  trailing: [
    '是干垃圾还是湿垃圾', '是湿垃圾还是干垃圾', '属于什么垃圾', '属于哪类垃圾', '属于哪一类垃圾', '是什么类垃圾', '是哪一类垃圾', '是什么垃圾',
    '是哪类垃圾', '算什么垃圾', '属于哪一类', '是可回收物吗', '是可回收垃圾吗', '是有害垃圾吗', '是湿垃圾吗', '是干垃圾吗', '是厨余垃圾吗',
    '是其他垃圾吗', '应该扔哪里', '该扔哪里', '扔哪个桶', '扔什么桶', '怎么分类', '如何分类', '怎么处理', '怎么扔', '扔哪里', '丢哪里',
    '放哪里', '扔在哪', '是什么', '分类', '垃圾分类', '扔哪', '吗', '呢', '啊', '呀', '吧', '哦', '的', '了', '啦',
  ],
  leading: ['请问一下', '请问', '问一下', '我想扔', '我要扔', '想扔', '要扔', '这种', '这个', '那个', '这些', '那些', '家里的', '家里', '我家的', '我的', '宝宝的', '孩子的', '小孩的', '一些', '一堆'],
  // States people write after the thing (电池没电了).
  trailingStates: [
    { effect: 'neutral', zh: ['坏掉了', '坏了', '坏掉', '没电了', '没电', '用完了', '用完', '不要了', '不用了', '过期了', '过期', '破了', '断了', '烂了', '发霉了', '旧了', '没水了'] },
    { effect: 'small', zh: ['碎了', '碎掉了', '打碎了', '摔碎了'] },
    { effect: 'soiled', zh: ['沾了油', '有油', '脏了', '吃完了', '吃剩下的'] },
    { effect: 'wet', zh: ['湿了', '湿掉了', '淋湿了'] },
    { effect: 'empty', zh: ['空了', '喝完了'] },
  ],
  modifiers: [
    { effect: 'soiled', zh: ['沾油', '沾了油', '沾满油', '沾有油', '有油', '带油', '油污', '油腻', '油乎乎', '油渍', '沾了', '沾有', '沾满', '弄脏', '脏', '被污染', '污损', '吃完的', '吃过的', '吃剩', '没洗', '装过菜', '装过鱼', '装过肉', '装过剩菜', '装过食物', '有残留', '带残渣', '擦过', '擦了', '擦完', '擦鼻涕', '鼻涕', '擦屁股', '擦嘴', '擦手', '擦桌子', '包过', '包着', '粘了', '粘着'], en: ['greasy', 'oily', 'dirty', 'soiled', 'stained', 'mucky'] },
    { effect: 'wet', zh: ['湿的', '湿了的', '湿掉的', '淋湿', '泡过水', '泡水', '打湿', '湿'], en: ['wet', 'soggy', 'damp', 'soaked'] },
    { effect: 'empty', zh: ['空的', '空', '喝完的', '喝光的', '用完的', '用光的', '倒空的', '洗干净的', '洗净的', '冲洗过的', '冲干净的', '干净的'], en: ['empty', 'clean', 'rinsed'] },
    { effect: 'large', zh: ['大块', '大的', '大根', '粗', '大'], en: ['big', 'large', 'huge', 'pork', 'beef', 'lamb'] },
    { effect: 'small', zh: ['小块', '小的', '碎', '小'], en: ['small', 'little', 'tiny'] },
    { effect: 'neutral', zh: ['用过的', '用过', '旧的', '旧', '坏的', '坏掉的', '坏了的', '坏', '破的', '破了的', '破', '过期的', '过期', '废', '废弃的', '废旧', '不要的', '不用的', '没用的', '没电的', '烧坏的', '摔坏的', '打碎的', '摔碎的', '碎了的', '断了的', '烂的', '烂掉的', '发霉的', '腐烂的', '喝剩的', '吃剩的', '剩下的', '剩的', '写完的', '穿破的', '穿旧的', '掉下来的', '剪下来的', '削下来的', '扫出来的'], en: ['used', 'old', 'broken', 'expired', 'dead', 'leftover', 'worn', 'spent'] },
  ],
  // Connectors and other words that are not things (for word boundaries).
  words: [
    '的', '上的', '里的', '里面的', '中的', '外面的', '上面的', '下面的', '装的', '装过的', '装过', '包着', '包着的', '包过', '包过的', '用来装',
    '牌', '牌子', '品牌', '款', '型', '号', '家', '自家', '网购', '外卖', '快递', '超市', '买的', '送的', '喝', '吃', '儿童', '宝宝', '小孩',
    ...PLASTIC, ...GLASS, ...CERAMIC, ...METAL, ...PAPER, ...FABRIC, ...WOOD, ...BAMBOO, '泡沫', '橡胶', '硅胶', '皮革', '真皮', '尼龙',
  ],
  variants: {
    'bone': { large: 'large-bone' },
    'fish-bone': { large: 'large-bone' },
    'clean-takeaway-box': { soiled: 'greasy-takeaway-box' },
    'clean-takeaway-lid': { soiled: 'greasy-takeaway-lid' },
    'plastic-bag-clean': { soiled: 'plastic-bag-greasy' },
    'plastic-cup-clean': { soiled: 'plastic-cup-dirty' },
    'plastic-cup-dirty': { empty: 'plastic-cup-clean' },
    'yogurt-cup-rinsed': { soiled: 'yogurt-cup-with-residue' },
    'yogurt-cup-with-residue': { empty: 'yogurt-cup-rinsed' },
    'pizza-box-clean': { soiled: 'pizza-box-greasy' },
    'pulp-egg-carton': { soiled: 'egg-carton-soiled' },
    'foam-box-clean': { soiled: 'foam-box-seafood' },
    'plastic-box': { soiled: 'soiled-plastic' },
    'pill-bottle-with-pills': { empty: 'empty-plastic-pill-bottle' },
    'syrup-bottle-with-medicine': { empty: 'empty-glass-medicine-bottle' },
    'disinfectant-bottle-with-liquid': { empty: 'disinfectant-bottle-empty' },
    'disinfectant': { empty: 'disinfectant-bottle-empty' },
    'alcohol-bottle-with-alcohol': { empty: 'alcohol-bottle-empty' },
    'cooking-oil-bottle-with-oil': { empty: 'cooking-oil-bottle-empty' },
    'bottle-with-drink-left': { empty: 'pet-drink-bottle' },
    'waste-paper': { soiled: 'greasy-paper', wet: 'greasy-paper' },
    'medicine-blister-with-pills': { empty: 'empty-medicine-blister' },
  },
  classVariants: [
    { effect: 'soiled', category: 'recyclable', subs: ['paper'], item: 'greasy-paper', assumed: judgedAs('沾了油污的纸', 'paper soiled with grease or food') },
    { effect: 'wet', category: 'recyclable', subs: ['paper'], item: 'greasy-paper', assumed: judgedAs('湿了的纸', 'soaked paper') },
  ],
  guesses: GUESSES,
  // Kinds, not things: as the head of a query with unknown words in front, a guess.
  kinds: [
    'battery', 'light-bulb', 'lamp-tube', 'medicine', 'thermometer', 'bone', 'nut-shell', 'hard-shell', 'food', 'plants',
    'plastic-bottle', 'glass-bottle', 'empty-bottle', 'metal-can', 'paper-box', 'plastic-box', 'packaging-bag', 'plastic-bag',
    'disposable-cup', 'plastic-film', 'soft-tube', 'wooden-stick', 'waste-paper', 'plastic-item', 'metal-item', 'glass-item',
    'wood-item', 'bamboo-item', 'ceramics', 'rubber-item', 'silicone-item', 'textiles', 'electronics', 'lamp-fixture',
    'hazardous-packaging', 'medicine-packaging', 'pen', 'disposable-tableware', 'fruit-peel', 'fruit-pit', 'food-scraps',
  ],
}
