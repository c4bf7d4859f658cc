import type { OutputBundle, OutputChunk } from 'rolldown'

/**
 * V8's explicit compile hint (Chrome 136+): a file that starts with this comment has all its
 * functions compiled while it streams in, on a background thread. Without it, each function is
 * compiled on the main thread the first time it runs — and on the first screen nearly all of Vue,
 * vue-i18n and the app's start-up code runs for the first time at once, while the page is
 * hydrated: that compiling was about half of the time the main thread was blocked on a slow
 * phone (BENCHMARKS.md, "First screen"). Other browsers read it as a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

/**
 * Chunks smaller than this are left alone: their compile time is negligible, and the comment
 * costs every file ~30 bytes of the first load's budget.
 */
const MIN_HINTED_BYTES = 4096

/** The chunk and every chunk it imports statically, depth first: what runs when it loads. */
export function staticClosure(bundle: OutputBundle, chunk: OutputChunk, seen = new Set<string>()): OutputChunk[] {
  if (seen.has(chunk.fileName)) return []
  seen.add(chunk.fileName)
  return [chunk, ...chunk.imports.flatMap((file) => {
    const next = bundle[file]
    return next?.type === 'chunk' ? staticClosure(bundle, next, seen) : []
  })]
}

/**
 * Marks the chunks a first screen runs (the entry, the chunks holding the start pages `pages`, and
 * what they import statically) to be compiled eagerly, off the main thread. Lazily loaded chunks
 * are not marked: compiling all their functions would spend work on code that may never run.
 * Returns the file names marked.
 */
export function addCompileHints(bundle: OutputBundle, pages: readonly OutputChunk[]): string[] {
  const entries = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk' && file.isEntry)
  const starts = [...entries, ...pages]
  const seen = new Set<string>()
  const firstScreen = starts.flatMap(chunk => staticClosure(bundle, chunk, seen))
  const hinted = firstScreen.filter(chunk => chunk.code.length >= MIN_HINTED_BYTES && !chunk.code.startsWith(COMPILE_HINT))
  for (const chunk of hinted) chunk.code = COMPILE_HINT + chunk.code
  return hinted.map(chunk => chunk.fileName)
}
