import type { OutputBundle, OutputChunk } from 'rolldown'
import { describe, expect, it } from 'vitest'
import { addCompileHints, COMPILE_HINT } from './compile-hints'

const BIG = 'x'.repeat(5000)

function chunk(fileName: string, options: { code?: string, imports?: string[], isEntry?: boolean, moduleIds?: string[] }): OutputChunk {
  return { type: 'chunk', fileName, code: options.code ?? BIG, imports: options.imports ?? [], isEntry: options.isEntry ?? false, moduleIds: options.moduleIds ?? [] } as unknown as OutputChunk
}

function bundleOf(...chunks: OutputChunk[]): OutputBundle {
  return Object.fromEntries(chunks.map(c => [c.fileName, c]))
}

describe('addCompileHints', () => {
  it('marks the entry, the chunks holding the start pages and what they import statically, and nothing loaded later', () => {
    const bundle = bundleOf(
      chunk('index.js', { isEntry: true, imports: ['vue.js', 'tiny.js'] }),
      chunk('vue.js', {}),
      chunk('tiny.js', { code: 'export const a = 1' }),
      chunk('lookup-page.js', { moduleIds: ['/src/domain/text.ts', '/src/pages/LookupPage.vue'], imports: ['vue.js', 'search.js'] }),
      chunk('search.js', {}),
      chunk('MePage.js', { moduleIds: ['/src/pages/MePage.vue'], imports: ['vue.js', 'me-only.js'] }),
      chunk('me-only.js', {}),
      chunk('dexie.js', {}),
    )
    const marked = addCompileHints(bundle, [bundle['lookup-page.js'] as OutputChunk])
    expect(marked.sort()).toEqual(['index.js', 'lookup-page.js', 'search.js', 'vue.js'])
    for (const file of marked) expect((bundle[file] as OutputChunk).code.startsWith(COMPILE_HINT)).toBe(true)
    // Chunks the first screen does not run, and chunks too small to matter, are left as they were.
    for (const file of ['MePage.js', 'me-only.js', 'dexie.js']) expect((bundle[file] as OutputChunk).code).toBe(BIG)
    expect((bundle['tiny.js'] as OutputChunk).code).toBe('export const a = 1')
  })

  it('puts the hint first in the file, once', () => {
    const bundle = bundleOf(chunk('index.js', { isEntry: true, code: `import "./a.js";${BIG}` }))
    addCompileHints(bundle, [])
    addCompileHints(bundle, [])
    const code = (bundle['index.js'] as OutputChunk).code
    expect(code.indexOf('//# allFunctionsCalledOnLoad\n')).toBe(0)
    expect(code.split('allFunctionsCalledOnLoad')).toHaveLength(2)
  })
})
