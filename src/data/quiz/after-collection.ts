import type { Question } from '@/domain/quiz'

/** What happens to each kind of waste once the truck has taken it away. */
export const QUESTIONS_AFTER_COLLECTION: readonly Question[] = [
  // ---- where each bin goes ----
  {
    id: 'after-recyclables', topic: 'after-collection', difficulty: 1, form: 'choice',
    prompt: { zh: '可回收物被运走以后会怎样？', en: 'What happens to recyclables after they are collected?' },
    choices: [
      { zh: '全部埋进土里', en: 'They are all buried' },
      { zh: '送到分拣中心按材料分开，再做成新的东西', en: 'They are sorted by material at a sorting centre and made into new things' },
      { zh: '倒进河里', en: 'They are dumped in a river' },
      { zh: '堆在仓库里没人管', en: 'They are left in a warehouse' },
    ],
    answer: 1,
    explanation: { zh: '纸、塑料、金属、玻璃和织物分开打包，送到工厂变成新的原料。', en: 'Paper, plastic, metal, glass and textiles are baled separately and sent to factories as new raw material.' },
  },
  {
    id: 'after-kitchen', topic: 'after-collection', difficulty: 2, form: 'choice',
    prompt: { zh: '厨余垃圾被运走以后，通常怎么处理？', en: 'What usually happens to food waste after it is collected?' },
    choices: [
      { zh: '做成塑料瓶', en: 'It is made into plastic bottles' },
      { zh: '堆肥或发酵，变成肥料和沼气', en: 'It is composted, or fermented into fertiliser and biogas' },
      { zh: '洗干净后重新卖', en: 'It is washed and sold again' },
    ],
    answer: 1,
    explanation: { zh: '厨余垃圾容易腐烂，可以堆肥变成肥料，或者在密闭的罐里发酵产生沼气。', en: 'Food waste rots easily, so it can be composted into fertiliser or fermented in sealed tanks to make biogas.' },
  },
  {
    id: 'after-hazardous', topic: 'after-collection', difficulty: 2, form: 'choice',
    prompt: { zh: '有害垃圾被运走以后会怎样？', en: 'What happens to hazardous waste after it is collected?' },
    choices: [
      { zh: '和其他垃圾一起填埋', en: 'It is buried with residual waste' },
      { zh: '送到有资质的专业单位安全处理，能用的金属等再回收', en: 'Licensed specialist plants treat it safely and recover useful materials such as metals' },
      { zh: '直接烧掉当燃料', en: 'It is simply burnt as fuel' },
    ],
    answer: 1,
    explanation: { zh: '有害垃圾要由专业单位处理，防止汞、重金属和化学品跑进环境里。', en: 'Specialists handle hazardous waste so that mercury, heavy metals and chemicals do not escape into the environment.' },
  },
  {
    id: 'after-residual', topic: 'after-collection', difficulty: 2, form: 'choice',
    prompt: { zh: '其他垃圾被运走以后，主要怎么处理？', en: 'What mainly happens to residual waste after it is collected?' },
    choices: [
      { zh: '焚烧发电，或者卫生填埋', en: 'It is burnt to make electricity, or buried in a sanitary landfill' },
      { zh: '做成新衣服', en: 'It is made into new clothes' },
      { zh: '做成肥料', en: 'It is made into fertiliser' },
    ],
    answer: 0,
    explanation: { zh: '其他垃圾大多送到焚烧发电厂烧掉发电，也有一部分进入卫生填埋场。', en: 'Most residual waste is burnt at waste-to-energy plants to make electricity; some goes to sanitary landfill.' },
  },
  {
    id: 'after-four-steps', topic: 'after-collection', difficulty: 3, form: 'choice',
    prompt: { zh: '垃圾分类的全过程是：分类投放、分类收集、分类运输，还有什么？', en: 'Waste sorting means sorted disposal, sorted collection, sorted transport, and what else?' },
    choices: [{ zh: '分类处理', en: 'Sorted treatment' }, { zh: '分类购物', en: 'Sorted shopping' }, { zh: '分类做饭', en: 'Sorted cooking' }],
    answer: 0,
    explanation: { zh: '四个环节一个都不能少，每一类垃圾都送到对应的地方处理。', en: 'All four steps count: each kind of waste ends up at the place that treats it.' },
  },
  {
    id: 'after-separate-trucks', topic: 'after-collection', difficulty: 2, form: 'true-false',
    statement: { zh: '分好类的垃圾要分类运输，不同类别用不同的车或分开的车厢运走。', en: 'Sorted waste is transported separately, in different trucks or separate compartments.' },
    answer: true,
    explanation: { zh: '分类运输能保证分好的垃圾不会再被混在一起。', en: 'Separate transport makes sure sorted waste is not mixed up again.' },
  },

  // ---- recyclables become new things ----
  {
    id: 'after-paper', topic: 'after-collection', difficulty: 1, form: 'choice',
    prompt: { zh: '回收的旧报纸和纸箱可以变成什么？', en: 'What can old newspapers and cardboard boxes become?' },
    choices: [{ zh: '新的纸和纸板', en: 'New paper and cardboard' }, { zh: '玻璃杯', en: 'Glass cups' }, { zh: '肥料', en: 'Fertiliser' }],
    answer: 0,
    explanation: { zh: '旧纸泡成纸浆，再压成新的纸和纸板，能少砍很多树。', en: 'Old paper is pulped and pressed into new paper and card, which saves trees.' },
  },
  {
    id: 'after-plastic-bottle', topic: 'after-collection', difficulty: 2, form: 'choice',
    prompt: { zh: '回收的塑料饮料瓶可以变成什么？', en: 'What can recycled plastic drink bottles become?' },
    choices: [
      { zh: '做衣服和地毯用的纤维，或新的塑料制品', en: 'Fibre for clothes and carpets, or new plastic products' },
      { zh: '鸡蛋', en: 'Eggs' },
      { zh: '汽油', en: 'Petrol' },
    ],
    answer: 0,
    explanation: { zh: '塑料瓶洗净切碎成塑料片，可以拉成纤维做成衣服、地毯，也能做成新的塑料制品。', en: 'Bottles are washed and shredded into flakes that can be spun into fibre for clothes and carpets or moulded into new plastic things.' },
  },
  {
    id: 'after-drink-can', topic: 'after-collection', difficulty: 1, form: 'true-false',
    statement: { zh: '回收的易拉罐熔化以后，可以做成新的易拉罐。', en: 'Recycled drink cans can be melted down and made into new cans.' },
    answer: true,
    explanation: { zh: '铝可以一次又一次地熔化再用，质量几乎不会变差。', en: 'Aluminium can be melted and reused again and again without getting much worse.' },
  },
  {
    id: 'after-aluminium-energy', topic: 'after-collection', difficulty: 3, form: 'choice',
    prompt: { zh: '用回收的铝做新罐子，比用铝矿石从头炼铝大约能节省多少能源？', en: 'Making a can from recycled aluminium instead of from ore saves roughly how much energy?' },
    choices: [{ zh: '约10%', en: 'About 10%' }, { zh: '约50%', en: 'About 50%' }, { zh: '约95%', en: 'About 95%' }, { zh: '一点也不省', en: 'None at all' }],
    answer: 2,
    explanation: { zh: '从矿石炼铝非常耗电，回收铝只需要其中大约5%的能源。', en: 'Making aluminium from ore takes a lot of electricity; recycling it needs only about 5% of that energy.' },
  },
  {
    id: 'after-glass', topic: 'after-collection', difficulty: 1, form: 'true-false',
    statement: { zh: '回收的玻璃瓶可以熔化后做成新的玻璃制品。', en: 'Recycled glass bottles can be melted and made into new glass things.' },
    answer: true,
    explanation: { zh: '玻璃可以反复熔化再造，所以玻璃瓶、玻璃杯都是可回收物。', en: 'Glass can be melted and remade over and over, so glass bottles and cups are recyclable.' },
  },
  {
    id: 'after-old-clothes', topic: 'after-collection', difficulty: 2, form: 'choice',
    prompt: { zh: '回收的旧衣服会怎样？', en: 'What happens to old clothes that are collected?' },
    choices: [
      { zh: '全部烧掉', en: 'They are all burnt' },
      { zh: '能穿的捐赠或再利用，不能穿的做成再生纤维、抹布或填充材料', en: 'Wearable ones are donated or reused; the rest become recycled fibre, rags or stuffing' },
      { zh: '做成肥料', en: 'They are made into fertiliser' },
    ],
    answer: 1,
    explanation: { zh: '旧衣物先挑出能再穿的，剩下的拆成纤维，再做成新的材料。', en: 'Wearable clothes are picked out first; the rest are broken down into fibre for new materials.' },
  },
  {
    id: 'after-battery-metals', topic: 'after-collection', difficulty: 2, form: 'true-false',
    statement: { zh: '废电池集中处理以后，可以从里面回收锌、锰、镍、锂等金属。', en: 'Collected used batteries can have metals such as zinc, manganese, nickel and lithium recovered from them.' },
    answer: true,
    explanation: { zh: '专业工厂拆解电池，把里面的金属提取出来再利用。', en: 'Specialist plants take batteries apart and recover the metals inside for reuse.' },
  },
  {
    id: 'after-mercury-lamps', topic: 'after-collection', difficulty: 3, form: 'choice',
    prompt: { zh: '收集起来的荧光灯管，里面的汞会怎样？', en: 'What happens to the mercury in collected fluorescent tubes?' },
    choices: [
      { zh: '在专门的工厂里被安全地分离、回收', en: 'It is safely separated and recovered at a specialist plant' },
      { zh: '留在灯管里一起填埋', en: 'It is buried in the tubes' },
      { zh: '倒进下水道', en: 'It is poured down the drain' },
    ],
    answer: 0,
    explanation: { zh: '灯管在密闭设备里破碎，汞被分离回收，玻璃和金属也能再利用。', en: 'Tubes are crushed in sealed machines so the mercury can be recovered; the glass and metal are reused too.' },
  },
  {
    id: 'after-medicine', topic: 'after-collection', difficulty: 3, form: 'choice',
    prompt: { zh: '收集起来的过期药品通常怎么处理？', en: 'What usually happens to collected expired medicine?' },
    choices: [
      { zh: '重新包装后再卖', en: 'It is repackaged and sold again' },
      { zh: '由专业单位高温焚烧等方法无害化处理', en: 'Specialists destroy it safely, for example by high-temperature incineration' },
      { zh: '拿去喂动物', en: 'It is fed to animals' },
    ],
    answer: 1,
    explanation: { zh: '过期药品按危险废物管理，由专业单位销毁，防止流回市场或污染环境。', en: 'Expired medicine is managed as hazardous waste and destroyed by specialists so it cannot be resold or pollute.' },
  },

  // ---- food waste and residual waste ----
  {
    id: 'after-compost', topic: 'after-collection', difficulty: 1, form: 'true-false',
    statement: { zh: '果皮菜叶堆肥以后，可以变成养花种菜的肥料。', en: 'Composted peel and vegetable scraps become fertiliser for flowers and vegetables.' },
    answer: true,
    explanation: { zh: '微生物把厨余垃圾分解成有营养的肥料，又回到土地里。', en: 'Microbes break food waste down into rich fertiliser that goes back to the soil.' },
  },
  {
    id: 'after-biogas', topic: 'after-collection', difficulty: 3, form: 'choice',
    prompt: { zh: '厨余垃圾在密闭罐里发酵会产生沼气，沼气可以用来做什么？', en: 'Food waste fermented in sealed tanks gives off biogas. What can biogas be used for?' },
    choices: [{ zh: '发电或供热', en: 'Making electricity or heat' }, { zh: '做玻璃', en: 'Making glass' }, { zh: '造纸', en: 'Making paper' }],
    answer: 0,
    explanation: { zh: '沼气能像天然气一样燃烧，用来发电或供热；剩下的残渣还能做成肥料。', en: 'Biogas burns like natural gas to make electricity or heat, and what is left over can become fertiliser.' },
  },
  {
    id: 'after-no-plastic-in-food', topic: 'after-collection', difficulty: 2, form: 'choice',
    prompt: { zh: '为什么厨余垃圾里不能混进塑料袋和一次性餐具？', en: 'Why must plastic bags and disposable cutlery stay out of food waste?' },
    choices: [
      { zh: '因为塑料太轻了', en: 'Because plastic is too light' },
      { zh: '因为塑料不会腐烂，会混进肥料，还会缠坏处理设备', en: 'Because plastic does not rot: it ends up in the fertiliser and tangles the machines' },
      { zh: '因为塑料会变成沼气', en: 'Because plastic turns into biogas' },
    ],
    answer: 1,
    explanation: { zh: '厨余垃圾越纯净，做出来的肥料越好，设备也越不容易坏。', en: 'The cleaner the food waste, the better the fertiliser and the fewer breakdowns.' },
  },
  {
    id: 'after-wet-residual', topic: 'after-collection', difficulty: 3, form: 'choice',
    prompt: { zh: '为什么其他垃圾里不要混进剩饭剩菜？', en: 'Why should leftovers stay out of residual waste?' },
    choices: [
      { zh: '因为剩饭会让垃圾变轻', en: 'Because leftovers make the rubbish lighter' },
      { zh: '因为水分太多，垃圾不好烧，发电变少，还会发臭、流出污水', en: 'Because wet rubbish burns badly, makes less electricity, smells and leaks dirty water' },
      { zh: '因为剩饭可以回收做成纸', en: 'Because leftovers can be recycled into paper' },
    ],
    answer: 1,
    explanation: { zh: '把厨余垃圾分出去，其他垃圾更干，焚烧发电效率更高。', en: 'With food waste taken out, residual waste is drier and burns more efficiently for power.' },
  },
  {
    id: 'after-incineration-power', topic: 'after-collection', difficulty: 2, form: 'true-false',
    statement: { zh: '其他垃圾焚烧时产生的热量可以用来发电。', en: 'The heat from burning residual waste can be used to make electricity.' },
    answer: true,
    explanation: { zh: '垃圾焚烧发电厂用焚烧的热量烧水产生蒸汽，推动发电机发电。', en: 'Waste-to-energy plants use the heat to boil water into steam that drives generators.' },
  },
  {
    id: 'after-less-landfill', topic: 'after-collection', difficulty: 1, form: 'true-false',
    statement: { zh: '垃圾分类做得好，需要填埋的垃圾就会变少。', en: 'Good sorting means less rubbish needs to be buried in landfill.' },
    answer: true,
    explanation: { zh: '可回收物和厨余垃圾分出去以后，最后剩下要填埋的垃圾就少多了。', en: 'Once recyclables and food waste are taken out, much less is left to bury.' },
  },
]
