import type { Category } from './categories'
import type { Item } from './item'

/**
 * The knowledge base as the app ships it: one array per item, the fields in a fixed order and no
 * property names repeated 3,000 times, with each (category, sub-type) pair stored once. About a
 * third smaller than the items as objects, which is most of the dictionary chunk and of the
 * offline cache. `unpackItems(packItems(items))` gives the items back exactly.
 */
export interface PackedItems {
  /** Format version. */
  v: 1
  /** Every (category, sub-type) pair used, as `category/sub`; rows refer to them by index. */
  kinds: string[]
  /** [id, zh, en, kind, aliases, enAliases, emoji, tipZh, tipEn, lookAlikes]; trailing empties dropped. */
  rows: PackedRow[]
}

type PackedRow = [string, string, string, number, ...Array<string | string[] | null>]

/** Packs items for shipping (at build time). */
export function packItems(items: readonly Item[]): PackedItems {
  const kinds: string[] = []
  const kindIndex = new Map<string, number>()
  const rows = items.map((item): PackedRow => {
    const kind = `${item.category}/${item.sub}`
    if (!kindIndex.has(kind)) {
      kindIndex.set(kind, kinds.length)
      kinds.push(kind)
    }
    const rest: Array<string | string[] | null> = [
      item.aliases?.length ? [...item.aliases] : null,
      item.enAliases?.length ? [...item.enAliases] : null,
      item.emoji ?? null,
      item.tip?.zh ?? null,
      item.tip?.en ?? null,
      item.lookAlikes?.length ? [...item.lookAlikes] : null,
    ]
    while (rest.length > 0 && rest.at(-1) === null) rest.pop()
    return [item.id, item.zh, item.en, kindIndex.get(kind)!, ...rest]
  })
  return { v: 1, kinds, rows }
}

/** The items back from their shipped form. */
export function unpackItems(packed: PackedItems): Item[] {
  const kinds = packed.kinds.map((kind) => {
    const [category, sub] = kind.split('/') as [Category, string]
    return { category, sub }
  })
  return packed.rows.map(([id, zh, en, kind, aliases, enAliases, emoji, tipZh, tipEn, lookAlikes]) => ({
    id,
    zh,
    en,
    ...kinds[kind]!,
    ...(aliases ? { aliases: aliases as string[] } : {}),
    ...(enAliases ? { enAliases: enAliases as string[] } : {}),
    ...(emoji ? { emoji: emoji as string } : {}),
    ...(tipZh ? { tip: { zh: tipZh as string, en: tipEn as string } } : {}),
    ...(lookAlikes ? { lookAlikes: lookAlikes as string[] } : {}),
  }) as Item)
}
