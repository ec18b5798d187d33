// A Vite plugin that writes into index.html's first script the files a game's address needs beyond the entry. A
// shared debrief link, or a saved game reopened, needs the play screen, the bundled scenarios, the engine's session
// and the other pages' catalog. Without this the browser learns of them one after another: the entry must run to
// ask for the scenarios and the session, and the play screen is asked for only once the scenarios have come. With
// it, the script starts them all beside the entry. In development the list stays empty.
import type { Plugin, Rollup } from 'vite'

/** What index.html's script says until the build writes the list. */
export const GAME_FILES_MARKER = '{ /* the game files, written by the build */ }'

/** The modules a game's first screen loads on demand, and each language's catalog of the other pages. */
const CODE = ['/src/ui/screens/play-screen.tsx', '/src/scenario/bundled.ts', '/src/store/worker-session.ts']
const CATALOGS = {
  en: ['/src/ui/locales/other-pages/en.po'],
  ru: ['/src/ui/locales/first-page/ru.po', '/src/ui/locales/other-pages/ru.po'],
} as const

/** The files, by language, that a game's address should fetch at once: `code` for every language. */
export type GameFiles = Record<'code' | keyof typeof CATALOGS, string[]>

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
export function gameFiles(bundle: Rollup.OutputBundle): GameFiles {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk')
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const chunkOf = (module: string) => {
    const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module))
    if (!chunk) throw new Error(`no chunk for ${module}: did it move? (scripts/game-preloads-plugin.ts)`)
    return chunk
  }
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
  const files = (modules: readonly string[]): string[] =>
    [...withImports(modules.map(chunkOf))]
      .filter((c) => !entry.has(c))
      .flatMap((c) => [c.fileName, ...(c.viteMetadata?.importedCss ?? [])])
      .map((name) => `./${name}`)
  return { code: files(CODE), en: files(CATALOGS.en), ru: files(CATALOGS.ru) }
}
