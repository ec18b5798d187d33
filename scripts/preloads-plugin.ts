// Vite plugins for what the page fetches beside its entry, rather than once the entry has run and asked for it:
// the first page's catalog on every address, and on a game's address the files the game needs.
import type { Plugin, Rollup } from 'vite'
import { SCENARIO_MODULE } from './bundled-scenarios-plugin'

type Bundle = Rollup.OutputBundle

/** The chunk a module became; the build stops, naming it, if there is none. */
function chunkOf(bundle: Bundle, module: string): Rollup.OutputChunk {
  const chunk = Object.values(bundle).find(
    (c): c is Rollup.OutputChunk => c.type === 'chunk' && c.facadeModuleId?.endsWith(module) === true,
  )
  if (!chunk) throw new Error(`no chunk for ${module}: did it move? (scripts/preloads-plugin.ts)`)
  return chunk
}

/**
 * No word of the first page shows before its language's first-page catalog has come, and the entry asks for it
 * only once it has run: the page names the English one (the language of most first visits) so it downloads
 * beside the entry. The other pages' catalog is not the first page's: it comes with the screen that needs it.
 */
export function preloadCatalog(language: string): Plugin {
  return {
    name: 'article-four:preload-catalog',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_, { bundle }) {
        const catalog = chunkOf(bundle ?? {}, `/src/ui/locales/first-page/${language}.po`)
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${catalog.fileName}` },
            injectTo: 'head',
          },
        ]
      },
    },
  }
}

// A game's address (a shared debrief link, a saved game reopened) needs the play screen, its own bundled scenario,
// the engine's session and the other pages' catalog. Without the list below the browser learns of them one after
// another: the entry must run to ask for the scenarios and the session, and the play screen is asked for only once
// the scenarios have come. The build writes them into index.html's first script, which starts them all beside the
// entry. In development the list stays empty.

/** What index.html's script says until the build writes the list. */
export const GAME_FILES_MARKER = '{ /* the game files, written by the build */ }'

/** The modules a game's first screen loads on demand. */
const CODE = ['/src/ui/screens/play-screen.tsx', '/src/scenario/bundled.ts', '/src/store/worker-session.ts']
/** The module of each bundled scenario, as the build names it. */
const SCENARIO_CHUNK = `\0${SCENARIO_MODULE}`
/**
 * What every page needs in a language beyond the English first page's: Russian's first-page catalog, and the
 * scenarios' translations, without which no page shows a crisis (the screens wait for them).
 */
const EVERY_PAGE = {
  en: [],
  ru: ['/src/ui/locales/first-page/ru.po', '/src/scenario/bundled-translations.ts'],
} as const
/** What a game's page needs in a language beyond that: the other pages' catalog. */
const GAME_PAGE = {
  en: ['/src/ui/locales/other-pages/en.po'],
  ru: ['/src/ui/locales/other-pages/ru.po'],
} as const
type Language = keyof typeof EVERY_PAGE

/**
 * The files that an address should fetch at once: on a game's, `code` for every game, the language's words for a
 * game, and each bundled scenario's module by the scenario's id; on any other, the language's words for `pages`.
 * `engine` is the engine's worker, which a game's address starts at once (src/store/worker-session.ts takes it).
 */
export type GameFiles = Record<'code' | Language, string[]> & {
  readonly scenarios: Record<string, string[]>
  readonly pages: Record<Language, string[]>
  readonly engine: string
}

/** The engine's worker: Vite builds it apart and writes it as an asset, named after its module. */
const ENGINE_WORKER = /^assets\/engine-worker-[\w-]+\.js$/

export function gamePreloads(): Plugin {
  return {
    name: 'article-four:game-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!html.includes(GAME_FILES_MARKER))
          throw new Error('index.html no longer has the game files marker')
        const files = gameFiles(bundle ?? {})
        return html.replace(GAME_FILES_MARKER, JSON.stringify(files))
      },
    },
  }
}

/** Each module's chunk, the chunks it imports statically and their style sheets, less what the entry brings. */
export function gameFiles(bundle: Bundle): GameFiles {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk')
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const withImports = (start: readonly Rollup.OutputChunk[]): Set<Rollup.OutputChunk> => {
    const found = new Set<Rollup.OutputChunk>()
    const visit = (c: Rollup.OutputChunk) => {
      if (found.has(c)) return
      found.add(c)
      for (const name of c.imports) visit(byName.get(name)!)
    }
    for (const c of start) visit(c)
    return found
  }
  const entry = withImports(chunks.filter((c) => c.isEntry))
  const filesOf = (start: readonly Rollup.OutputChunk[]): string[] =>
    [...withImports(start)]
      .filter((c) => !entry.has(c))
      .flatMap((c) => [c.fileName, ...(c.viteMetadata?.importedCss ?? [])])
      .map((name) => `./${name}`)
  const files = (modules: readonly string[]) => filesOf(modules.map((m) => chunkOf(bundle, m)))
  const scenarios = chunks.flatMap((c) =>
    c.facadeModuleId?.startsWith(SCENARIO_CHUNK)
      ? [[c.facadeModuleId.slice(SCENARIO_CHUNK.length), filesOf([c])] as const]
      : [],
  )
  if (scenarios.length === 0)
    throw new Error('no chunk of a bundled scenario: did they move? (scripts/preloads-plugin.ts)')
  const engine = Object.keys(bundle).filter((name) => ENGINE_WORKER.test(name))
  if (engine.length !== 1)
    throw new Error(
      `${engine.length} files of the engine's worker: did it move? (scripts/preloads-plugin.ts)`,
    )
  return {
    code: files(CODE),
    en: files([...EVERY_PAGE.en, ...GAME_PAGE.en]),
    ru: files([...EVERY_PAGE.ru, ...GAME_PAGE.ru]),
    scenarios: Object.fromEntries(scenarios),
    pages: { en: files(EVERY_PAGE.en), ru: files(EVERY_PAGE.ru) },
    engine: `./${engine[0]}`,
  }
}
