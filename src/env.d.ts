/// <reference types="vite/client" />

declare const __APP_VERSION__: string

declare module '*.vue' {
  import type { DefineComponent } from 'vue'

  const component: DefineComponent<object, object, unknown>
  export default component
}

declare module 'virtual:sorthero/pinyin' {
  import type { PinyinData } from '@/domain/pinyin'

  const data: PinyinData
  export default data
}

declare module 'virtual:sorthero/popular' {
  import type { PopularShortcut } from '@/domain/lookup'

  const shortcuts: PopularShortcut[]
  export default shortcuts
}

declare module 'virtual:sorthero/items' {
  import type { PackedItems } from '@/domain/item-pack'

  const items: PackedItems
  export default items
}
