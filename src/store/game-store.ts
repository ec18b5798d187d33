// The one store of the game, made of slices (library, game, what-if, persistence, app, language), each in its own file.
import { immer } from 'zustand/middleware/immer'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { appSlice } from './app-slice'
import { gameSlice } from './game-slice'
import { importedText, readDraft } from './imported-scenarios'
import { languageSlice } from './language-slice'
import { librarySlice } from './library-slice'
import { autosave, persistenceSlice, restoreSave } from './persistence-slice'
import type { GameStoreDeps, Slice, StoreContext } from './slice'
import type { GameStore, WorkshopSlice } from './state'
import { whatIfSlice } from './what-if-slice'

export type GameStoreApi = StoreApi<GameStore>

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
    })),
  )
  autosave(store, deps.storage)
  return store
}

const workshopSlice: Slice<WorkshopSlice> = (set, get, ctx) => ({
  workshop: { draft: readDraft(ctx.deps.storage), opened: 0 },

  keepDraft(text, file) {
    const draft = get().workshop.draft
    if (draft?.text === text && draft.file === file) return
    set((s) => {
      s.workshop.draft = {
        text,
        file,
        ...(draft?.editing ? { editing: draft.editing } : {}),
        unsaved: true,
      }
    })
  },

  openDraft(text, file) {
    set((s) => {
      s.workshop = { draft: { text, file, unsaved: false }, opened: s.workshop.opened + 1 }
    })
  },

  editImported(id, changes) {
    const text = importedText(ctx.deps.storage, id)
    // Gone since the library was shown (removed in another tab): show the library as it is now.
    if (text === undefined) return void get().reloadLibrary()
    const draft = get().workshop.draft
    const keep = changes === 'keep' && draft?.editing === id && draft.unsaved
    set((s) => {
      if (!keep)
        s.workshop = {
          draft: { text, file: `${id}.yaml`, editing: id, unsaved: false },
          opened: s.workshop.opened + 1,
        }
      if (s.route.name !== 'workshop') {
        s.route = { name: 'workshop' }
        s.urlWrite = 'push'
      }
    })
  },
})
