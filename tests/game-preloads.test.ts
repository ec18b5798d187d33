// The files a game's address fetches beside the entry (scripts/preloads-plugin.ts): each module the game loads
// on demand, what it imports, and their style sheets, but nothing the entry brings already.
import type { Rollup } from 'vite'
import { describe, expect, it } from 'vitest'
import { GAME_FILES_MARKER, gameFiles, gamePreloads } from '../scripts/preloads-plugin'

/** A chunk of a made-up build: its file, the module it stands for, what it imports, its style sheets. */
const chunk = (
  fileName: string,
  options: { module?: string; virtual?: string; imports?: string[]; css?: string[]; entry?: boolean } = {},
) =>
  ({
    type: 'chunk',
    fileName,
    facadeModuleId: options.module
      ? `/repo${options.module}`
      : options.virtual
        ? `\0${options.virtual}`
        : null,
    imports: options.imports ?? [],
    isEntry: options.entry ?? false,
    viteMetadata: { importedCss: new Set(options.css ?? []), importedAssets: new Set() },
  }) as unknown as Rollup.OutputChunk

/** The engine's worker, which Vite builds apart and writes as an asset. */
const engineWorker = { type: 'asset', fileName: 'assets/engine-worker-Ab_1.js' } as Rollup.OutputAsset

const build = (chunks: Rollup.OutputChunk[], assets = [engineWorker]): Rollup.OutputBundle =>
  Object.fromEntries([...chunks, ...assets].map((c) => [c.fileName, c]))

const complete = [
  chunk('assets/index.js', { module: '/index.html', entry: true, imports: ['assets/react.js'] }),
  chunk('assets/react.js'),
  chunk('assets/play.js', {
    module: '/src/ui/screens/play-screen.tsx',
    imports: ['assets/react.js', 'assets/chart.js'],
    css: ['assets/play.css'],
  }),
  chunk('assets/chart.js', { imports: ['assets/format.js'], css: ['assets/chart.css'] }),
  chunk('assets/format.js'),
  chunk('assets/bundled.js', { module: '/src/scenario/bundled.ts' }),
  chunk('assets/scenario-crisis.js', { virtual: 'virtual:bundled/scenario-crisis' }),
  chunk('assets/scenario-other.js', {
    virtual: 'virtual:bundled/scenario-other',
    imports: ['assets/react.js'],
  }),
  chunk('assets/session.js', { module: '/src/store/worker-session.ts', imports: ['assets/format.js'] }),
  chunk('assets/en-other.js', { module: '/src/ui/locales/other-pages/en.po' }),
  chunk('assets/ru-first.js', { module: '/src/ui/locales/first-page/ru.po' }),
  chunk('assets/ru-other.js', { module: '/src/ui/locales/other-pages/ru.po' }),
  chunk('assets/translations.js', {
    module: '/src/scenario/bundled-translations.ts',
    imports: ['assets/translate.js', 'assets/format.js'],
  }),
  chunk('assets/translate.js'),
  chunk('assets/workshop.js', { module: '/src/ui/workshop/workshop-screen.tsx' }),
]

describe("a game's files", () => {
  it('are its modules with what they import and their style sheets, less the entry and other screens', () => {
    expect(gameFiles(build(complete))).toEqual({
      code: [
        './assets/play.js',
        './assets/play.css',
        './assets/chart.js',
        './assets/chart.css',
        './assets/format.js',
        './assets/bundled.js',
        './assets/session.js',
      ],
      en: ['./assets/en-other.js'],
      ru: [
        './assets/ru-first.js',
        './assets/translations.js',
        './assets/translate.js',
        './assets/format.js',
        './assets/ru-other.js',
      ],
      scenarios: { crisis: ['./assets/scenario-crisis.js'], other: ['./assets/scenario-other.js'] },
      // Any page in Russian shows no crisis before the translations have come.
      pages: {
        en: [],
        ru: [
          './assets/ru-first.js',
          './assets/translations.js',
          './assets/translate.js',
          './assets/format.js',
        ],
      },
      engine: './assets/engine-worker-Ab_1.js',
    })
  })

  it("stop the build when the engine's worker is not one file of the build", () => {
    expect(() => gameFiles(build(complete, []))).toThrow("0 files of the engine's worker")
    const another = { ...engineWorker, fileName: 'assets/engine-worker-Cd2.js' }
    expect(() => gameFiles(build(complete, [engineWorker, another]))).toThrow(
      "2 files of the engine's worker",
    )
  })

  it('stop the build when no bundled scenario has a chunk of its own', () => {
    const without = complete.filter((c) => !c.fileName.startsWith('assets/scenario-'))
    expect(() => gameFiles(build(without))).toThrow('no chunk of a bundled scenario')
  })

  it('stop the build, naming the module, when one of them has no chunk', () => {
    const without = complete.filter((c) => c.fileName !== 'assets/bundled.js')
    expect(() => gameFiles(build(without))).toThrow('no chunk for /src/scenario/bundled.ts')
  })

  it("are written into index.html's script, which must keep the marker", () => {
    const plugin = gamePreloads()
    const hook = plugin.transformIndexHtml as {
      handler: (html: string, context: { bundle: Rollup.OutputBundle }) => string
    }
    const html = `<script>const gameFiles = ${GAME_FILES_MARKER}</script>`
    const written = hook.handler(html, { bundle: build(complete) })
    expect(written).not.toContain(GAME_FILES_MARKER)
    const list = JSON.parse(/const gameFiles = (.*)<\/script>/.exec(written)![1]!)
    expect(list).toEqual(gameFiles(build(complete)))
    expect(() => hook.handler('<script></script>', { bundle: build(complete) })).toThrow('marker')
  })
})
