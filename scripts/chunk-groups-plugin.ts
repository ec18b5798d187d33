// The build's chunks, fewer than the bundler's own split. Left to itself, Rolldown gives each set of screens that
// share a module a chunk of its own, most of them under 1 KB: a shared debrief's address fetched 45 files, 13 for the
// first page alone. Over HTTP/1.1, which npm start's server speaks, a browser opens at most six connections to a
// host and each request waits for one to come free, a round trip or more on a school's wifi. With the groups below
// the first page is its script, the bundler's runtime, its style sheet and its catalog, and a game's address adds
// nine files (three of them style sheets) beside its scenario and its words (docs/performance.md, "Fewer, larger
// files").
import type { Plugin } from 'vite'

/** What a game's address loads on demand: the play screen, the bundled scenarios' index, the engine's session. */
const GAME = ['/src/ui/screens/play-screen.tsx', '/src/scenario/bundled.ts', '/src/store/worker-session.ts']
/**
 * The pages a student reads on the way to a game, a scenario's page and the cases compared, and what a scenario's
 * page loads through the store: its scenario (the bundled scenarios' index) and each turn's chances (the engine's
 * session).
 */
const ON_THE_WAY = [
  '/src/ui/screens/scenario-screen.tsx',
  '/src/ui/compare/compare-screen.tsx',
  '/src/scenario/bundled.ts',
  '/src/store/worker-session.ts',
]
/** The workshop's and the live sessions' screens, which draw some of the game's parts (the band chart, the forms). */
const OTHER_SCREENS = [
  '/src/ui/workshop/workshop-screen.tsx',
  '/src/ui/workshop/import-screen.tsx',
  '/src/ui/live/facilitate-screen.tsx',
  '/src/ui/live/join-screen.tsx',
  '/src/ui/live/pass-device-screen.tsx',
]

export function chunkGroups(): Plugin {
  // Filled once the build has read every module: what each set of screens imports statically (and what that imports),
  // and every module something imports on demand, which keeps a chunk of its own so that it still loads on demand.
  const game = new Set<string>()
  const onTheWay = new Set<string>()
  const otherScreens = new Set<string>()
  const onDemand = new Set<string>()
  // The app's own modules the game needs; a package stays where the bundler puts it, with the screens that use it.
  const gameModule = (id: string) =>
    game.has(id) && !onDemand.has(id) && id.includes('/src/') && !id.includes('/node_modules/')
  return {
    name: 'article-four:chunk-groups',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              // A group takes what its test names and no more: its modules' imports stay where they belong (the
              // entry's, another group's), and a module two groups name goes to the higher priority.
              includeDependenciesRecursively: false,
              groups: [
                // What the entry imports statically: the page cannot start without any of it.
                { name: 'index', tags: ['$initial'], priority: 4 },
                // What the game shares with the pages on the way, which so stay small.
                { name: 'pages', priority: 3, test: (id: string) => gameModule(id) && onTheWay.has(id) },
                // What the game shares with the workshop's and the live screens, which so do not load the game.
                {
                  name: 'screens',
                  priority: 2,
                  test: (id: string) => gameModule(id) && otherScreens.has(id),
                },
                // What only the game needs.
                { name: 'game', priority: 1, test: gameModule },
              ],
            },
          },
        },
      },
    }),
    buildEnd() {
      for (const set of [game, onTheWay, otherScreens, onDemand]) set.clear()
      const visit = (into: Set<string>, id: string) => {
        if (into.has(id)) return
        into.add(id)
        for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(into, imported)
      }
      for (const id of this.getModuleIds()) {
        for (const imported of this.getModuleInfo(id)?.dynamicallyImportedIds ?? []) onDemand.add(imported)
        for (const [roots, into] of [
          [GAME, game],
          [ON_THE_WAY, onTheWay],
          [OTHER_SCREENS, otherScreens],
        ] as const)
          if (roots.some((root) => id.endsWith(root))) visit(into, id)
      }
    },
  }
}
