// The student's work kept in this browser: the game restored at start (or set aside, with a notice, when it
// cannot be read), saved again on every change, and the notices about what happened to it.
import type { StoreApi } from 'zustand/vanilla'
import { writeDraft } from './imported-scenarios'
import { type GameId, readSave, type SaveStorage, writeSave } from './saved-game'
import type { Slice } from './slice'
import type { GameStore, Notice, PersistenceSlice } from './state'

/** What the last visit left: its game, or a notice saying why there is none. */
export function restoreSave(storage: SaveStorage | undefined): {
  game: GameId | null
  notice: Notice | null
} {
  const saved = readSave(storage)
  if (saved.status === 'unreadable') {
    writeSave(storage, null)
    return { game: null, notice: { kind: 'save-unreadable', why: saved.why } }
  }
  return { game: saved.status === 'ok' ? saved.game : null, notice: null }
}

export const persistenceSlice: Slice<PersistenceSlice> = (set, _get, ctx) => ({
  notice: ctx.restored.notice,
  dismissNotice() {
    set((s) => {
      s.notice = null
    })
  },
})

/**
 * Autosave: every change of the game, never of the screen, so a reload resumes the same game; and every change
 * of the workshop's draft (the workshop paces them), so a reload finds the text as it was typed.
 */
export function autosave(store: StoreApi<GameStore>, storage: SaveStorage | undefined): () => void {
  return store.subscribe((state, previous) => {
    if (state.game !== previous.game) writeSave(storage, state.game)
    const draft = state.workshop.draft
    if (draft && draft !== previous.workshop.draft) writeDraft(storage, draft)
  })
}
