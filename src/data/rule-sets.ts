import type { Category, SubTypeOf } from '@/domain/categories'
import type { Bilingual } from '@/domain/item'
import type { RuleOverride, RuleSet, RuleSetId } from '@/domain/rules'
import { RULE_SET_NAMES } from './rule-set-names.ts'

/**
 * The national rules are the default (泸州 follows them). City sets list only what differs,
 * group by group, each group naming the guide it comes from; every override names the item by
 * id and says why. `rule-sets.test.ts` checks the ids and one item of every group.
 *
 * Sources:
 * - SH: 上海市生活垃圾分类投放指南 (上海市绿化和市容管理局, 2019) under the 上海市生活垃圾管理条例
 *   (2019). Its hazardous list: batteries and bulbs (电池类、灯泡类), medicine and paint packaging
 *   (药品包装、漆类包装), mercury instruments, disinfectant and insecticide products, film and photo
 *   paper (胶片底片、废相纸); its dry list names tissues, non-woven goods, sponges, express
 *   packaging, ceramics, glue (胶类), plastic bags, woven sacks, bubble wrap, towels; its recyclable
 *   list names foam plastic with fruit nets, wooden goods, power banks, circuit boards.
 * - BJ: 北京市生活垃圾管理条例 (2020) and 北京市生活垃圾分类指导手册 (2020). Hazardous: 废电池 (the
 *   handbook excepts ordinary dry cells), fluorescent tubes, thermometers, medicine and its
 *   packaging, paint and solvents with their packaging, insecticides and disinfectants with their
 *   packaging, film and photo paper.
 */

/** Single-use dry cells (AA, AAA, C, D, 9 V, alkaline, zinc-carbon, lantern). */
const ORDINARY_DRY_BATTERIES = ['used-dry-battery', 'aa-battery', 'aaa-battery', 'c-battery', 'd-battery', '9v-battery', 'alkaline-battery', 'carbon-zinc-battery', 'lantern-battery']

/** Bulbs and lamps the national rules do not count as hazardous (no mercury). */
const NON_MERCURY_BULBS = ['led-bulb', 'led-tube', 'smart-bulb', 'led-filament-bulb', 'incandescent-bulb', 'broken-incandescent-bulb', 'halogen-bulb', 'heat-lamp-bulb', 'appliance-bulb', 'torch-bulb', 'led-ceiling-panel', 'spotlight-downlight']

/** Packaging that held medicine, recyclable under the national rules once clean. */
const MEDICINE_PACKAGING = ['medicine-outer-box', 'empty-plastic-pill-bottle', 'empty-glass-medicine-bottle', 'herbal-decoction-pouch']

/** Photos and photo paper (silver-halide or inkjet-coated paper). */
const PHOTO_PAPER = ['photo', 'instant-photo', 'photo-paper']

/** Empty packaging of disinfectants, recyclable under the national rules once rinsed. */
const DISINFECTANT_PACKAGING = ['disinfectant-bottle-empty']

/** Devices whose national tip sends their ordinary AA/AAA/D cells to the hazardous bin. */
const DEVICES_WITH_DRY_CELLS = [
  'electric-pencil-sharpener', 'laser-pointer', 'rc-car', 'battery-toy', 'flashlight', 'keyboard', 'computer-mouse', 'remote-control',
  'radio', 'body-scale', 'gas-water-heater', 'gas-stove', 'smoke-alarm', 'smart-lock', 'wall-clock', 'alarm-clock',
]

function all(ids: readonly string[], override: RuleOverride): Record<string, RuleOverride> {
  return Object.fromEntries(ids.map(id => [id, override]))
}

function allTips(ids: readonly string[], tip: Bilingual): Record<string, Bilingual> {
  return Object.fromEntries(ids.map(id => [id, tip]))
}

