// The library: the bundled crises and this browser's own, loaded once (and again after an import or removal),
// with the engine loaded beside them when a game needs it. A game's address reads only its own scenario when it is
// bundled; the rest come when a page needs them.
import { castDraft, type Draft } from 'immer'
import { readImported, withImported, writeImported } from './imported-scenarios'
import type { Route } from './route'
import type { Slice } from './slice'
import type { GameStore, LibrarySlice, LibraryState } from './state'

export const librarySlice: Slice<LibrarySlice> = (set, get, ctx) => {
  let loadingLibrary: Promise<void> | undefined
  let loadingSession: Promise<void> | undefined
  let loadingPreview: Promise<void> | undefined
  const loadingOne = new Map<string, Promise<void>>()
  const failed = (error: unknown) =>
    set((s) => {
      s.library = { status: 'failed', message: error instanceof Error ? error.message : String(error) }
    })

  const library = () =>
    (loadingLibrary ??= ctx.deps.loadLibrary().then((loaded) => {
      // Imported scenarios that failed to load again are set aside with a notice, never shown broken.
      const dropped = loaded.filter((e) => e.imported && !e.ok)
      const entries = loaded.filter((e) => !(e.imported && !e.ok))
      set((s) => {
        s.library = castDraft({ status: 'ready', entries })
        if (dropped.length > 0)
          s.notice = {
            kind: 'imported-dropped',
            count: dropped.filter((e) => !e.ok && e.problems.length > 0).length,
          }
        dropStaleGame(s, true)
      })
    }, failed))

  /** A game's own scenario, when it is bundled; an instructor's own needs the whole library to be read. */
  const one = (id: string): Promise<void> => {
    const { loadBundled } = ctx.deps
    if (!loadBundled) return library()
    const loading =
      loadingOne.get(id) ??
      loadBundled(id).then((entry) => {
        if (!entry) return library()
        set((s) => {
          // The whole library may have come first; it has this scenario too.
          if (s.library.status !== 'loading' && s.library.status !== 'partial') return
          const before = s.library.status === 'partial' ? s.library.entries : []
          s.library = castDraft({ status: 'partial', entries: [...before, entry] })
          dropStaleGame(s, false)
        })
      }, failed)
    loadingOne.set(id, loading)
    return loading
  }

  /** Once what a page needed has come, the route again: entering the same place twice changes nothing. */
  const enterAgain = (loaded: Promise<unknown>) => loaded.then(() => get().enter(get().route))

  return {
    library: { status: 'loading' },
    preview: null,

    load(what = 'library') {
      const { loadPreviews, hasImported } = ctx.deps
      // The library page lists this browser's own scenarios too: with any kept here, it needs them all.
      if (what === 'preview' && (!loadPreviews || hasImported?.() !== false)) what = 'library'
      if (what === 'preview' && loadPreviews) {
        loadingPreview ??= loadPreviews().then((preview) => {
          set((s) => {
            s.preview = castDraft(preview)
          })
        }, failed)
        return enterAgain(loadingPreview)
      }
      const engine = what === 'all' || what === 'engine'
      if (engine)
        loadingSession ??= ctx.deps.loadSession().then((loaded) => {
          ctx.session = loaded
        }, failed)
      return enterAgain(Promise.all([what !== 'engine' && library(), engine && loadingSession]))
    },

    loadScenario: (id) => enterAgain(one(id)),

    addImported(scenario, text) {
      const storage = ctx.deps.storage
      const stored = readImported(storage)
      const files = stored.status === 'ok' ? stored.files : []
      writeImported(storage, withImported(files, { id: scenario.id, text }))
      set((s) => {
        s.notice = { kind: 'imported-added', title: scenario.title }
        // Saved from the workshop: the draft is now that scenario, with nothing left to lose.
        const draft = s.workshop.draft
        if (draft?.text === text) s.workshop.draft = { ...draft, editing: scenario.id, unsaved: false }
      })
      return get().reloadLibrary()
    },

    removeImported(id) {
      const storage = ctx.deps.storage
      const stored = readImported(storage)
      if (stored.status === 'ok')
        writeImported(
          storage,
          stored.files.filter((f) => f.id !== id),
        )
      set((s) => {
        // A draft of the removed scenario is now its only copy.
        const draft = s.workshop.draft
        if (draft?.editing === id) s.workshop.draft = { text: draft.text, file: draft.file, unsaved: true }
      })
      return get().reloadLibrary()
    },

    reloadLibrary() {
      loadingLibrary = undefined
      return get().load('library')
    },
  }
}

/** A scenario of the library by its id, once the library (or that scenario alone) has loaded. */
export function findScenario(library: LibraryState, id: string) {
  if (library.status !== 'ready' && library.status !== 'partial') return undefined
  for (const entry of library.entries) if (entry.ok && entry.scenario.id === id) return entry.scenario
  return undefined
}

/**
 * What a route still needs of the scenarios: a game or a scenario's page its own scenario (the whole library only
 * when that one is not bundled), the library's page its previews (loaded apart), any other page the whole library.
 */
export function libraryNeeded(
  library: LibraryState,
  route: Route,
): 'nothing' | 'library' | { readonly scenario: string } {
  if (library.status === 'ready' || library.status === 'failed' || route.name === 'library') return 'nothing'
  if (route.name !== 'play' && route.name !== 'scenario') return 'library'
  return findScenario(library, route.scenario) ? 'nothing' : { scenario: route.scenario }
}

/**
 * A saved game whose scenario or role the library no longer has is set aside, with a notice. With only some
 * scenarios here (`whole` false), a game of another is left for the whole library to judge.
 */
function dropStaleGame(s: Draft<GameStore>, whole: boolean): void {
  const game = s.game
  if (!game) return
  const entry = findScenario(s.library, game.scenario)
  if (!whole && !entry) return
  if (!entry?.roles.some((r) => r.id === game.role)) {
    s.game = null
    s.notice = { kind: 'save-stale' }
  }
}
