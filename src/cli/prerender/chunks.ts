import type { ChunkingContext, CodeSplittingGroup } from 'rolldown'
import path from 'node:path'

/**
 * The pages a visit can start on (their shells are prerendered, plugin.ts), each with the name of
 * the file that carries it. Listed in order of precedence: a module both import goes with the first.
 */
export const START_PAGES = [
  { route: 'lookup', chunk: 'lookup-page', module: 'pages/LookupPage.vue' },
  { route: 'welcome', chunk: 'welcome-page', module: 'pages/WelcomePage.vue' },
] as const

type ImportsOf = (id: string) => readonly string[]

/** `root` and every module it imports statically, all the way down: what loading it runs (a module graph; compile-hints.ts walks the chunk graph). */
function moduleClosure(root: string, importsOf: ImportsOf): Set<string> {
  const seen = new Set<string>()
  const pending = [root]
  while (pending.length > 0) {
    const id = pending.pop()!
    if (seen.has(id)) continue
    seen.add(id)
    pending.push(...importsOf(id))
  }
  return seen
}

/**
 * Which start page's file each module goes into: a start page and everything it imports
 * statically that the entry does not already load. Modules of no start page are not listed.
 */
export function startPageModules(entry: string, pages: ReadonlyArray<{ chunk: string, module: string }>, importsOf: ImportsOf): Map<string, string> {
  const loadedByEntry = moduleClosure(entry, importsOf)
  const owner = new Map<string, string>()
  for (const page of pages) {
    for (const id of moduleClosure(page.module, importsOf)) {
      if (!loadedByEntry.has(id) && !owner.has(id)) owner.set(id, page.chunk)
    }
  }
  return owner
}

/**
 * How the build cuts the first screens' code into files (rolldown's `codeSplitting` groups).
 *
 * Left to itself the bundler makes a file of every set of modules shared by a different set of
 * pages: the lookup page's first screen was 23 scripts of which 15 under 2 KB. Each one costs
 * the main thread while the app starts: about a millisecond to request it on this machine
 * (24 `<link rel=modulepreload>` took 25–39 ms to add), four times that on a slow phone, plus
 * its own module to instantiate. So the first screens come in whole files:
 * - the entry and everything it imports statically (Vue, vue-i18n, the router, the stores), one
 *   file — rolldown's `$initial` modules;
 * - each start page and what only it imports statically, one file each (`START_PAGES`).
 * Other pages that import one of those modules load that file too; every file is precached.
 * The price is caching: an app update downloads the whole entry again, Vue included.
 *
 * `srcDir` is the absolute path of `src/`.
 */
export function firstScreenGroups(srcDir: string): CodeSplittingGroup[] {
  const pages = START_PAGES.map(page => ({ chunk: page.chunk, module: path.join(srcDir, page.module) }))
  const entry = path.join(srcDir, 'main.ts')
  // One chunking pass asks for every module: the owners are worked out once per pass.
  const owners = new WeakMap<ChunkingContext, Map<string, string>>()
  const startPageOf = (id: string, context: ChunkingContext): string | null => {
    let owner = owners.get(context)
    if (!owner) {
      owner = startPageModules(entry, pages, module => context.getModuleInfo(module)?.importedIds ?? [])
      owners.set(context, owner)
    }
    return owner.get(id) ?? null
  }
  return [
    { name: 'index', tags: ['$initial'], priority: -1 },
    { name: startPageOf, debugName: 'start pages', priority: -2 },
  ]
}
