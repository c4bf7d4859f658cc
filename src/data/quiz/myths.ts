import type { Question } from '@/domain/quiz'

/** True or false: common beliefs about sorting. Item claims are checked against the knowledge base. */
export const QUESTIONS_MYTHS: readonly Question[] = [
  // ---- easy ----
  {
    id: 'myths-all-paper-recyclable', topic: 'myths', difficulty: 1, form: 'true-false',
    statement: { zh: '所有的纸都是可回收物。', en: 'All paper is recyclable.' },
    answer: false,
    explanation: { zh: '用过的纸巾、卫生纸、沾了油的纸和纸杯都不能回收，要放进其他垃圾。', en: 'Used tissues, toilet paper, greasy paper and paper cups cannot be recycled; they go in residual waste.' },
  },
  {
    id: 'myths-eggshell-kitchen', topic: 'myths', difficulty: 1, form: 'true-false',
    statement: { zh: '鸡蛋壳是厨余垃圾。', en: 'Eggshells are food waste.' },
    answer: true, claim: { itemId: 'eggshell', category: 'kitchen' },
    explanation: { zh: '蛋壳又薄又脆，能腐烂，属于厨余垃圾。', en: 'Eggshells are thin and brittle and break down, so they are food waste.' },
  },
  {
    id: 'myths-medicine-residual', topic: 'myths', difficulty: 1, form: 'true-false',
    statement: { zh: '过期药品可以直接扔进其他垃圾。', en: 'Expired medicine can go straight into residual waste.' },
    answer: false, claim: { itemId: 'expired-medicine', category: 'other' },
    explanation: { zh: '过期药品是有害垃圾，要放进红色桶或送到药店回收箱。', en: 'Expired medicine is hazardous waste: the red bin or a pharmacy drop box.' },
  },
  {
    id: 'myths-old-clothes-recyclable', topic: 'myths', difficulty: 1, form: 'true-false',
    statement: { zh: '旧衣服是可回收物。', en: 'Old clothes are recyclable.' },
    answer: true, claim: { itemId: 'old-clothing', category: 'recyclable' },
    explanation: { zh: '旧衣服是织物，洗干净后放进可回收物或旧衣回收箱。', en: 'Old clothes are textiles: wash them and put them in recyclables or a clothes bank.' },
  },
  {
    id: 'myths-tea-leaves-kitchen', topic: 'myths', difficulty: 1, form: 'true-false',
    statement: { zh: '泡过的茶叶渣是厨余垃圾。', en: 'Used tea leaves are food waste.' },
    answer: true, claim: { itemId: 'tea-leaves', category: 'kitchen' },
    explanation: { zh: '茶叶是植物，能腐烂，沥干水后放进厨余垃圾。', en: 'Tea leaves are plants that rot; drain them and put them in food waste.' },
  },
  {
    id: 'myths-phone-recyclable', topic: 'myths', difficulty: 1, form: 'true-false',
    statement: { zh: '旧手机是可回收物。', en: 'An old mobile phone is recyclable.' },
    answer: true, claim: { itemId: 'mobile-phone', category: 'recyclable' },
    explanation: { zh: '旧手机属于可回收物，里面的铜、金、银等金属交给回收点可以提炼再用。', en: 'Old phones are recyclable: the copper, gold, silver and other metals inside can be recovered.' },
  },
  {
    id: 'myths-cigarette-residual', topic: 'myths', difficulty: 1, form: 'true-false',
    statement: { zh: '熄灭的烟头属于其他垃圾。', en: 'A stubbed-out cigarette butt is residual waste.' },
    answer: true, claim: { itemId: 'cigarette-butt', category: 'other' },
    explanation: { zh: '烟头不能回收也不能堆肥，完全熄灭后放进其他垃圾。', en: 'Cigarette butts can be neither recycled nor composted: put them out fully and into residual waste.' },
  },
  {
    id: 'myths-plastic-toy-recyclable', topic: 'myths', difficulty: 1, form: 'true-false',
    statement: { zh: '干净的塑料玩具是可回收物。', en: 'A clean plastic toy is recyclable.' },
    answer: true, claim: { itemId: 'plastic-toy', category: 'recyclable' },
    explanation: { zh: '干净的塑料玩具属于可回收物；会响会亮的玩具要先取出电池。', en: 'Clean plastic toys are recyclable; take the batteries out of ones that light up or make sounds.' },
  },
  {
    id: 'myths-diaper-recyclable', topic: 'myths', difficulty: 1, form: 'true-false',
    statement: { zh: '用过的纸尿裤是纸做的，所以是可回收物。', en: 'A used nappy is made of paper, so it is recyclable.' },
    answer: false, claim: { itemId: 'diaper', category: 'recyclable' },
    explanation: { zh: '纸尿裤里有吸水材料和塑料，用过又很脏，属于其他垃圾。', en: 'Nappies contain absorbent gel and plastic and are dirty once used, so they are residual waste.' },
  },

  // ---- medium ----
  {
    id: 'myths-big-bone-kitchen', topic: 'myths', difficulty: 2, form: 'true-false',
    statement: { zh: '骨头都是吃剩的食物，所以大骨头也是厨余垃圾。', en: 'Bones are leftover food, so big bones are food waste too.' },
    answer: false, claim: { itemId: 'large-bone', category: 'kitchen' },
    explanation: { zh: '猪、牛的大骨头太硬，很难粉碎堆肥，属于其他垃圾，和又小又脆的鸡骨、鱼骨不一样。', en: 'Big pig and cow bones are too hard to crush and compost, so they are residual waste, unlike small, brittle chicken and fish bones.' },
  },
  {
    id: 'myths-chicken-bone-kitchen', topic: 'myths', difficulty: 2, form: 'true-false',
    statement: { zh: '啃完的鸡骨头是厨余垃圾。', en: 'Chicken bones are food waste.' },
    answer: true, claim: { itemId: 'chicken-bone', category: 'kitchen' },
    explanation: { zh: '鸡骨头小而脆，容易粉碎，属于厨余垃圾。', en: 'Chicken bones are small and brittle and easy to crush, so they are food waste.' },
  },
  {
    id: 'myths-seed-shells-kitchen', topic: 'myths', difficulty: 3, form: 'true-false',
    statement: { zh: '嗑完的瓜子壳是厨余垃圾。', en: 'Sunflower seed shells are food waste.' },
    answer: true, claim: { itemId: 'sunflower-seed-shell', category: 'kitchen' },
    explanation: { zh: '瓜子壳看着干，但它是植物的壳，能腐烂，属于厨余垃圾。', en: 'Seed shells look dry, but they are plant husks that rot, so they are food waste.' },
  },
  {
    id: 'myths-paper-cup-recyclable', topic: 'myths', difficulty: 2, form: 'true-false',
    statement: { zh: '纸杯是纸做的，所以是可回收物。', en: 'Paper cups are made of paper, so they are recyclable.' },
    answer: false, claim: { itemId: 'paper-cup', category: 'recyclable' },
    explanation: { zh: '纸杯内壁有一层防水塑料膜，很难回收，属于其他垃圾。', en: 'Paper cups have a plastic waterproof lining that makes them hard to recycle, so they are residual waste.' },
  },
  {
    id: 'myths-milk-carton-recyclable', topic: 'myths', difficulty: 3, form: 'true-false',
    statement: { zh: '喝完的牛奶盒冲洗压扁后是可回收物。', en: 'A milk carton, rinsed and flattened, is recyclable.' },
    answer: true, claim: { itemId: 'milk-carton', category: 'recyclable' },
    explanation: { zh: '牛奶盒虽然夹着铝和塑料，但有专门的回收渠道，所以是可回收物。', en: 'Cartons have foil and plastic layers but a special recycling route, so they are recyclable.' },
  },
  {
    id: 'myths-broken-glass-recyclable', topic: 'myths', difficulty: 2, form: 'true-false',
    statement: { zh: '玻璃瓶碎了，包好后仍然可以放进可回收物。', en: 'A broken glass bottle, wrapped up, can still go in recyclables.' },
    answer: true, claim: { itemId: 'broken-glass-bottle', category: 'recyclable' },
    explanation: { zh: '碎玻璃一样能熔化再造，属于可回收物；用纸包好、写上“碎玻璃”再投放。', en: 'Broken glass melts down just the same, so it is recyclable; wrap it in paper and mark it “broken glass”.' },
  },
  {
    id: 'myths-ceramic-recyclable', topic: 'myths', difficulty: 2, form: 'true-false',
    statement: { zh: '陶瓷碗和玻璃一样，是可回收物。', en: 'A china bowl is recyclable, just like glass.' },
    answer: false, claim: { itemId: 'ceramic-bowl', category: 'recyclable' },
    explanation: { zh: '陶瓷不能像玻璃那样熔化再造，属于其他垃圾。', en: 'China cannot be melted down like glass, so it is residual waste.' },
  },
  {
    id: 'myths-sorting-pointless', topic: 'myths', difficulty: 2, form: 'true-false',
    statement: { zh: '分好类的垃圾最后还是被混在一起运走，分了也白分。', en: 'Sorted rubbish all gets mixed together in the truck anyway, so sorting is pointless.' },
    answer: false,
    explanation: { zh: '垃圾分类要求分类收集、分类运输，四类垃圾由不同的车或车厢运到不同的地方处理。', en: 'Sorted waste is collected and transported separately: each kind goes by its own truck or compartment to its own plant.' },
  },
  {
    id: 'myths-durian-husk-kitchen', topic: 'myths', difficulty: 2, form: 'true-false',
    statement: { zh: '榴莲壳是水果的一部分，所以是厨余垃圾。', en: 'Durian husk is part of a fruit, so it is food waste.' },
    answer: false, claim: { itemId: 'durian-husk', category: 'kitchen' },
    explanation: { zh: '榴莲壳又硬又扎，很难腐烂，属于其他垃圾；容易腐烂的只有里面的果肉。', en: 'Durian husk is hard and spiky and hardly rots, so it is residual waste; only the flesh inside rots quickly.' },
  },
  {
    id: 'myths-hair-kitchen', topic: 'myths', difficulty: 1, form: 'true-false',
    statement: { zh: '剪下来的头发是厨余垃圾。', en: 'Cut hair is food waste.' },
    answer: false, claim: { itemId: 'hair', category: 'kitchen' },
    explanation: { zh: '头发很难腐烂，不能堆肥，属于其他垃圾。', en: 'Hair hardly rots and cannot be composted, so it is residual waste.' },
  },
  {
    id: 'myths-seashell-kitchen', topic: 'myths', difficulty: 2, form: 'true-false',
    statement: { zh: '吃海鲜剩下的贝壳是厨余垃圾。', en: 'Seashells left over from a seafood meal are food waste.' },
    answer: false, claim: { itemId: 'seashell', category: 'kitchen' },
    explanation: { zh: '贝壳很硬，不会腐烂，属于其他垃圾，和又薄又软的虾壳不一样。', en: 'Seashells are hard and do not rot, so they are residual waste, unlike thin, soft shrimp shells.' },
  },
  {
    id: 'myths-shrimp-shell-kitchen', topic: 'myths', difficulty: 2, form: 'true-false',
    statement: { zh: '剥下来的虾壳是厨余垃圾。', en: 'Peeled-off shrimp shells are food waste.' },
    answer: true, claim: { itemId: 'shrimp-shell', category: 'kitchen' },
    explanation: { zh: '虾壳又薄又软，容易腐烂，属于厨余垃圾。', en: 'Shrimp shells are thin and soft and rot easily, so they are food waste.' },
  },
  {
    id: 'myths-wet-wipes-recyclable', topic: 'myths', difficulty: 2, form: 'true-false',
    statement: { zh: '湿巾和纸巾差不多，可以放进可回收物。', en: 'Wet wipes are much like tissues, so they can go in recyclables.' },
    answer: false, claim: { itemId: 'wet-wipes', category: 'recyclable' },
    explanation: { zh: '湿巾里有塑料纤维，不能回收，也不能冲马桶，要放进其他垃圾。', en: 'Wet wipes contain plastic fibres: they cannot be recycled or flushed, and go in residual waste.' },
  },
  {
    id: 'myths-cut-flowers-kitchen', topic: 'myths', difficulty: 2, form: 'true-false',
    statement: { zh: '枯萎的鲜花属于厨余垃圾。', en: 'Wilted cut flowers are food waste.' },
    answer: true, claim: { itemId: 'cut-flowers', category: 'kitchen' },
    explanation: { zh: '鲜花是植物，能腐烂堆肥，属于厨余垃圾；包装纸和丝带要拿掉。', en: 'Flowers are plants that rot and compost, so they are food waste; remove the wrapping and ribbon.' },
  },
  {
    id: 'myths-greasy-box-recyclable', topic: 'myths', difficulty: 2, form: 'true-false',
    statement: { zh: '塑料外卖盒是塑料，所以沾满油也能回收。', en: 'A takeaway box is plastic, so it can be recycled even when it is greasy.' },
    answer: false, claim: { itemId: 'greasy-takeaway-box', category: 'recyclable' },
    explanation: { zh: '沾满油的餐盒是其他垃圾；冲洗干净、晾干的硬塑料盒才能回收。', en: 'A greasy box is residual waste; only a hard plastic box rinsed clean and dried can be recycled.' },
  },
  {
    id: 'myths-rinsed-yogurt-cup', topic: 'myths', difficulty: 2, form: 'true-false',
    statement: { zh: '用水冲干净的塑料酸奶杯是可回收物。', en: 'A plastic yogurt cup rinsed clean is recyclable.' },
    answer: true, claim: { itemId: 'yogurt-cup-rinsed', category: 'recyclable' },
    explanation: { zh: '冲干净的塑料杯属于可回收物；还沾着酸奶的杯子就回收不了了。', en: 'A rinsed plastic cup is recyclable; one with yogurt still in it cannot be recycled.' },
  },
  {
    id: 'myths-chopsticks-kitchen', topic: 'myths', difficulty: 2, form: 'true-false',
    statement: { zh: '一次性筷子是木头做的，会腐烂，所以是厨余垃圾。', en: 'Disposable chopsticks are wood and rot, so they are food waste.' },
    answer: false, claim: { itemId: 'disposable-chopsticks', category: 'kitchen' },
    explanation: { zh: '一次性筷子不是食物，用过又沾了油，不能回收，属于其他垃圾。', en: 'Disposable chopsticks are not food, and used ones are greasy and cannot be recycled, so they are residual waste.' },
  },
  {
    id: 'myths-hazardous-tiny', topic: 'myths', difficulty: 2, form: 'true-false',
    statement: { zh: '有害垃圾量很少，混进其他垃圾也没关系。', en: 'There is so little hazardous waste that mixing it into residual waste does not matter.' },
    answer: false,
    explanation: { zh: '一点点汞或电池液也会污染土壤和水，锂电池在垃圾车里被挤压还可能起火。', en: 'Even a little mercury or battery fluid pollutes soil and water, and lithium batteries crushed in a truck can catch fire.' },
  },

  // ---- tricky ----
  {
    id: 'myths-walnut-shell-kitchen', topic: 'myths', difficulty: 3, form: 'true-false',
    statement: { zh: '花生壳是厨余垃圾，所以核桃壳也是厨余垃圾。', en: 'Peanut shells are food waste, so walnut shells are too.' },
    answer: false, claim: { itemId: 'walnut-shell', category: 'kitchen' },
    explanation: { zh: '核桃壳又厚又硬，很难腐烂，属于其他垃圾，和软软的花生壳不一样。', en: 'Walnut shells are thick and hard and hardly rot, so they are residual waste, unlike soft peanut shells.' },
  },
  {
    id: 'myths-corn-cob-kitchen', topic: 'myths', difficulty: 3, form: 'true-false',
    statement: { zh: '玉米是食物，所以剥下来的玉米皮也是厨余垃圾。', en: 'Corn is food, so the husk peeled off a cob is food waste too.' },
    answer: false, claim: { itemId: 'corn-husk', category: 'kitchen' },
    explanation: { zh: '玉米皮纤维很韧，很难腐烂，还会缠住处理设备，属于其他垃圾。', en: 'Corn husks are tough and stringy, hardly rot and tangle the machines, so they are residual waste.' },
  },
  {
    id: 'myths-herbal-dregs-hazardous', topic: 'myths', difficulty: 3, form: 'true-false',
    statement: { zh: '熬完的中药渣是药，所以是有害垃圾。', en: 'Boiled Chinese herbal dregs are medicine, so they are hazardous waste.' },
    answer: false, claim: { itemId: 'herbal-medicine-dregs', category: 'hazardous' },
    explanation: { zh: '中药渣是植物残渣，能腐烂，属于厨余垃圾；要单独收集的是过期的中成药和药丸。', en: 'Herbal dregs are plant scraps that rot, so they are food waste; it is expired patent medicines and pills that need separate collection.' },
  },
  {
    id: 'myths-filament-bulb-hazardous', topic: 'myths', difficulty: 3, form: 'true-false',
    statement: { zh: '所有灯泡都含汞，都是有害垃圾。', en: 'All light bulbs contain mercury and are hazardous waste.' },
    answer: false, claim: { itemId: 'incandescent-bulb', category: 'hazardous' },
    explanation: { zh: '老式白炽灯泡不含汞，用纸包好放进其他垃圾；含汞的是荧光灯管和节能灯。', en: 'Old filament bulbs contain no mercury: wrap them for residual waste. It is fluorescent tubes and energy-saving bulbs that contain mercury.' },
  },
  {
    id: 'myths-toothpaste-tube-recyclable', topic: 'myths', difficulty: 3, form: 'true-false',
    statement: { zh: '牙膏挤完了，牙膏管是可回收物。', en: 'An empty toothpaste tube is recyclable.' },
    answer: false, claim: { itemId: 'toothpaste-tube', category: 'recyclable' },
    explanation: { zh: '牙膏管多是铝和塑料粘在一起的，又挤不干净，属于其他垃圾；外面的纸盒可以回收。', en: 'Toothpaste tubes are mostly foil and plastic stuck together and never fully empty, so they are residual waste; the paper box can be recycled.' },
  },
  {
    id: 'myths-crayfish-shell-kitchen', topic: 'myths', difficulty: 3, form: 'true-false',
    statement: { zh: '小龙虾的壳是硬的，所以要放进其他垃圾。', en: 'Crayfish shells are hard, so they go in residual waste.' },
    answer: false, claim: { itemId: 'crayfish-shell', category: 'other' },
    explanation: { zh: '小龙虾壳和虾壳一样容易腐烂，属于厨余垃圾；吃完先把一次性手套挑出来另扔。', en: 'Crayfish shells rot like shrimp shells, so they are food waste; pick out the disposable gloves first.' },
  },
]
