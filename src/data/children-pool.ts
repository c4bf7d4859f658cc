/**
 * The children's pool: what the sorting game (`/learn/sort`) and the duo round (`/learn/duo`)
 * may show a 6–12-year-old. Every entry is a knowledge-base item id of something a primary-school
 * child meets at home or at school and recognises from its picture (each has an emoji).
 *
 * Left out on purpose: named medicines and anything medical beyond 过期药品 as a concept,
 * contraception, adult products, cigarettes, alcohol and the drinks poured away rather than
 * binned, kitchen knives, saws, razors, needles and toy guns, obsolete devices (寻呼机, 传真机, 座机, 光盘 …),
 * and mahjong. Items whose bin a city rule set changes (ordinary dry batteries, plastic bags) are
 * listed here only if they stay in one bin everywhere; `childrenPool` in `domain/rounds.ts` drops
 * any item whose bin differs between rule sets, so a child is never taught a city's exception.
 *
 * `children-pool.test.ts` checks the ids, the pictures, the bins and a list of words that must
 * never reach a child.
 */
export const CHILDREN_POOL: readonly string[] = [
  // ---- 可回收物: paper ----
  'cardboard-box', 'paper-gift-box', 'juice-box', 'newspaper', 'old-book', 'textbook', 'exercise-book',
  'paper-notebook', 'spiral-notebook', 'diary-book', 'paper-map', 'paper-bookmark', 'printer-paper',
  'printed-document', 'envelope', 'wall-calendar', 'desk-calendar', 'paper-folder', 'red-envelope',
  // ---- 可回收物: school things, toys and sport ----
  'school-bag', 'plastic-ruler', 'set-square', 'scissors', 'abacus', 'clipboard',
  'plush-toy', 'nesting-doll', 'jigsaw-puzzle', 'yo-yo', 'kids-slide', 'kick-scooter', 'magnifying-glass',
  'playing-cards', 'chess-set', 'dice', 'basketball', 'football', 'volleyball', 'rugby-ball',
  'ping-pong-paddle', 'badminton-racket', 'skateboard', 'camping-tent', 'frisbee', 'stopwatch', 'medal',
  'trophy', 'guitar', 'violin', 'electronic-keyboard', 'trumpet', 'saxophone',
  // ---- 可回收物: clothes, shoes and bags ----
  't-shirt', 'chiffon-blouse', 'jeans', 'shorts', 'dress', 'jacket', 'swimsuit', 'clean-old-socks',
  'leather-shoes', 'sneakers', 'high-heels', 'flat-shoes', 'boots', 'hiking-boots', 'sandals', 'dance-shoes',
  'flip-flops', 'baseball-cap', 'sun-hat', 'scarf', 'knitted-gloves', 'necktie', 'ribbon', 'knitting-yarn',
  'backpack', 'handbag', 'wallet', 'briefcase', 'ring', 'mechanical-watch',
  // ---- 可回收物: glass, metal, plastic, electronics and things around the home ----
  'glass-jam-jar', 'canned-food-tin', 'glass-cup', 'metal-spoon', 'plastic-baby-bottle', 'plastic-bucket',
  'flashlight', 'mobile-phone', 'laptop', 'desktop-computer', 'keyboard', 'computer-mouse', 'printer',
  'projector', 'television', 'headphones', 'microphone', 'digital-camera', 'game-controller', 'smart-watch',
  'megaphone', 'wooden-chair', 'wooden-photo-frame', 'wall-clock', 'alarm-clock', 'key', 'padlock', 'screws',
  'hammer', 'screwdriver', 'wrench', 'metal-toolbox', 'ladder', 'bicycle-tyre', 'old-bicycle',

  // ---- 有害垃圾 ----
  'rechargeable-aa-battery', 'mercury-thermometer', 'nail-polish', 'expired-medicine',

  // ---- 厨余垃圾: fruit and vegetables ----
  'apple', 'green-apple', 'pear', 'banana', 'orange-fruit', 'mandarin-orange', 'lemon', 'grape', 'watermelon',
  'hami-melon', 'sweet-melon', 'strawberry', 'blueberry', 'cherry', 'peach', 'mango', 'pineapple', 'kiwi-fruit',
  'avocado', 'cherry-tomato', 'banana-peel', 'watermelon-rind', 'apple-core', 'napa-cabbage', 'lettuce',
  'broccoli', 'onion', 'garlic', 'potato', 'sweet-potato', 'carrot', 'tomato', 'eggplant', 'bell-pepper',
  'chili-pepper', 'cucumber', 'vegetable-leaves', 'potato-peel', 'mushroom', 'soybean', 'red-bean', 'peanut',
  'chestnut', 'peanut-shell', 'corn-kernels',
  // ---- 厨余垃圾: meat, fish, eggs and dairy ----
  'raw-beef', 'chicken-drumstick', 'bacon', 'hot-dog', 'raw-fish', 'shrimp', 'crab-shell', 'squid', 'octopus',
  'eggshell', 'expired-egg', 'fried-egg', 'cheese', 'butter',
  // ---- 厨余垃圾: meals, bread, cakes and sweets ----
  'leftover-rice', 'rice-ball', 'sushi', 'curry-rice', 'noodles', 'pasta', 'bread', 'croissant', 'baguette',
  'hamburger', 'pizza', 'sandwich', 'french-fries', 'dumplings', 'chuanchuan', 'leftover-salad', 'cake',
  'birthday-cake', 'cupcake', 'pudding', 'doughnut', 'cookie', 'waffle', 'pancake', 'apple-pie', 'shaved-ice',
  'hard-candy', 'lollipop', 'chocolate', 'popcorn', 'ice-cream', 'rice-cracker', 'mooncake', 'salt',
  'dried-chili', 'honey', 'tea-leaves',
  // ---- 厨余垃圾: flowers and plants ----
  'fallen-leaves', 'cut-flowers', 'bouquet', 'houseplant', 'cactus', 'real-christmas-tree',

  // ---- 其他垃圾: big bones, hard shells and feathers ----
  'large-bone', 'coconut-shell', 'oyster-shell', 'snail-shell', 'conch-shell', 'seashell', 'chicken-feather',
  // ---- 其他垃圾: soiled paper, school things and toys ----
  'paper-takeaway-box', 'milk-tea-cup', 'thermal-receipt', 'movie-ticket', 'pencil', 'ballpoint-pen',
  'fountain-pen', 'crayon', 'page-flag', 'paintbrush', 'balloon', 'kite', 'tennis-ball', 'baseball',
  'swim-goggles', 'diving-mask',
  // ---- 其他垃圾: parties and festivals ----
  'birthday-candle', 'party-popper', 'confetti', 'candle', 'firecracker-debris', 'firework-debris',
  'paper-lantern',
  // ---- 其他垃圾: around the home ----
  'sewing-thread', 'safety-pin', 'suitcase', 'broken-umbrella', 'beaded-bracelet', 'glasses', 'sunglasses',
  'toothbrush', 'soap-bar', 'bath-sponge', 'toilet-paper', 'adhesive-bandage', 'disposable-chopsticks',
  'ceramic-bowl', 'ceramic-plate', 'ceramic-mug', 'ceramic-teapot', 'dish-sponge', 'sofa', 'bed-frame',
  'mirror', 'broom', 'brick',
]
