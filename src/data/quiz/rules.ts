import type { Question } from '@/domain/quiz'

/** How to put things out: clean, empty, flatten, separate, wrap; big items; and 泸州's campaign. */
export const QUESTIONS_RULES: readonly Question[] = [
  // ---- clean, empty, flatten ----
  {
    id: 'rules-dirty-container', topic: 'rules', difficulty: 2, form: 'choice',
    prompt: { zh: '什么样的塑料盒算“脏”的，不能放进可回收物？', en: 'When is a plastic box too “dirty” to go in recyclables?' },
    choices: [
      { zh: '上面有一点划痕', en: 'When it has a small scratch' },
      { zh: '沾着油污和饭菜，没有冲洗干净', en: 'When grease and food are still stuck to it' },
      { zh: '它不是透明的', en: 'When it is not see-through' },
      { zh: '上面印着字', en: 'When it has writing printed on it' },
    ],
    answer: 1,
    explanation: { zh: '油污和食物残渣会弄脏其他回收物，冲洗干净、晾干的盒子才能回收。', en: 'Grease and food spoil the other recyclables; only a box rinsed clean and dried can be recycled.' },
  },
  {
    id: 'rules-rinse-yogurt-cup', topic: 'rules', difficulty: 1, form: 'choice',
    prompt: { zh: '吃完的塑料酸奶杯，怎样做才能放进可回收物？', en: 'What must you do before a finished plastic yogurt cup can go in recyclables?' },
    choices: [
      { zh: '什么都不用做', en: 'Nothing at all' },
      { zh: '用水冲干净，再晾干', en: 'Rinse it clean with water and let it dry' },
      { zh: '把它剪成小块', en: 'Cut it into small pieces' },
      { zh: '装进塑料袋再扔', en: 'Put it in a plastic bag' },
    ],
    answer: 1,
    explanation: { zh: '冲干净的酸奶杯可以回收；还沾着酸奶的杯子只能放进其他垃圾。', en: 'A rinsed yogurt cup is recyclable; one with yogurt still in it goes in residual waste.' },
  },
  {
    id: 'rules-flatten-box', topic: 'rules', difficulty: 1, form: 'choice',
    prompt: { zh: '快递纸箱放进可回收物之前，要先做什么？', en: 'What should you do to a delivery box before recycling it?' },
    choices: [
      { zh: '撕掉胶带和快递单，把纸箱压扁', en: 'Peel off the tape and label, then flatten it' },
      { zh: '往里面装满其他垃圾', en: 'Fill it with other rubbish' },
      { zh: '用水泡软', en: 'Soak it in water' },
    ],
    answer: 0,
    explanation: { zh: '胶带和快递单不是纸，要撕下来；压扁的纸箱不占地方，也方便运输。', en: 'Tape and labels are not paper, so remove them; a flat box takes less space and is easier to transport.' },
  },
  {
    id: 'rules-empty-drink-first', topic: 'rules', difficulty: 1, form: 'choice',
    prompt: { zh: '饮料没喝完，瓶子要怎么扔？', en: 'A drink is not finished. How do you throw away the bottle?' },
    choices: [
      { zh: '连饮料一起扔进可回收物', en: 'Put it in recyclables with the drink still inside' },
      { zh: '先把饮料倒进水池，空瓶再放进可回收物', en: 'Pour the drink into the sink, then put the empty bottle in recyclables' },
      { zh: '连饮料一起扔进厨余垃圾', en: 'Put it in food waste with the drink still inside' },
    ],
    answer: 1,
    explanation: { zh: '液体会弄湿、弄脏其他回收物，所以先倒空再投放。', en: 'Liquid soaks and dirties other recyclables, so empty the bottle first.' },
  },
  {
    id: 'rules-milk-tea-steps', topic: 'rules', difficulty: 2, form: 'choice',
    prompt: { zh: '一杯没喝完的珍珠奶茶，应该怎么分？', en: 'How do you sort a half-finished cup of bubble tea?' },
    choices: [
      { zh: '整杯扔进厨余垃圾', en: 'The whole cup into food waste' },
      { zh: '整杯扔进可回收物', en: 'The whole cup into recyclables' },
      { zh: '奶茶倒进水池，珍珠放厨余垃圾，杯子和吸管放其他垃圾', en: 'Tea down the sink, pearls into food waste, cup and straw into residual waste' },
    ],
    answer: 2,
    explanation: { zh: '一杯奶茶要分三步：液体倒掉，能腐烂的珍珠是厨余垃圾，杯子和吸管是其他垃圾。', en: 'Bubble tea takes three steps: pour away the liquid, the pearls rot so they are food waste, and the cup and straw are residual waste.' },
  },
  {
    id: 'rules-jar-lid', topic: 'rules', difficulty: 2, form: 'choice',
    prompt: { zh: '吃完的玻璃果酱瓶，回收前要怎么处理？', en: 'How do you get an empty glass jam jar ready for recycling?' },
    choices: [
      { zh: '把剩果酱刮进厨余垃圾，冲洗瓶子，拧下铁盖分开放', en: 'Scrape leftover jam into food waste, rinse the jar and take off the metal lid' },
      { zh: '盖紧盖子，整瓶扔掉', en: 'Screw the lid on tight and throw the whole jar away' },
      { zh: '把瓶子敲碎', en: 'Smash the jar' },
    ],
    answer: 0,
    explanation: { zh: '玻璃瓶和铁盖都是可回收物，但材料不同，分开放更好回收。', en: 'The glass jar and the metal lid are both recyclable, but they are different materials, so separate them.' },
  },
  {
    id: 'rules-compress-bottles', topic: 'rules', difficulty: 1, form: 'true-false',
    statement: { zh: '易拉罐和塑料瓶倒空后压扁再投放，可以节省垃圾桶的空间。', en: 'Squashing empty cans and plastic bottles before putting them out saves space in the bin.' },
    answer: true,
    explanation: { zh: '对，压扁后一个桶能装下更多，运输时也更省油。', en: 'Yes: squashed, more fit in a bin and the trucks carry more each trip.' },
  },
  {
    id: 'rules-greasy-paper', topic: 'rules', difficulty: 2, form: 'true-false',
    statement: { zh: '纸沾了油还能放进可回收物。', en: 'Paper with grease on it can still go in recyclables.' },
    answer: false, claim: { itemId: 'greasy-paper', category: 'recyclable' },
    explanation: { zh: '纸一旦沾了油和饭菜就不能再造纸了，要放进其他垃圾。', en: 'Once paper has grease or food on it, it cannot be made into new paper: put it in residual waste.' },
  },
  {
    id: 'rules-why-tissue', topic: 'rules', difficulty: 2, form: 'choice',
    prompt: { zh: '为什么用过的纸巾不是可回收物？', en: 'Why is a used tissue not recyclable paper?' },
    choices: [
      { zh: '因为纸巾太白了', en: 'Because tissues are too white' },
      { zh: '因为纸巾是塑料做的', en: 'Because tissues are made of plastic' },
      { zh: '因为纸巾纤维很短、遇水就烂，用过又脏了，不能再造纸', en: 'Because tissue fibres are short and fall apart in water, and used ones are dirty, so they cannot be made into paper' },
    ],
    answer: 2,
    explanation: { zh: '用过的纸巾、卫生纸和餐巾纸都是其他垃圾。', en: 'Used tissues, toilet paper and paper napkins are all residual waste.' },
  },
  {
    id: 'rules-pizza-box', topic: 'rules', difficulty: 3, form: 'choice',
    prompt: { zh: '披萨盒底下沾了很多油，盒盖还很干净，怎么扔最好？', en: 'The bottom of a pizza box is greasy but the lid is clean. What is the best way to throw it out?' },
    choices: [
      { zh: '整个放进可回收物', en: 'All of it into recyclables' },
      { zh: '把干净的盒盖撕下来回收，沾油的部分放进其他垃圾', en: 'Tear off the clean lid to recycle and put the greasy part in residual waste' },
      { zh: '整个放进厨余垃圾', en: 'All of it into food waste' },
    ],
    answer: 1,
    explanation: { zh: '沾油的纸板不能造纸，干净的部分却可以，分开投放最好。', en: 'Greasy cardboard cannot become paper but the clean part can, so split them up.' },
  },
  {
    id: 'rules-wrap-broken-glass', topic: 'rules', difficulty: 1, form: 'choice',
    prompt: { zh: '玻璃杯打碎了，碎玻璃应该怎么扔？', en: 'A glass breaks. How do you throw away the pieces?' },
    choices: [
      { zh: '直接倒进垃圾桶', en: 'Tip them straight into a bin' },
      { zh: '请大人用纸或旧布包好，写上“碎玻璃”，再放进可回收物', en: 'Ask an adult to wrap them in paper or old cloth, write “broken glass” on it and put it in recyclables' },
      { zh: '扔进厨余垃圾', en: 'Put them in food waste' },
    ],
    answer: 1,
    explanation: { zh: '碎玻璃仍然可以回收，但一定要包好，免得扎伤清洁工人。', en: 'Broken glass can still be recycled, but wrap it well so it cannot cut the sanitation workers.' },
  },
  {
    id: 'rules-kitchen-bag', topic: 'rules', difficulty: 2, form: 'choice',
    prompt: { zh: '厨余垃圾装在塑料袋里拿下楼，投放时应该怎么做？', en: 'You carry food waste downstairs in a plastic bag. What do you do at the bins?' },
    choices: [
      { zh: '连袋子一起扔进绿色桶', en: 'Throw the whole bag into the green bin' },
      { zh: '把厨余垃圾倒进绿色桶，塑料袋放进其他垃圾', en: 'Tip the food into the green bin and put the bag in residual waste' },
      { zh: '把袋子挂在桶边上', en: 'Hang the bag on the side of the bin' },
    ],
    answer: 1,
    explanation: { zh: '塑料袋不会腐烂，混进厨余垃圾会妨碍堆肥和发酵。', en: 'Plastic bags do not rot, and they get in the way of composting and fermentation.' },
  },
  {
    id: 'rules-drain-kitchen-waste', topic: 'rules', difficulty: 1, form: 'true-false',
    statement: { zh: '厨余垃圾投放前，最好先沥干水分。', en: 'It is best to drain food waste before putting it out.' },
    answer: true,
    explanation: { zh: '沥干水分，垃圾就不容易发臭、流出脏水，处理起来也更容易。', en: 'Drained food waste smells less, does not drip and is easier to process.' },
  },
  {
    id: 'rules-unwrap-expired-food', topic: 'rules', difficulty: 2, form: 'choice',
    prompt: { zh: '一包没拆开的过期饼干，应该怎么扔？', en: 'How do you throw away an unopened packet of expired biscuits?' },
    choices: [
      { zh: '整包扔进厨余垃圾', en: 'Put the whole packet in food waste' },
      { zh: '拆开包装，饼干放厨余垃圾，包装按材料分类', en: 'Open it: biscuits into food waste, and sort the packaging by material' },
      { zh: '整包扔进有害垃圾', en: 'Put the whole packet in hazardous waste' },
    ],
    answer: 1,
    explanation: { zh: '过期食品本身是厨余垃圾，但包装不会腐烂，要拆开分别投放。', en: 'The expired food itself is food waste, but the packaging does not rot, so separate them.' },
  },
  {
    id: 'rules-used-cooking-oil', topic: 'rules', difficulty: 2, form: 'true-false',
    statement: { zh: '炒菜剩下的废油可以直接倒进水槽。', en: 'Used cooking oil can be poured straight into the sink.' },
    answer: false,
    explanation: { zh: '油会堵塞下水管，要放凉后装进瓶子密封，和厨余垃圾一起投放或交到回收点。', en: 'Oil clogs drains: let it cool, seal it in a bottle, and put it out with food waste or take it to a collection point.' },
  },
  {
    id: 'rules-dust', topic: 'rules', difficulty: 2, form: 'true-false',
    statement: { zh: '扫地扫出来的灰尘属于其他垃圾。', en: 'Dust swept up from the floor is residual waste.' },
    answer: true, claim: { itemId: 'household-dust', category: 'other' },
    explanation: { zh: '灰尘和碎屑不能回收也不能堆肥，放进其他垃圾。', en: 'Dust and crumbs can be neither recycled nor composted, so they are residual waste.' },
  },

  // ---- big things, renovation, reuse ----
  {
    id: 'rules-bulky-furniture', topic: 'rules', difficulty: 1, form: 'choice',
    prompt: { zh: '家里要扔掉一张旧沙发，应该怎么办？', en: 'Your family is getting rid of an old sofa. What should you do?' },
    choices: [
      { zh: '塞进小区的垃圾桶', en: 'Squeeze it into a bin on the estate' },
      { zh: '放在楼道里', en: 'Leave it in the stairwell' },
      { zh: '它是大件垃圾，联系物业或环卫预约清运，或放到指定的堆放点', en: 'It is bulky waste: book a pickup with the property office or sanitation service, or take it to the set drop-off point' },
    ],
    answer: 2,
    explanation: { zh: '沙发、床垫、衣柜这样的大件垃圾要单独收运，不能放进或堆在生活垃圾桶旁。', en: 'Bulky waste such as sofas, mattresses and wardrobes is collected separately, never in or next to the household bins.' },
  },
  {
    id: 'rules-renovation-waste', topic: 'rules', difficulty: 2, form: 'choice',
    prompt: { zh: '家里装修拆下来一大堆砖头和瓷砖，应该怎么处理？', en: 'Renovating your home leaves a big pile of bricks and tiles. What do you do with them?' },
    choices: [
      { zh: '分几次偷偷放进其他垃圾桶', en: 'Sneak them into the residual-waste bin a bit at a time' },
      { zh: '装袋后放到小区指定的装修垃圾堆放点，或预约清运', en: 'Bag them and take them to the estate\'s renovation-waste point, or book a pickup' },
      { zh: '倒在路边的草地上', en: 'Dump them on the grass by the road' },
    ],
    answer: 1,
    explanation: { zh: '大量装修垃圾要单独清运，不能放进生活垃圾桶；只有零星的一两块才放其他垃圾。', en: 'Renovation waste in quantity is collected separately, never in household bins; only an odd brick or two goes in residual waste.' },
  },
  {
    id: 'rules-reuse-clothes', topic: 'rules', difficulty: 1, form: 'choice',
    prompt: { zh: '穿小了但还很新的衣服，最好怎么办？', en: 'Clothes you have grown out of are still like new. What is best?' },
    choices: [
      { zh: '扔进其他垃圾', en: 'Throw them in residual waste' },
      { zh: '送给需要的人，或放进旧衣回收箱', en: 'Give them to someone who needs them, or put them in a clothes collection box' },
      { zh: '剪碎了扔掉', en: 'Cut them up and throw them away' },
    ],
    answer: 1,
    explanation: { zh: '能再穿就再穿，实在不要了，洗干净投进旧衣回收箱或可回收物。', en: 'Pass them on while they can still be worn; if nobody wants them, wash them and put them in a clothes bank or recyclables.' },
  },
  {
    id: 'rules-old-phone-data', topic: 'rules', difficulty: 2, form: 'choice',
    prompt: { zh: '旧手机拿去回收之前，应该先做什么？', en: 'What should you do before handing in an old phone for recycling?' },
    choices: [
      { zh: '备份照片，然后清除里面的个人信息', en: 'Back up your photos, then wipe your personal data' },
      { zh: '把屏幕砸碎', en: 'Smash the screen' },
      { zh: '把它泡在水里', en: 'Soak it in water' },
    ],
    answer: 0,
    explanation: { zh: '清除个人信息能保护隐私，完整的手机交给正规回收点，里面的金属才能好好回收。', en: 'Wiping your data protects your privacy, and a whole phone at a proper collection point lets its metals be recovered.' },
  },
  {
    id: 'rules-when-unsure', topic: 'rules', difficulty: 1, form: 'choice',
    prompt: { zh: '拿不准一样东西该放哪个桶，最好怎么做？', en: 'You are not sure which bin something goes in. What is best?' },
    choices: [
      { zh: '随便找个桶扔', en: 'Drop it in any bin' },
      { zh: '扔在垃圾桶旁边的地上', en: 'Leave it on the ground by the bins' },
      { zh: '用“分类小达人”查一查，或者问问大人和垃圾分类督导员', en: 'Look it up in SortHero, or ask an adult or the sorting volunteer' },
    ],
    answer: 2,
    explanation: { zh: '查一查、问一问，下次就记住了；投错桶会给后面的处理添麻烦。', en: 'Look it up or ask and you will remember next time; the wrong bin makes trouble further down the line.' },
  },
  {
    id: 'rules-why-sort', topic: 'rules', difficulty: 1, form: 'choice',
    prompt: { zh: '我们为什么要做垃圾分类？', en: 'Why do we sort our rubbish?' },
    choices: [
      { zh: '让垃圾桶看起来更漂亮', en: 'To make the bins look nicer' },
      { zh: '让有用的东西再利用，有害的东西安全处理，要烧掉和埋掉的垃圾变少', en: 'So useful things are reused, harmful things are handled safely, and less rubbish is burnt or buried' },
      { zh: '让垃圾变得更重', en: 'To make rubbish heavier' },
    ],
    answer: 1,
    explanation: { zh: '分好类，垃圾就能变成资源，我们的环境也会更干净。', en: 'Sorted, rubbish becomes a resource, and our surroundings stay cleaner.' },
  },
  {
    id: 'rules-ceramic-not-glass', topic: 'rules', difficulty: 3, form: 'choice',
    prompt: { zh: '为什么陶瓷碗不能和玻璃瓶一起回收？', en: 'Why can a china bowl not be recycled with glass bottles?' },
    choices: [
      { zh: '因为陶瓷比玻璃轻', en: 'Because china is lighter than glass' },
      { zh: '因为陶瓷在熔化玻璃的温度下不会熔化，混进去会让新玻璃出现瑕疵', en: 'Because china does not melt at glass-melting temperatures, and bits of it spoil the new glass' },
      { zh: '因为陶瓷会发光', en: 'Because china glows' },
    ],
    answer: 1,
    explanation: { zh: '陶瓷碎片会变成新玻璃里的硬疙瘩，所以陶瓷放其他垃圾，玻璃放可回收物。', en: 'China fragments become hard lumps in new glass, so china goes in residual waste and glass in recyclables.' },
  },
  {
    id: 'rules-kitchen-not-all-kitchen', topic: 'rules', difficulty: 2, form: 'true-false',
    statement: { zh: '在厨房里产生的垃圾都是厨余垃圾。', en: 'Everything thrown away in the kitchen is food waste.' },
    answer: false,
    explanation: { zh: '厨余垃圾只是容易腐烂的食物垃圾；厨房里的保鲜膜、用过的纸巾和打碎的碗都是其他垃圾。', en: 'Food waste is only food scraps that rot; cling film, used tissues and broken bowls from the kitchen are residual waste.' },
  },

  // ---- 泸州's campaign ----
  {
    id: 'rules-luzhou-small-hands', topic: 'rules', difficulty: 1, form: 'choice',
    prompt: { zh: '“小手拉大手，垃圾分类齐动手”是什么意思？', en: 'What does “small hands lead big hands: everyone sorts together” mean?' },
    choices: [
      { zh: '小朋友学会垃圾分类，再带着爸爸妈妈一起做', en: 'Children learn to sort rubbish and then get their parents doing it too' },
      { zh: '只有大人才需要垃圾分类', en: 'Only grown-ups need to sort rubbish' },
      { zh: '拉着手一起去扔垃圾', en: 'Holding hands when you take out the rubbish' },
    ],
    answer: 0,
    explanation: { zh: '泸州的学校用这句话鼓励同学们把垃圾分类的好习惯带回家。', en: 'Schools in Luzhou use this slogan to encourage pupils to take the sorting habit home.' },
  },
  {
    id: 'rules-luzhou-jiucheng', topic: 'rules', difficulty: 2, form: 'choice',
    prompt: { zh: '泸州的口号“垃圾不落地，＿＿更美丽”，空格里是泸州的别称，是什么？', en: 'Luzhou\'s slogan says “No litter on the ground makes the ___ city more beautiful”. Luzhou is nicknamed the city of what?' },
    choices: [{ zh: '酒城', en: 'Liquor' }, { zh: '山城', en: 'Mountains' }, { zh: '冰城', en: 'Ice' }, { zh: '春城', en: 'Spring' }],
    answer: 0,
    explanation: { zh: '泸州以酿酒闻名，被称为“酒城”，口号是“垃圾不落地，酒城更美丽”。', en: 'Luzhou is famous for its liquor and is called the Liquor City: “No litter on the ground, a more beautiful Liquor City”.' },
  },
  {
    id: 'rules-luzhou-awareness-target', topic: 'rules', difficulty: 3, form: 'choice',
    prompt: { zh: '泸州提出的目标里，市民对垃圾分类的知晓率要达到多少？', en: 'In Luzhou\'s targets, what share of residents should know the sorting rules?' },
    choices: [{ zh: '50%以上', en: 'At least 50%' }, { zh: '70%以上', en: 'At least 70%' }, { zh: '90%以上', en: 'At least 90%' }],
    answer: 2,
    explanation: { zh: '目标是知晓率达到90%以上，也就是十个人里至少九个人懂得怎么分类。', en: 'The target is at least 90%: nine people in ten should know how to sort.' },
  },
  {
    id: 'rules-luzhou-collection-target', topic: 'rules', difficulty: 3, form: 'choice',
    prompt: { zh: '泸州提出的目标里，生活垃圾分类收集率要达到多少？', en: 'In Luzhou\'s targets, what share of household waste should be collected already sorted?' },
    choices: [{ zh: '30%以上', en: 'At least 30%' }, { zh: '50%以上', en: 'At least 50%' }, { zh: '70%以上', en: 'At least 70%' }, { zh: '100%', en: '100%' }],
    answer: 2,
    explanation: { zh: '目标是分类收集率达到70%以上，需要每个家庭都动手分好类。', en: 'The target is at least 70%, which takes every household sorting its rubbish.' },
  },
]