/** An override to `category` / `sub`, with the reason in both languages. */
function to<C extends Category>(category: C, sub: SubTypeOf<C>) {
  return (zh: string, en: string): RuleOverride => ({ category, sub, reason: { zh, en } })
}
const residual = to('other', 'misc')
const electronics = to('recyclable', 'electronics')
const lamp = to('hazardous', 'lamp')
const chemical = to('hazardous', 'chemical')
const medicine = to('hazardous', 'medicine')

export const RULE_SETS: Readonly<Record<RuleSetId, RuleSet>> = {
  national: { id: 'national', ...RULE_SET_NAMES.national, overrides: {}, tips: {}, questionsNotHeld: [] },
  shanghai: {
    id: 'shanghai',
    ...RULE_SET_NAMES.shanghai,
    overrides: {
      // SH: 有害垃圾 lists 充电电池、扣式电池、蓄电池; ordinary dry cells are dry waste.
      ...all(ORDINARY_DRY_BATTERIES, residual(
        '上海把普通干电池（已无汞）列为干垃圾；充电电池、纽扣电池和蓄电池仍是有害垃圾。',
        'Shanghai counts ordinary (mercury-free) dry batteries as dry waste; rechargeable, button and lead-acid batteries are still hazardous.',
      )),
      // SH: 干垃圾 lists plastic bags, woven sacks and non-woven goods.
      ...all(['plastic-bag-clean', 'takeaway-bag-clean', 'clothing-poly-bag', 'woven-sack', 'non-woven-bag'], residual(
        '上海把塑料袋、编织袋和无纺布袋都列为干垃圾，干净的也一样。',
        'Shanghai lists plastic bags, woven sacks and non-woven bags as dry waste, even clean ones.',
      )),
      // SH: 有害垃圾 "灯泡类": every kind of bulb and lamp, not only the mercury ones.
      ...all(NON_MERCURY_BULBS, lamp(
        '上海把各种灯泡、灯管（包括LED灯、白炽灯、卤素灯和吸顶灯）都列为有害垃圾，包好再投放。',
        'Shanghai lists every kind of bulb and tube (LED, incandescent, halogen and ceiling lights too) as hazardous: wrap it before you drop it off.',
      )),
      // SH: 有害垃圾 "废胶片及废相纸".
      ...all(PHOTO_PAPER, chemical(
        '上海把照片、相纸和胶片一起列为有害垃圾（废相纸）。',
        'Shanghai lists photos and photo paper with film as hazardous waste (waste photo paper).',
      )),
      // SH: 有害垃圾 "废药品及其包装物" / "药品包装".
      ...all(MEDICINE_PACKAGING, medicine(
        '上海把药品的包装（药盒、药瓶、药袋）和药一起列为有害垃圾。',
        'Shanghai lists medicine packaging (boxes, bottles, pouches) with the medicine as hazardous waste.',
      )),
      // SH: 有害垃圾 "消毒杀虫产品" and their packaging.
      ...all(DISINFECTANT_PACKAGING, chemical(
        '上海把消毒剂及其包装列为有害垃圾，空瓶也一样。',
        'Shanghai lists disinfectants and their packaging as hazardous, empty bottles included.',
      )),
      // SH: 干垃圾 "带胶制品（胶水、胶带）".
      ...all(['super-glue', 'epoxy-ab-glue', 'model-cement', 'contact-adhesive', 'shoe-glue'], residual(
        '上海把胶水这类带胶制品列为干垃圾。',
        'Shanghai lists glue and other adhesive products as dry waste.',
      )),
      // SH: stationery is dry waste; correction fluid is not counted as hazardous there.
      'correction-fluid': residual('上海把修正液列为干垃圾。', 'Shanghai lists correction fluid as dry waste.'),
      // SH: art paints are dry waste; only paint (漆) and its cans are hazardous.
      ...all(['oil-paint', 'acrylic-paint'], residual(
        '上海把油画、丙烯这类美术颜料列为干垃圾；油漆和油漆桶才是有害垃圾。',
        'Shanghai lists art paints such as oil and acrylic colours as dry waste; only house paint and its cans are hazardous.',
      )),
      // SH: mosquito coils and mats are dry waste (the insecticide sprays stay hazardous).
      ...all(['mosquito-coil', 'mosquito-mat'], residual(
        '上海把蚊香和电蚊香片列为干垃圾；杀虫喷雾罐仍是有害垃圾。',
        'Shanghai lists mosquito coils and mats as dry waste; insecticide sprays are still hazardous.',
      )),
      // SH: small metal stationery is too small to sort out of recyclables: dry waste.
      ...all(['staple', 'paper-clip', 'thumbtack'], residual(
        '上海把订书钉、回形针、图钉这类小件金属文具列为干垃圾。',
        'Shanghai lists small metal stationery such as staples, paper clips and drawing pins as dry waste.',
      )),
      // SH: coated or adhesive paper is dry waste.
      ...all(['sticky-note', 'postcard'], residual(
        '上海把便利贴（带胶）和明信片（覆膜卡纸）列为干垃圾。',
        'Shanghai lists sticky notes (adhesive) and postcards (coated card) as dry waste.',
      )),
      // SH: glow sticks are dry waste (the lookup of the Shanghai guide; nationally a household chemical).
      'glow-stick': residual('上海把荧光棒列为干垃圾。', 'Shanghai lists glow sticks as dry waste.'),
      // SH: discs are dry waste.
      'optical-disc': residual('上海把光盘列为干垃圾。', 'Shanghai lists CDs and DVDs as dry waste.'),
      // SH: 可回收物 "其他" lists power banks.
      'power-bank': electronics(
        '上海把充电宝列为可回收物（电子产品），用胶带封住接口再投放。',
        'Shanghai lists power banks as recyclable electronics: tape over the ports first.',
      ),
      // SH: tea bags are dry waste (the bag does not rot); loose tea leaves stay wet.
      'tea-bag': residual('上海把茶包列为干垃圾；散茶叶渣才是湿垃圾。', 'Shanghai lists tea bags as dry waste; loose tea leaves are wet waste.'),
      // SH: 干垃圾 "一次性餐具".
      ...all(['clean-takeaway-box', 'clean-takeaway-lid', 'plastic-cup-clean'], residual(
        '上海把一次性餐盒、餐具列为干垃圾，洗干净的也一样。',
        'Shanghai lists disposable takeaway boxes and tableware as dry waste, even rinsed ones.',
      )),
      // SH: 可回收物 "泡沫（泡沫塑料、水果网套）".
      'foam-fruit-net': to('recyclable', 'plastic')('上海把水果网套和泡沫塑料一起列为可回收物。', 'Shanghai lists foam fruit nets with foam plastic as recyclable.'),
    },
    tips: {
      ...allTips(DEVICES_WITH_DRY_CELLS, {
        zh: '先取出里面的电池：普通5号、7号、1号干电池在上海投干垃圾，充电电池和纽扣电池投有害垃圾；设备本身按电器投可回收物。',
        en: 'Take the batteries out first: in Shanghai ordinary AA, AAA and D dry cells go in dry waste, rechargeable and button cells in hazardous waste; the device itself is an electrical item for recycling.',
      }),
      'battery': {
        zh: '先看是哪种电池：在上海，普通5号、7号干电池投干垃圾；充电电池、纽扣电池、锂电池和蓄电池投有害垃圾。拿不准就投有害垃圾，那里都收。',
        en: 'Check the type: in Shanghai ordinary AA and AAA dry cells go in dry waste; rechargeable, button, lithium and lead-acid batteries in hazardous waste. If unsure, use the hazardous bin: it takes every kind.',
      },
      'light-up-toy': {
        zh: '带电池的发光玩具先取出电池（普通干电池在上海投干垃圾，纽扣电池和充电电池投有害垃圾）再回收；荧光棒在上海投干垃圾。',
        en: 'Take the batteries out of a light-up toy first (in Shanghai ordinary dry cells are dry waste, button and rechargeable cells hazardous), then recycle it; glow sticks are dry waste in Shanghai.',
      },
      'battery-blister-card': {
        zh: '电池的塑料包装卡投干垃圾；在上海，用完的普通干电池也投干垃圾，充电电池和纽扣电池投有害垃圾。',
        en: 'The blister card is dry waste; in Shanghai spent ordinary dry cells are dry waste too, while rechargeable and button cells are hazardous.',
      },
    },
    questionsNotHeld: [
      // Shanghai's wet bin is brown and its dry bin black: questions built on green and grey.
      'bins-colour-kitchen', 'bins-colour-other', 'bins-four-colours', 'bins-green-holds', 'bins-grey-holds', 'bins-english-food-waste',
      'bins-english-residual-waste', 'rules-kitchen-bag',
      // Items Shanghai sorts differently (see the overrides above).
      'items-bin-clean-takeaway-box', 'items-bin-photo', 'items-odd-clean-and-greasy', 'items-pick-recyclable-clean-box', 'items-pick-recyclable-glass',
      'myths-filament-bulb-hazardous', 'hazardous-pick-medicine-not-box', 'hazardous-pick-energy-saving-bulb', 'hazardous-pick-x-ray',
    ],
  },
  beijing: {
    id: 'beijing',
    ...RULE_SET_NAMES.beijing,
    overrides: {
      // BJ handbook: ordinary dry cells are not hazardous.
      ...all(ORDINARY_DRY_BATTERIES, residual(
        '北京规定普通干电池不属于有害垃圾，投入其他垃圾；充电电池、纽扣电池等仍是有害垃圾。',
        'Beijing does not count ordinary dry batteries as hazardous: they go in residual waste. Rechargeable and button batteries are still hazardous.',
      )),
      // BJ regulation: 废药品及其包装物.
      ...all(MEDICINE_PACKAGING, medicine(
        '北京把废药品及其包装物列为有害垃圾，药盒、药瓶也一样。',
        'Beijing lists medicine and its packaging as hazardous, boxes and bottles included.',
      )),
      // BJ regulation: 废胶片及废相纸.
      ...all(PHOTO_PAPER, chemical(
        '北京把废胶片及废相纸列为有害垃圾，照片和相纸也一样。',
        'Beijing lists film and photo paper as hazardous, photos included.',
      )),
      // BJ regulation: 废杀虫剂、消毒剂及其包装物.
      ...all(DISINFECTANT_PACKAGING, chemical(
        '北京把消毒剂及其包装物列为有害垃圾，空瓶也一样。',
        'Beijing lists disinfectants and their packaging as hazardous, empty bottles included.',
      )),
    },
    tips: {
      ...allTips(DEVICES_WITH_DRY_CELLS, {
        zh: '先取出里面的电池：普通5号、7号、1号干电池在北京投其他垃圾，充电电池和纽扣电池投有害垃圾；设备本身按电器投可回收物。',
        en: 'Take the batteries out first: in Beijing ordinary AA, AAA and D dry cells go in residual waste, rechargeable and button cells in hazardous waste; the device itself is an electrical item for recycling.',
      }),
      'battery': {
        zh: '先看是哪种电池：在北京，普通5号、7号干电池投其他垃圾；充电电池、纽扣电池、锂电池和蓄电池投有害垃圾。拿不准就投有害垃圾，那里都收。',
        en: 'Check the type: in Beijing ordinary AA and AAA dry cells go in residual waste; rechargeable, button, lithium and lead-acid batteries in hazardous waste. If unsure, use the hazardous bin: it takes every kind.',
      },
      'battery-blister-card': {
        zh: '电池的塑料包装卡投其他垃圾；在北京，用完的普通干电池也投其他垃圾，充电电池和纽扣电池投有害垃圾。',
        en: 'The blister card is residual waste; in Beijing spent ordinary dry cells are residual waste too, while rechargeable and button cells are hazardous.',
      },
    },
    // Items Beijing sorts differently (see the overrides above).
    questionsNotHeld: ['items-bin-photo', 'hazardous-pick-medicine-not-box', 'hazardous-pick-x-ray'],
  },
}
