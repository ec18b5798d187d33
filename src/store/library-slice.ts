// The library: the bundled crises and this browser's own, loaded once (and again after an import or removal),
// with the engine loaded beside them when a game needs it.
import { castDraft } from 'immer'
import { readImported, withImported, writeImported } from './imported-scenarios'
import type { Slice } from './slice'
import type { LibrarySlice } from './state'

export const librarySlice: Slice<LibrarySlice> = (set, get, ctx) => {
  let loadingLibrary: Promise<void> | undefined
  let loadingSession: Promise<void> | undefined
  let loadingPreview: Promise<void> | undefined
  const failed = (error: unknown) =>
    set((s) => {
      s.library = { status: 'failed', message: error instanceof Error ? error.message : String(error) }
    })

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
        return loadingPreview.then(() => get().enter(get().route))
      }
      if (what === 'all')
        loadingSession ??= ctx.deps.loadSession().then((loaded) => {
          ctx.session = loaded
        }, failed)
      loadingLibrary ??= ctx.deps.loadLibrary().then((loaded) => {
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
          const game = s.game
          const entry = game && findScenario(s.library, game.scenario)
          if (game && !entry?.roles.some((r) => r.id === game.role)) {
            s.game = null
            s.notice = { kind: 'save-stale' }
          }
        })
      }, failed)
      const loaded = what === 'all' ? Promise.all([loadingLibrary, loadingSession]) : loadingLibrary
      // Then the route again, now that what it needs is here: entering the same place twice changes nothing.
      return loaded.then(() => get().enter(get().route))
    },

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

/** A scenario of the library by its id, once the library has loaded. */
export function findScenario(library: LibrarySlice['library'], id: string) {
  if (library.status !== 'ready') return undefined
  for (const entry of library.entries) if (entry.ok && entry.scenario.id === id) return entry.scenario
  return undefined
}
