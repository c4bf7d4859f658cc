import type { Question } from '@/domain/quiz'

/**
 * Hazardous waste. Ordinary single-use dry batteries are left out on purpose: Beijing and Shanghai
 * sort them differently (see rule-sets.ts); button cells and rechargeable batteries are hazardous everywhere.
 */
export const QUESTIONS_HAZARDOUS: readonly Question[] = [
  // ---- which of these is hazardous? ----
  {
    id: 'hazardous-pick-button-cell', topic: 'hazardous', difficulty: 1, form: 'pick-item', category: 'hazardous',
    itemIds: ['button-cell-battery', 'banana-peel', 'newspaper', 'pet-water-bottle'],
    explanation: { zh: '纽扣电池是有害垃圾；它很小，容易被小朋友误吞，换下来要马上收好。', en: 'The button cell is hazardous; it is small enough for little children to swallow, so put it away at once.' },
  },
  {
    id: 'hazardous-pick-thermometer', topic: 'hazardous', difficulty: 1, form: 'pick-item', category: 'hazardous',
    itemIds: ['mercury-thermometer', 'plush-toy', 'apple-core', 'used-tissue'],
    explanation: { zh: '水银体温计里有汞，是有害垃圾。', en: 'A mercury thermometer contains mercury, so it is hazardous waste.' },
  },
  {
    id: 'hazardous-pick-fluorescent-tube', topic: 'hazardous', difficulty: 1, form: 'pick-item', category: 'hazardous',
    itemIds: ['fluorescent-tube', 'cardboard-box', 'leftover-rice', 'disposable-mask'],
    explanation: { zh: '荧光灯管里有汞，是有害垃圾，要轻拿轻放，别打碎。', en: 'A fluorescent tube contains mercury and is hazardous; handle it gently so it does not break.' },
  },
  {
    id: 'hazardous-pick-expired-medicine', topic: 'hazardous', difficulty: 1, form: 'pick-item', category: 'hazardous',
    itemIds: ['expired-medicine', 'bread', 'old-clothing', 'toilet-paper'],
    explanation: { zh: '过期药品是有害垃圾，连同药板、药瓶一起投放。', en: 'Expired medicine is hazardous waste: put it out together with its blister pack or bottle.' },
  },
  {
    id: 'hazardous-pick-rechargeable', topic: 'hazardous', difficulty: 3, form: 'pick-item', category: 'hazardous',
    itemIds: ['nimh-rechargeable-battery', 'battery-charger', 'phone-charger', 'charging-cable'],
    explanation: { zh: '充电电池是有害垃圾；充电器和数据线是小电器，属于可回收物。', en: 'The rechargeable battery is hazardous; chargers and cables are small electricals and recyclable.' },
  },
  {
    id: 'hazardous-pick-nail-polish', topic: 'hazardous', difficulty: 2, form: 'pick-item', category: 'hazardous',
    itemIds: ['nail-polish', 'shampoo-bottle', 'toothbrush', 'cotton-pads'],
    explanation: { zh: '指甲油里有有机溶剂，是有害垃圾；洗发水瓶可回收，牙刷和化妆棉是其他垃圾。', en: 'Nail polish contains solvents and is hazardous; the shampoo bottle is recyclable, the toothbrush and cotton pad are residual waste.' },
  },
  {
    id: 'hazardous-pick-paint-can', topic: 'hazardous', difficulty: 1, form: 'pick-item', category: 'hazardous',
    itemIds: ['paint-can', 'iron-wok', 'brick', 'plastic-basin'],
    explanation: { zh: '剩有油漆的油漆桶是有害垃圾；铁锅和塑料盆可回收，少量砖头是其他垃圾。', en: 'A can with paint left in it is hazardous; the wok and basin are recyclable, and a few bricks are residual waste.' },
  },
  {
    id: 'hazardous-pick-insecticide', topic: 'hazardous', difficulty: 1, form: 'pick-item', category: 'hazardous',
    itemIds: ['insecticide-spray-can', 'aluminium-drink-can', 'canned-food-tin', 'iron-wok'],
    explanation: { zh: '杀虫剂罐是有害垃圾；易拉罐、罐头盒和铁锅是金属，可回收。', en: 'The insecticide can is hazardous; the drink can, food tin and wok are metal and recyclable.' },
  },
  {
    id: 'hazardous-pick-medicine-not-box', topic: 'hazardous', difficulty: 3, form: 'pick-item', category: 'hazardous',
    itemIds: ['expired-medicine', 'herbal-medicine-dregs', 'medicine-outer-box', 'adhesive-bandage'],
    explanation: { zh: '过期药品是有害垃圾；中药渣是厨余垃圾，空的纸药盒可回收，创可贴是其他垃圾。', en: 'Expired medicine is hazardous; herbal dregs are food waste, the empty card box is recyclable and a plaster is residual waste.' },
  },
  {
    id: 'hazardous-pick-energy-saving-bulb', topic: 'hazardous', difficulty: 3, form: 'pick-item', category: 'hazardous',
    itemIds: ['cfl-bulb', 'incandescent-bulb', 'halogen-bulb', 'desk-lamp'],
    explanation: { zh: '螺旋形的节能灯含汞，是有害垃圾；白炽灯和卤素灯不含汞，是其他垃圾，台灯是可回收的小电器。', en: 'The spiral energy-saving bulb contains mercury and is hazardous; filament and halogen bulbs have none and are residual waste, and a desk lamp is recyclable.' },
  },
  {
    id: 'hazardous-pick-x-ray', topic: 'hazardous', difficulty: 3, form: 'pick-item', category: 'hazardous',
    itemIds: ['x-ray-film', 'photo', 'newspaper', 'old-book'],
    explanation: { zh: 'X光片的胶片含银等化学物质，是有害垃圾；照片是其他垃圾，报纸和旧书可回收。', en: 'X-ray film contains silver compounds and is hazardous; a photo print is residual waste, and newspaper and books are recyclable.' },
  },
  {
    id: 'hazardous-pick-hair-dye', topic: 'hazardous', difficulty: 3, form: 'pick-item', category: 'hazardous',
    itemIds: ['hair-dye', 'shampoo-bottle', 'hair', 'toothpaste-tube'],
    explanation: { zh: '染发剂含刺激性化学物质，是有害垃圾；洗发水瓶可回收，头发和牙膏管是其他垃圾。', en: 'Hair dye contains harsh chemicals and is hazardous; the shampoo bottle is recyclable, hair and toothpaste tubes are residual waste.' },
  },

  // ---- which bin? ----
  {
    id: 'hazardous-bin-button-cell', topic: 'hazardous', difficulty: 1, form: 'which-bin', itemId: 'button-cell-battery',
    explanation: { zh: '手表、玩具里的纽扣电池在哪里都是有害垃圾。', en: 'Button cells from watches and toys are hazardous waste everywhere.' },
  },
  {
    id: 'hazardous-bin-fluorescent-tube', topic: 'hazardous', difficulty: 1, form: 'which-bin', itemId: 'fluorescent-tube',
    explanation: { zh: '荧光灯管含汞，是有害垃圾，最好用报纸包好再投放。', en: 'Fluorescent tubes contain mercury and are hazardous; wrap them in newspaper first.' },
  },
  {
    id: 'hazardous-bin-mercury-thermometer', topic: 'hazardous', difficulty: 1, form: 'which-bin', itemId: 'mercury-thermometer',
    explanation: { zh: '水银体温计里有汞，放回硬盒里投有害垃圾。', en: 'A mercury thermometer contains mercury: put it back in its hard case for hazardous waste.' },
  },
  {
    id: 'hazardous-bin-expired-medicine', topic: 'hazardous', difficulty: 1, form: 'which-bin', itemId: 'expired-medicine',
    explanation: { zh: '过期药品是有害垃圾，也可以送到药店的回收箱，千万别冲进马桶。', en: 'Expired medicine is hazardous waste, or take it to a pharmacy drop box; never flush it.' },
  },
  {
    id: 'hazardous-bin-cfl-bulb', topic: 'hazardous', difficulty: 2, form: 'which-bin', itemId: 'cfl-bulb',
    explanation: { zh: '节能灯的螺旋灯管里有汞，是有害垃圾。', en: 'The spiral tube of an energy-saving bulb contains mercury, so it is hazardous waste.' },
  },
  {
    id: 'hazardous-bin-lithium-battery', topic: 'hazardous', difficulty: 2, form: 'which-bin', itemId: 'lithium-ion-battery',
    explanation: { zh: '锂电池被压扁或刺破会起火，要单独投有害垃圾。', en: 'Lithium batteries can catch fire if crushed or pierced, so they go to hazardous waste on their own.' },
  },
  {
    id: 'hazardous-bin-paint-can', topic: 'hazardous', difficulty: 2, form: 'which-bin', itemId: 'paint-can',
    explanation: { zh: '还剩油漆的桶要盖紧盖子，投有害垃圾或送到社区收集点。', en: 'Close the lid of a can with paint left in it and put it in hazardous waste or take it to a community drop-off.' },
  },
  {
    id: 'hazardous-bin-nail-polish', topic: 'hazardous', difficulty: 2, form: 'which-bin', itemId: 'nail-polish',
    explanation: { zh: '指甲油含有机溶剂，拧紧盖子投有害垃圾，不要倒进下水道。', en: 'Nail polish contains solvents: screw the cap tight and put it in hazardous waste, never down the drain.' },
  },
  {
    id: 'hazardous-bin-rat-poison', topic: 'hazardous', difficulty: 2, form: 'which-bin', itemId: 'rat-poison',
    explanation: { zh: '老鼠药是有毒的农药类物品，属于有害垃圾，要放在小朋友拿不到的地方。', en: 'Rat poison is a toxic pesticide and hazardous waste; keep it out of children\'s reach.' },
  },
  {
    id: 'hazardous-bin-x-ray-film', topic: 'hazardous', difficulty: 3, form: 'which-bin', itemId: 'x-ray-film',
    explanation: { zh: 'X光片含银等化学物质，属于有害垃圾；装片子的纸袋可以回收。', en: 'X-ray film contains silver compounds, so it is hazardous waste; the paper sleeve can be recycled.' },
  },

  // ---- why, and how to handle it ----
  {
    id: 'hazardous-why-batteries', topic: 'hazardous', difficulty: 2, form: 'choice',
    prompt: { zh: '为什么充电电池、纽扣电池要放进有害垃圾？', en: 'Why do rechargeable batteries and button cells go in hazardous waste?' },
    choices: [
      { zh: '因为它们太重了', en: 'Because they are too heavy' },
      { zh: '因为里面有重金属和化学物质，漏出来会污染土壤和水，锂电池还可能起火', en: 'Because heavy metals and chemicals inside can leak into soil and water, and lithium batteries can catch fire' },
      { zh: '因为它们可以当燃料烧', en: 'Because they can be burnt as fuel' },
      { zh: '因为它们的颜色很鲜艳', en: 'Because they are brightly coloured' },
    ],
    answer: 1,
    explanation: { zh: '不同的电池里有镍、镉、锂等物质，有的还含汞；单独收集才能安全处理，还能回收里面的金属。', en: 'Different batteries contain nickel, cadmium, lithium and, in some, mercury; collecting them separately keeps them safe and lets the metals be recovered.' },
  },
  {
    id: 'hazardous-why-tubes', topic: 'hazardous', difficulty: 2, form: 'choice',
    prompt: { zh: '为什么荧光灯管和节能灯是有害垃圾？', en: 'Why are fluorescent tubes and energy-saving bulbs hazardous waste?' },
    choices: [
      { zh: '因为它们是玻璃做的', en: 'Because they are made of glass' },
      { zh: '因为它们很长', en: 'Because they are long' },
      { zh: '因为里面有汞（水银）', en: 'Because they contain mercury' },
    ],
    answer: 2,
    explanation: { zh: '灯管里有少量汞，打碎后汞蒸气会跑出来，所以要完整地投进有害垃圾。', en: 'The tubes hold a little mercury, which escapes as vapour if they break, so put them in hazardous waste whole.' },
  },
  {
    id: 'hazardous-broken-thermometer', topic: 'hazardous', difficulty: 3, form: 'choice',
    prompt: { zh: '水银体温计不小心打碎了，应该怎么做？', en: 'A mercury thermometer breaks. What should you do?' },
    choices: [
      { zh: '用吸尘器吸干净', en: 'Vacuum it up' },
      { zh: '扫进厨余垃圾', en: 'Sweep it into food waste' },
      { zh: '开窗通风，让大人戴手套把水银和碎片收进密封瓶，投有害垃圾', en: 'Open the windows; an adult in gloves collects the mercury and glass in a sealed jar for hazardous waste' },
      { zh: '冲进下水道', en: 'Wash it down the drain' },
    ],
    answer: 2,
    explanation: { zh: '汞会挥发成有毒的蒸气：不能用手碰，也不能用吸尘器吸，吸尘器会把汞蒸气吹散到整个房间。', en: 'Mercury gives off toxic vapour: never touch it, and never vacuum it, because a vacuum cleaner blows the vapour all round the room.' },
  },
  {
    id: 'hazardous-medicine-drop-box', topic: 'hazardous', difficulty: 2, form: 'choice',
    prompt: { zh: '家里的过期药品，除了投进有害垃圾桶，还可以怎么处理？', en: 'Apart from the hazardous-waste bin, where else can expired medicine go?' },
    choices: [
      { zh: '冲进马桶', en: 'Flush it down the toilet' },
      { zh: '送到药店或社区的过期药品回收箱', en: 'To a pharmacy or community drop box for expired medicine' },
      { zh: '倒进厨余垃圾', en: 'Into food waste' },
      { zh: '送给邻居吃', en: 'Give it to the neighbours' },
    ],
    answer: 1,
    explanation: { zh: '过期药品要集中安全处理，冲进马桶会污染水，过期的药也不能再吃。', en: 'Expired medicine must be collected and treated safely; flushing it pollutes water, and it must not be taken any more.' },
  },
  {
    id: 'hazardous-keep-intact', topic: 'hazardous', difficulty: 2, form: 'choice',
    prompt: { zh: '投放有害垃圾时，下面哪种做法是对的？', en: 'Which is the right way to put out hazardous waste?' },
    choices: [
      { zh: '把灯管敲碎，好放进桶里', en: 'Break the tube so it fits in the bin' },
      { zh: '把剩下的药水倒进水池', en: 'Pour leftover liquid medicine down the sink' },
      { zh: '保持完整，灯管包好，药品连着包装一起投', en: 'Keep things whole: wrap tubes and leave medicine in its packaging' },
    ],
    answer: 2,
    explanation: { zh: '有害垃圾要完整、密封地投放，防止汞、药水和化学品漏出来。', en: 'Hazardous waste should go out whole and sealed so that mercury, medicine and chemicals cannot leak.' },
  },
  {
    id: 'hazardous-not-with-residual', topic: 'hazardous', difficulty: 1, form: 'true-false',
    statement: { zh: '有害垃圾可以和其他垃圾混在一起扔。', en: 'Hazardous waste can be thrown out mixed with residual waste.' },
    answer: false,
    explanation: { zh: '有害垃圾混进其他垃圾，会在焚烧或填埋时污染空气、土壤和水，一定要单独投放。', en: 'Mixed into residual waste, it would pollute air, soil and water when burnt or buried, so always keep it separate.' },
  },
  {
    id: 'hazardous-medicine-toilet', topic: 'hazardous', difficulty: 1, form: 'true-false',
    statement: { zh: '过期的药可以冲进马桶。', en: 'Expired medicine can be flushed down the toilet.' },
    answer: false,
    explanation: { zh: '药冲进马桶会污染河水，过期药品要投有害垃圾或送回收箱。', en: 'Flushed medicine pollutes rivers; put it in hazardous waste or a medicine drop box.' },
  },
  {
    id: 'hazardous-swollen-battery-tape', topic: 'hazardous', difficulty: 3, form: 'true-false',
    statement: { zh: '鼓包的锂电池可能起火，最好用胶带封住两极，再单独投进有害垃圾。', en: 'A swollen lithium battery can catch fire, so tape over its terminals and take it to hazardous waste on its own.' },
    answer: true,
    explanation: { zh: '胶带能防止短路，单独投放能避免电池在垃圾车里被挤压起火。', en: 'Tape prevents short circuits, and keeping it apart stops it being crushed and catching fire in the truck.' },
  },
  {
    id: 'hazardous-led-no-mercury', topic: 'hazardous', difficulty: 3, form: 'true-false',
    statement: { zh: 'LED灯泡和节能灯一样，里面含有汞。', en: 'LED bulbs contain mercury, just like energy-saving fluorescent bulbs.' },
    answer: false,
    explanation: { zh: 'LED灯泡不含汞，里面是电路板；含汞的是荧光灯管和螺旋、U形的节能灯。', en: 'LED bulbs have no mercury, just a circuit board; it is fluorescent tubes and spiral or U-shaped energy-saving bulbs that contain mercury.' },
  },
  {
    id: 'hazardous-button-cell-swallow', topic: 'hazardous', difficulty: 1, form: 'true-false',
    statement: { zh: '小朋友如果不小心吞下了纽扣电池，要立刻去医院。', en: 'If a child swallows a button cell, they must go to hospital straight away.' },
    answer: true,
    explanation: { zh: '纽扣电池在身体里会很快造成严重灼伤，所以换下的纽扣电池要马上收好。', en: 'A swallowed button cell can cause serious burns inside the body very quickly, so put used ones away at once.' },
  },
]
