import type { Question } from '@/domain/quiz'

/**
 * Everyday items: "which bin?", "which one does not belong?" and "which of these is …?".
 * The answers come from the knowledge base; none of these items is overridden by a city rule set.
 */
export const QUESTIONS_ITEMS: readonly Question[] = [
  // ---- which bin: easy, picture-friendly ----
  {
    id: 'items-bin-banana-peel', topic: 'items', difficulty: 1, form: 'which-bin', itemId: 'banana-peel',
    explanation: { zh: '香蕉皮是容易腐烂的果皮，放进厨余垃圾。', en: 'Banana peel rots easily, so it is food waste.' },
  },
  {
    id: 'items-bin-water-bottle', topic: 'items', difficulty: 1, form: 'which-bin', itemId: 'pet-water-bottle',
    explanation: { zh: '塑料瓶是可回收物，先把水倒干净，再踩扁投放。', en: 'A plastic bottle is recyclable: pour out the water and squash it first.' },
  },
  {
    id: 'items-bin-drink-can', topic: 'items', difficulty: 1, form: 'which-bin', itemId: 'aluminium-drink-can',
    explanation: { zh: '易拉罐是金属，属于可回收物，熔化后能做成新的罐子。', en: 'A drink can is metal and recyclable; melted down, it becomes a new can.' },
  },
  {
    id: 'items-bin-newspaper', topic: 'items', difficulty: 1, form: 'which-bin', itemId: 'newspaper',
    explanation: { zh: '干净干燥的旧报纸是可回收物，能再造成新纸。', en: 'Clean, dry newspaper is recyclable and becomes new paper.' },
  },
  {
    id: 'items-bin-old-clothing', topic: 'items', difficulty: 1, form: 'which-bin', itemId: 'old-clothing',
    explanation: { zh: '旧衣服是织物，属于可回收物；还能穿的可以捐给需要的人。', en: 'Old clothes are textiles and recyclable; ones still good to wear can be donated.' },
  },
  {
    id: 'items-bin-leftover-rice', topic: 'items', difficulty: 1, form: 'which-bin', itemId: 'leftover-rice',
    explanation: { zh: '吃剩的米饭会腐烂，是厨余垃圾；不过最好吃多少盛多少。', en: 'Leftover rice rots, so it is food waste; better still, only take as much as you can eat.' },
  },
  {
    id: 'items-bin-fish-bone', topic: 'items', difficulty: 1, form: 'which-bin', itemId: 'fish-bone',
    explanation: { zh: '鱼刺又细又软，容易粉碎，属于厨余垃圾。', en: 'Fish bones are thin and soft and easy to break down, so they are food waste.' },
  },
  {
    id: 'items-bin-disposable-mask', topic: 'items', difficulty: 1, form: 'which-bin', itemId: 'disposable-mask',
    explanation: { zh: '用过的口罩可能沾着病菌，折好装袋放进其他垃圾。', en: 'A used mask may carry germs: fold it, bag it and put it in residual waste.' },
  },
  {
    id: 'items-bin-diaper', topic: 'items', difficulty: 1, form: 'which-bin', itemId: 'diaper',
    explanation: { zh: '用过的纸尿裤又脏又不能回收，卷好放进其他垃圾。', en: 'A used nappy is dirty and cannot be recycled: roll it up for residual waste.' },
  },
  {
    id: 'items-bin-cardboard-box', topic: 'items', difficulty: 1, form: 'which-bin', itemId: 'cardboard-box',
    explanation: { zh: '纸箱是可回收物，撕掉胶带、压平后再投放。', en: 'A cardboard box is recyclable: peel off the tape and flatten it first.' },
  },
  {
    id: 'items-bin-textbook', topic: 'items', difficulty: 1, form: 'which-bin', itemId: 'textbook',
    explanation: { zh: '旧课本是可回收物，也可以送给低年级的同学接着用。', en: 'Old textbooks are recyclable, or pass them on to younger pupils.' },
  },
  {
    id: 'items-bin-plush-toy', topic: 'items', difficulty: 1, form: 'which-bin', itemId: 'plush-toy',
    explanation: { zh: '干净的毛绒玩具是织物，属于可回收物，也可以捐出去。', en: 'A clean stuffed toy is a textile: recyclable, or give it away.' },
  },
  {
    id: 'items-bin-cigarette-butt', topic: 'items', difficulty: 1, form: 'which-bin', itemId: 'cigarette-butt',
    explanation: { zh: '烟头要完全熄灭，再放进其他垃圾，不能随地乱扔。', en: 'Make sure a cigarette butt is fully out, then put it in residual waste, never on the ground.' },
  },
  {
    id: 'items-bin-watermelon-rind', topic: 'items', difficulty: 1, form: 'which-bin', itemId: 'watermelon-rind',
    explanation: { zh: '西瓜皮水分多、容易腐烂，属于厨余垃圾，沥干水再扔。', en: 'Watermelon rind is watery and rots easily: drain it and put it in food waste.' },
  },

  // ---- which bin: people often get these wrong ----
  {
    id: 'items-bin-used-tissue', topic: 'items', difficulty: 1, form: 'which-bin', itemId: 'used-tissue',
    explanation: { zh: '纸巾遇水就烂，用过又脏了，不能再造纸，属于其他垃圾。', en: 'Tissues fall apart when wet and used ones are dirty, so they cannot become new paper: residual waste.' },
  },
  {
    id: 'items-bin-eggshell', topic: 'items', difficulty: 1, form: 'which-bin', itemId: 'eggshell',
    explanation: { zh: '蛋壳虽然硬，但又薄又脆、能腐烂，属于厨余垃圾。', en: 'Eggshells feel hard but are thin and brittle and break down, so they are food waste.' },
  },
  {
    id: 'items-bin-chicken-bone', topic: 'items', difficulty: 2, form: 'which-bin', itemId: 'chicken-bone',
    explanation: { zh: '鸡骨头小而脆，容易粉碎堆肥，属于厨余垃圾。', en: 'Chicken bones are small and brittle and easy to compost, so they are food waste.' },
  },
  {
    id: 'items-bin-large-bone', topic: 'items', difficulty: 2, form: 'which-bin', itemId: 'large-bone',
    explanation: { zh: '猪、牛的大骨头太硬，机器很难粉碎，属于其他垃圾。', en: 'Big pig and cow bones are too hard for the machines to crush, so they are residual waste.' },
  },
  {
    id: 'items-bin-milk-tea-cup', topic: 'items', difficulty: 2, form: 'which-bin', itemId: 'milk-tea-cup',
    explanation: { zh: '喝完的奶茶杯沾着奶渍，回收不了，属于其他垃圾；扔之前先把剩下的奶茶和珍珠倒掉。', en: 'A used bubble tea cup is stained and cannot be recycled, so it is residual waste; empty out any tea and pearls first.' },
  },
  {
    id: 'items-bin-paper-cup', topic: 'items', difficulty: 2, form: 'which-bin', itemId: 'paper-cup',
    explanation: { zh: '纸杯里面有一层防水塑料膜，很难回收，属于其他垃圾。', en: 'A paper cup has a plastic lining inside that makes it hard to recycle, so it is residual waste.' },
  },
  {
    id: 'items-bin-milk-carton', topic: 'items', difficulty: 2, form: 'which-bin', itemId: 'milk-carton',
    explanation: { zh: '牛奶盒有专门的回收渠道，冲洗、压扁后放进可回收物。', en: 'Milk cartons have their own recycling route: rinse, flatten and put them in recyclables.' },
  },
  {
    id: 'items-bin-sunflower-seed-shell', topic: 'items', difficulty: 3, form: 'which-bin', itemId: 'sunflower-seed-shell',
    explanation: { zh: '瓜子壳又轻又干，但它是植物的壳，能腐烂，属于厨余垃圾。', en: 'Sunflower seed shells are light and dry, but they are plant husks that rot, so they are food waste.' },
  },
  {
    id: 'items-bin-peanut-shell', topic: 'items', difficulty: 2, form: 'which-bin', itemId: 'peanut-shell',
    explanation: { zh: '花生壳软，一捏就碎，属于厨余垃圾。', en: 'Peanut shells are soft and crush easily, so they are food waste.' },
  },
  {
    id: 'items-bin-durian-husk', topic: 'items', difficulty: 2, form: 'which-bin', itemId: 'durian-husk',
    explanation: { zh: '榴莲壳又硬又扎，很难腐烂，属于其他垃圾。', en: 'Durian husk is hard and spiky and hardly rots, so it is residual waste.' },
  },
  {
    id: 'items-bin-coconut-shell', topic: 'items', difficulty: 2, form: 'which-bin', itemId: 'coconut-shell',
    explanation: { zh: '椰子壳又厚又硬，很难腐烂，也很难粉碎，属于其他垃圾。', en: 'Coconut shell is thick and hard, hardly rots and is hard to crush, so it is residual waste.' },
  },
  {
    id: 'items-bin-tea-leaves', topic: 'items', difficulty: 2, form: 'which-bin', itemId: 'tea-leaves',
    explanation: { zh: '泡过的茶叶是植物，能腐烂，沥干后放进厨余垃圾。', en: 'Used tea leaves are plant matter and rot: drain them and put them in food waste.' },
  },
  {
    id: 'items-bin-seashell', topic: 'items', difficulty: 2, form: 'which-bin', itemId: 'seashell',
    explanation: { zh: '贝壳很硬，不会腐烂，也不能回收，属于其他垃圾。', en: 'Seashells are hard, do not rot and cannot be recycled, so they are residual waste.' },
  },
  {
    id: 'items-bin-shrimp-shell', topic: 'items', difficulty: 2, form: 'which-bin', itemId: 'shrimp-shell',
    explanation: { zh: '虾壳又薄又软，容易腐烂，属于厨余垃圾。', en: 'Shrimp shells are thin and soft and rot easily, so they are food waste.' },
  },
  {
    id: 'items-bin-ceramic-bowl', topic: 'items', difficulty: 2, form: 'which-bin', itemId: 'broken-ceramic-bowl',
    explanation: { zh: '陶瓷不能像玻璃那样熔化再造，碎碗包好后放进其他垃圾。', en: 'China cannot be melted down like glass: wrap the broken bowl and put it in residual waste.' },
  },
  {
    id: 'items-bin-glass-cup', topic: 'items', difficulty: 1, form: 'which-bin', itemId: 'glass-cup',
    explanation: { zh: '玻璃杯能熔化再造，属于可回收物；别和长得像的陶瓷杯弄混了。', en: 'A glass cup can be melted down and remade, so it is recyclable; do not mix it up with a china mug that looks similar.' },
  },
  {
    id: 'items-bin-greasy-pizza-box', topic: 'items', difficulty: 2, form: 'which-bin', itemId: 'pizza-box-greasy',
    explanation: { zh: '浸了油的纸板不能再造纸，沾油的披萨盒属于其他垃圾。', en: 'Cardboard soaked with grease cannot be made into paper, so a greasy pizza box is residual waste.' },
  },
  {
    id: 'items-bin-greasy-takeaway-box', topic: 'items', difficulty: 2, form: 'which-bin', itemId: 'greasy-takeaway-box',
    explanation: { zh: '沾满油的外卖餐盒洗不干净，不能回收，属于其他垃圾；扔之前先把剩菜倒掉。', en: 'A greasy takeaway box cannot be washed clean enough to recycle, so it is residual waste; empty out the leftovers first.' },
  },
  {
    id: 'items-bin-clean-takeaway-box', topic: 'items', difficulty: 2, form: 'which-bin', itemId: 'clean-takeaway-box',
    explanation: { zh: '冲掉油污、晾干的硬塑料外卖盒属于可回收物。', en: 'A hard plastic takeaway box rinsed clean and dried is recyclable.' },
  },
  {
    id: 'items-bin-disposable-chopsticks', topic: 'items', difficulty: 2, form: 'which-bin', itemId: 'disposable-chopsticks',
    explanation: { zh: '一次性筷子虽然是木头做的，但用过沾了油，不能回收，属于其他垃圾。', en: 'Disposable chopsticks are wood, but used ones are greasy and not recyclable: residual waste.' },
  },
  {
    id: 'items-bin-mobile-phone', topic: 'items', difficulty: 1, form: 'which-bin', itemId: 'mobile-phone',
    explanation: { zh: '旧手机是电子产品，属于可回收物，里面的金属能提炼再用；先清除个人信息。', en: 'An old phone is electronics and recyclable, and its metals can be recovered; wipe your data first.' },
  },
  {
    id: 'items-bin-phone-charger', topic: 'items', difficulty: 1, form: 'which-bin', itemId: 'phone-charger',
    explanation: { zh: '充电器是小电器，里面有铜和电路板，属于可回收物。', en: 'A charger is a small electrical item with copper and a circuit board inside, so it is recyclable.' },
  },
  {
    id: 'items-bin-hair-dryer', topic: 'items', difficulty: 2, form: 'which-bin', itemId: 'hair-dryer',
    explanation: { zh: '坏了的吹风机是小家电，属于可回收物，也可以送到电器回收点。', en: 'A broken hair dryer is a small appliance: recyclable, or take it to an appliance drop-off.' },
  },
  {
    id: 'items-bin-chewing-gum', topic: 'items', difficulty: 2, form: 'which-bin', itemId: 'chewing-gum',
    explanation: { zh: '口香糖的胶基不会腐烂，用纸包好放进其他垃圾。', en: 'Gum base never rots: wrap chewed gum in paper and put it in residual waste.' },
  },
  {
    id: 'items-bin-cut-flowers', topic: 'items', difficulty: 2, form: 'which-bin', itemId: 'cut-flowers',
    explanation: { zh: '枯萎的鲜花是植物，能腐烂，属于厨余垃圾；包花的纸和丝带要拿掉。', en: 'Wilted cut flowers are plants that rot, so they are food waste; take off the wrapping and ribbon.' },
  },
  {
    id: 'items-bin-cat-litter', topic: 'items', difficulty: 2, form: 'which-bin', itemId: 'cat-litter',
    explanation: { zh: '用过的猫砂装袋扎紧，放进其他垃圾，不要冲马桶。', en: 'Bag used cat litter tightly for residual waste; do not flush it.' },
  },
  {
    id: 'items-bin-iron-wok', topic: 'items', difficulty: 1, form: 'which-bin', itemId: 'iron-wok',
    explanation: { zh: '铁锅是金属，擦掉油污后属于可回收物。', en: 'An iron wok is metal: wipe off the grease and it is recyclable.' },
  },
  {
    id: 'items-bin-moldy-bread', topic: 'items', difficulty: 1, form: 'which-bin', itemId: 'moldy-bread',
    explanation: { zh: '发霉的面包也是厨余垃圾，把它从包装袋里倒出来再扔。', en: 'Mouldy bread is still food waste: shake it out of its bag first.' },
  },
  {
    id: 'items-bin-hair', topic: 'items', difficulty: 2, form: 'which-bin', itemId: 'hair',
    explanation: { zh: '头发很难腐烂，不能堆肥，属于其他垃圾。', en: 'Hair hardly rots and cannot be composted, so it is residual waste.' },
  },
  {
    id: 'items-bin-walnut-shell', topic: 'items', difficulty: 3, form: 'which-bin', itemId: 'walnut-shell',
    explanation: { zh: '核桃壳又厚又硬，很难腐烂和粉碎，属于其他垃圾，和一捏就碎的花生壳不一样。', en: 'Walnut shells are thick and hard and hardly rot or crush, so they are residual waste, unlike soft peanut shells.' },
  },
  {
    id: 'items-bin-corn-cob', topic: 'items', difficulty: 3, form: 'which-bin', itemId: 'corn-cob',
    explanation: { zh: '啃完的玉米芯是植物，会慢慢腐烂，属于厨余垃圾。', en: 'A gnawed corn cob is plant matter that rots, so it is food waste.' },
  },
  {
    id: 'items-bin-herbal-dregs', topic: 'items', difficulty: 3, form: 'which-bin', itemId: 'herbal-medicine-dregs',
    explanation: { zh: '熬完的中药渣是植物残渣，能腐烂，属于厨余垃圾；别和过期的药丸、药片弄混了。', en: 'Boiled herbal dregs are plant scraps that rot, so they are food waste; do not confuse them with expired pills and tablets.' },
  },
  {
    id: 'items-bin-toothpaste-tube', topic: 'items', difficulty: 3, form: 'which-bin', itemId: 'toothpaste-tube',
    explanation: { zh: '牙膏管多是铝和塑料粘在一起的软管，又挤不干净，属于其他垃圾；牙膏纸盒可以回收。', en: 'Toothpaste tubes are usually foil and plastic stuck together and never fully empty, so they are residual waste; the paper box can be recycled.' },
  },
  {
    id: 'items-bin-photo', topic: 'items', difficulty: 3, form: 'which-bin', itemId: 'photo',
    explanation: { zh: '照片的相纸有涂层，不能回收，属于其他垃圾。', en: 'Photo paper has a coating and cannot be recycled, so prints are residual waste.' },
  },

  // ---- which one does not belong? ----
  {
    id: 'items-odd-fruit-and-bottle', topic: 'items', difficulty: 1, form: 'odd-one-out',
    itemIds: ['banana-peel', 'apple-core', 'watermelon-rind', 'pet-water-bottle'],
    explanation: { zh: '果皮和果核都是厨余垃圾，塑料瓶是可回收物。', en: 'Peel and cores are food waste; the plastic bottle is recyclable.' },
  },
  {
    id: 'items-odd-metal-and-apple', topic: 'items', difficulty: 1, form: 'odd-one-out',
    itemIds: ['aluminium-drink-can', 'iron-wok', 'canned-food-tin', 'apple-core'],
    explanation: { zh: '易拉罐、铁锅和罐头盒都是金属，属于可回收物；苹果核是厨余垃圾。', en: 'The can, wok and tin are metal and recyclable; the apple core is food waste.' },
  },
  {
    id: 'items-odd-textiles-and-peel', topic: 'items', difficulty: 1, form: 'odd-one-out',
    itemIds: ['old-clothing', 'sneakers', 'plush-toy', 'banana-peel'],
    explanation: { zh: '旧衣服、运动鞋和毛绒玩具都是织物，属于可回收物；香蕉皮是厨余垃圾。', en: 'Clothes, trainers and stuffed toys are textiles and recyclable; banana peel is food waste.' },
  },
  {
    id: 'items-odd-battery-in-residual', topic: 'items', difficulty: 1, form: 'odd-one-out',
    itemIds: ['disposable-mask', 'diaper', 'cigarette-butt', 'button-cell-battery'],
    explanation: { zh: '口罩、纸尿裤和烟头是其他垃圾，纽扣电池是有害垃圾。', en: 'The mask, nappy and cigarette butt are residual waste; the button cell is hazardous.' },
  },
  {
    id: 'items-odd-leftovers-and-wrap', topic: 'items', difficulty: 1, form: 'odd-one-out',
    itemIds: ['leftover-rice', 'noodles', 'bread', 'cling-film'],
    explanation: { zh: '米饭、面条和面包都是厨余垃圾，保鲜膜是其他垃圾。', en: 'Rice, noodles and bread are food waste; cling film is residual waste.' },
  },
  {
    id: 'items-odd-paper-and-tissue', topic: 'items', difficulty: 2, form: 'odd-one-out',
    itemIds: ['newspaper', 'cardboard-box', 'textbook', 'used-tissue'],
    explanation: { zh: '报纸、纸箱和课本是可回收物，用过的纸巾是其他垃圾。', en: 'Newspaper, cardboard and textbooks are recyclable; a used tissue is residual waste.' },
  },
  {
    id: 'items-odd-small-and-big-bones', topic: 'items', difficulty: 2, form: 'odd-one-out',
    itemIds: ['chicken-bone', 'fish-bone', 'duck-bone', 'large-bone'],
    explanation: { zh: '鸡骨、鱼骨和鸭骨是小骨头，属于厨余垃圾；大骨头太硬，是其他垃圾。', en: 'Chicken, fish and duck bones are small bones and food waste; the big bone is too hard and is residual waste.' },
  },
  {
    id: 'items-odd-glass-and-china', topic: 'items', difficulty: 2, form: 'odd-one-out',
    itemIds: ['glass-jam-jar', 'beer-glass-bottle', 'glass-cup', 'ceramic-bowl'],
    explanation: { zh: '玻璃瓶和玻璃杯是可回收物，陶瓷碗不能和玻璃一起熔化，是其他垃圾。', en: 'Glass jars, bottles and cups are recyclable; a china bowl cannot be melted with glass and is residual waste.' },
  },
  {
    id: 'items-odd-cups-and-bottle', topic: 'items', difficulty: 2, form: 'odd-one-out',
    itemIds: ['paper-cup', 'milk-tea-cup', 'disposable-chopsticks', 'pet-drink-bottle'],
    explanation: { zh: '纸杯、奶茶杯和一次性筷子是其他垃圾，塑料饮料瓶是可回收物。', en: 'The paper cup, bubble tea cup and chopsticks are residual waste; the plastic drink bottle is recyclable.' },
  },
  {
    id: 'items-odd-electronics-and-tube', topic: 'items', difficulty: 2, form: 'odd-one-out',
    itemIds: ['mobile-phone', 'phone-charger', 'charging-cable', 'fluorescent-tube'],
    explanation: { zh: '手机、充电器和数据线是可回收物，荧光灯管含汞，是有害垃圾。', en: 'The phone, charger and cable are recyclable; the fluorescent tube contains mercury and is hazardous.' },
  },
  {
    id: 'items-odd-clean-and-greasy', topic: 'items', difficulty: 2, form: 'odd-one-out',
    itemIds: ['clean-takeaway-box', 'pet-drink-bottle', 'aluminium-drink-can', 'greasy-takeaway-box'],
    explanation: { zh: '洗净的外卖盒、饮料瓶和易拉罐是可回收物，沾满油的餐盒是其他垃圾。', en: 'The rinsed box, bottle and can are recyclable; the greasy takeaway box is residual waste.' },
  },
  {
    id: 'items-odd-paper-scraps', topic: 'items', difficulty: 2, form: 'odd-one-out',
    itemIds: ['greasy-newspaper', 'used-tissue', 'toilet-paper', 'magazine'],
    explanation: { zh: '沾油的报纸、纸巾和卫生纸是其他垃圾，干净的杂志是可回收物。', en: 'Greasy newspaper, tissues and toilet paper are residual waste; a clean magazine is recyclable.' },
  },
  {
    id: 'items-odd-drinks-and-butt', topic: 'items', difficulty: 2, form: 'odd-one-out',
    itemIds: ['tea-leaves', 'coffee-grounds', 'herbal-medicine-dregs', 'cigarette-butt'],
    explanation: { zh: '茶叶渣、咖啡渣和中药渣都是厨余垃圾，烟头是其他垃圾。', en: 'Tea leaves, coffee grounds and herbal dregs are food waste; the cigarette butt is residual waste.' },
  },
  {
    id: 'items-odd-kitchen-and-wrap', topic: 'items', difficulty: 2, form: 'odd-one-out',
    itemIds: ['vegetable-leaves', 'orange-peel', 'leftover-dish', 'plastic-straw'],
    explanation: { zh: '菜叶、橙子皮和剩菜是厨余垃圾，塑料吸管是其他垃圾。', en: 'Vegetable leaves, orange peel and leftovers are food waste; a plastic straw is residual waste.' },
  },
  {
    id: 'items-odd-nut-shells', topic: 'items', difficulty: 3, form: 'odd-one-out',
    itemIds: ['sunflower-seed-shell', 'peanut-shell', 'eggshell', 'walnut-shell'],
    explanation: { zh: '瓜子壳、花生壳和蛋壳都能腐烂，是厨余垃圾；核桃壳又厚又硬，是其他垃圾。', en: 'Seed, peanut and egg shells break down and are food waste; thick, hard walnut shell is residual waste.' },
  },
  {
    id: 'items-odd-seafood-shells', topic: 'items', difficulty: 3, form: 'odd-one-out',
    itemIds: ['shrimp-shell', 'crayfish-shell', 'fish-bone', 'clam-shell'],
    explanation: { zh: '虾壳、小龙虾壳和鱼刺是厨余垃圾，蛤蜊壳又硬又不会腐烂，是其他垃圾。', en: 'Shrimp and crayfish shells and fish bones are food waste; the hard clam shell does not rot and is residual waste.' },
  },
  {
    id: 'items-odd-hard-fruit-parts', topic: 'items', difficulty: 3, form: 'odd-one-out',
    itemIds: ['coconut-shell', 'durian-husk', 'walnut-shell', 'watermelon-rind'],
    explanation: { zh: '椰子壳、榴莲壳和核桃壳太硬，是其他垃圾；西瓜皮软，容易腐烂，是厨余垃圾。', en: 'Coconut shell, durian husk and walnut shell are too hard and are residual waste; soft watermelon rind is food waste.' },
  },
  {
    id: 'items-odd-pizza-boxes', topic: 'items', difficulty: 3, form: 'odd-one-out',
    itemIds: ['pizza-box-greasy', 'used-tissue', 'wet-wipes', 'pizza-box-clean'],
    explanation: { zh: '沾油的披萨盒、纸巾和湿巾是其他垃圾；干净的披萨盒是可回收物。', en: 'The greasy pizza box, tissue and wet wipe are residual waste; a clean pizza box is recyclable.' },
  },

  // ---- which of these is …? ----
  {
    id: 'items-pick-kitchen-rice', topic: 'items', difficulty: 1, form: 'pick-item', category: 'kitchen',
    itemIds: ['leftover-rice', 'pet-water-bottle', 'newspaper', 'disposable-mask'],
    explanation: { zh: '剩米饭会腐烂，是厨余垃圾。', en: 'Leftover rice rots, so it is food waste.' },
  },
  {
    id: 'items-pick-recyclable-can', topic: 'items', difficulty: 1, form: 'pick-item', category: 'recyclable',
    itemIds: ['aluminium-drink-can', 'banana-peel', 'used-tissue', 'cigarette-butt'],
    explanation: { zh: '易拉罐是金属，属于可回收物。', en: 'A drink can is metal and recyclable.' },
  },
  {
    id: 'items-pick-other-tissue', topic: 'items', difficulty: 1, form: 'pick-item', category: 'other',
    itemIds: ['used-tissue', 'banana-peel', 'pet-water-bottle', 'button-cell-battery'],
    explanation: { zh: '用过的纸巾是其他垃圾；香蕉皮是厨余垃圾，塑料瓶可回收，纽扣电池是有害垃圾。', en: 'The used tissue is residual waste; the peel is food waste, the bottle recyclable and the button cell hazardous.' },
  },
  {
    id: 'items-pick-other-diaper', topic: 'items', difficulty: 1, form: 'pick-item', category: 'other',
    itemIds: ['diaper', 'apple-core', 'old-clothing', 'textbook'],
    explanation: { zh: '纸尿裤是其他垃圾，苹果核是厨余垃圾，旧衣服和课本可回收。', en: 'The nappy is residual waste; the apple core is food waste and the clothes and textbook are recyclable.' },
  },
  {
    id: 'items-pick-kitchen-bones', topic: 'items', difficulty: 2, form: 'pick-item', category: 'kitchen',
    itemIds: ['chicken-bone', 'large-bone', 'seashell', 'walnut-shell'],
    explanation: { zh: '只有小小的鸡骨头是厨余垃圾，大骨头、贝壳和核桃壳太硬，是其他垃圾。', en: 'Only the small chicken bone is food waste; the big bone, seashell and walnut shell are too hard and are residual waste.' },
  },
  {
    id: 'items-pick-recyclable-paper', topic: 'items', difficulty: 2, form: 'pick-item', category: 'recyclable',
    itemIds: ['newspaper', 'used-tissue', 'greasy-paper', 'paper-cup'],
    explanation: { zh: '干净的报纸可回收；纸巾、沾油的纸和纸杯都是其他垃圾。', en: 'Clean newspaper is recyclable; tissues, greasy paper and paper cups are residual waste.' },
  },
  {
    id: 'items-pick-kitchen-shells', topic: 'items', difficulty: 2, form: 'pick-item', category: 'kitchen',
    itemIds: ['sunflower-seed-shell', 'walnut-shell', 'coconut-shell', 'seashell'],
    explanation: { zh: '瓜子壳是厨余垃圾；核桃壳、椰子壳和贝壳太硬，是其他垃圾。', en: 'Sunflower seed shells are food waste; walnut, coconut and sea shells are too hard and are residual waste.' },
  },
  {
    id: 'items-pick-recyclable-clean-box', topic: 'items', difficulty: 2, form: 'pick-item', category: 'recyclable',
    itemIds: ['clean-takeaway-box', 'greasy-takeaway-box', 'milk-tea-cup', 'foam-takeaway-box'],
    explanation: { zh: '洗干净的硬塑料外卖盒可回收；沾油的餐盒、奶茶杯和泡沫餐盒是其他垃圾。', en: 'The rinsed hard plastic box is recyclable; the greasy box, bubble tea cup and foam box are residual waste.' },
  },
  {
    id: 'items-pick-recyclable-glass', topic: 'items', difficulty: 3, form: 'pick-item', category: 'recyclable',
    itemIds: ['glass-jam-jar', 'broken-ceramic-bowl', 'incandescent-bulb', 'ceramic-flower-pot'],
    explanation: { zh: '玻璃果酱瓶可回收；碎碗、白炽灯泡和陶瓷花盆都是其他垃圾。', en: 'The glass jam jar is recyclable; the broken bowl, filament bulb and china flower pot are residual waste.' },
  },
  {
    id: 'items-pick-other-corn-cob', topic: 'items', difficulty: 3, form: 'pick-item', category: 'other',
    itemIds: ['corn-husk', 'apple-core', 'tea-leaves', 'eggshell'],
    explanation: { zh: '玉米皮纤维很韧，是其他垃圾；苹果核、茶叶渣和蛋壳都是厨余垃圾。', en: 'The tough corn husk is residual waste; the apple core, tea leaves and eggshell are food waste.' },
  },
]
