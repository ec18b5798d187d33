// The one store of the game, made of slices (library, game, what-if, persistence, workshop, language, cases, turn
// chances), each in its own file, and the loaders that fetch a language's words on demand.
import { immer } from 'zustand/middleware/immer'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { appSlice } from './app-slice'
import { casesSlice } from './cases-slice'
import { gameSlice } from './game-slice'
import { readDraft } from './imported-scenarios'
import { languageSlice, loadTranslationsOnDemand } from './language-slice'
import { findScenario, librarySlice } from './library-slice'
import { autosave, persistenceSlice, restoreSave } from './persistence-slice'
import { loadProblemWords, loadProblemWordsOnDemand } from './problem-language'
import type { GameStoreDeps, Slice, StoreContext } from './slice'
import type { GameStore, WorkshopSlice } from './state'
import { turnChancesSlice } from './turn-chances-slice'
import { whatIfSlice } from './what-if-slice'
import { initialWorkshop, workshopActions } from './workshop-slice'

export type GameStoreApi = StoreApi<GameStore>
// workshop-slice.ts reads the library's type from here.
export type { LibraryState } from './state'

const defaultSeed = (): number => 1 + Math.floor(Math.random() * 9999)

export function createGameStore(deps: GameStoreDeps): GameStoreApi {
  const ctx: StoreContext = {
    deps,
    randomSeed: deps.randomSeed ?? defaultSeed,
    restored: restoreSave(deps.storage),
    session: undefined,
  }
  const store = createStore<GameStore>()(
    immer((set, get) => ({
      ...librarySlice(set, get, ctx),
      ...gameSlice(set, get, ctx),
      ...whatIfSlice(set, get, ctx),
      ...persistenceSlice(set, get, ctx),
      ...workshopSlice(set, get, ctx),
      ...appSlice(set, get, ctx),
      ...languageSlice(set, get, ctx),
      ...casesSlice(set, get, ctx),
      ...turnChancesSlice(set, get, ctx),
    })),
  )
  autosave(store, deps.storage, deps.saveTiming)
  loadTranslationsOnDemand(store, deps.loadTranslations)
  loadProblemWordsOnDemand(store, deps.loadProblemWords ?? loadProblemWords)
  return store
}

/** The workshop's slice (workshop-slice.ts), lent what it needs of the rest of the store. */
const workshopSlice: Slice<WorkshopSlice> = (set, get, ctx) => ({
  workshop: initialWorkshop(readDraft(ctx.deps.storage), ctx.deps.here),
  ...workshopActions(
    set,
    get,
    {
      storage: ctx.deps.storage,
      checkDraft: ctx.deps.checkDraft ?? ((r) => import('./draft-check').then((m) => m.checkDraft(r))),
      here: ctx.deps.here,
      copyText: ctx.deps.copyText,
    },
    {
      addImported: (scenario, text) => get().addImported(scenario, text),
      savedTitle: async (id) => {
        await get().load('library')
        return findScenario(get().library, id)?.title
      },
      // A step (push) goes as a link would; a correction (replace) as the address bar's own change.
      goTo: (route, write = 'push') => void (write === 'push' ? get().navigate(route) : get().enter(route)),
      reloadLibrary: () => get().reloadLibrary(),
    },
  ),
})
