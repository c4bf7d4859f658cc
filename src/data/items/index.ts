import type { Item } from '@/domain/item'
import { ITEMS_CLOTHES_BATHROOM } from './clothes-bathroom.ts'
import { ITEMS_GENERIC } from './generic.ts'
import { ITEMS_HAZARDOUS_ELECTRONICS } from './hazardous-electronics.ts'
import { ITEMS_HOME_GARDEN_FESTIVAL } from './home-garden-festival.ts'
import { ITEMS_KITCHEN_PREPARED } from './kitchen-prepared.ts'
import { ITEMS_KITCHEN_PRODUCE } from './kitchen-produce.ts'
import { ITEMS_PACKAGING } from './packaging.ts'
import { ITEMS_STUDY_PLAY } from './study-play.ts'

/**
 * The knowledge base: every item under the national rules, one file per part of the home.
 * Written by this project from the national and city guidance (no item list is copied from
 * elsewhere); `items.test.ts` validates it.
 */
export const ALL_ITEMS: readonly Item[] = [
  ...ITEMS_KITCHEN_PRODUCE,
  ...ITEMS_KITCHEN_PREPARED,
  ...ITEMS_PACKAGING,
  ...ITEMS_STUDY_PLAY,
  ...ITEMS_CLOTHES_BATHROOM,
  ...ITEMS_HAZARDOUS_ELECTRONICS,
  ...ITEMS_HOME_GARDEN_FESTIVAL,
  ...ITEMS_GENERIC,
]
