// The student's work kept in this browser: the game restored at start (or set aside, with a notice, when it
// cannot be read), saved again on every change, and the notices about what happened to it.
import type { StoreApi } from 'zustand/vanilla'
import { writeDraft } from './imported-scenarios'
import { writeLanguage } from './language'
import { type SaveTiming, saveAtOnce } from './save-timing'
import {
  type Answers,
  type GameId,
  MAX_ANSWER,
  MAX_NAME,
  MAX_QUESTIONS,
  readSave,
  type SaveStorage,
  writeSave,
} from './saved-game'
import type { Slice } from './slice'
import type { GameStore, Notice, PersistenceSlice } from './state'

/** What the last visit left: its game, or a notice saying why there is none. */
export function restoreSave(storage: SaveStorage | undefined): {
  game: GameId | null
  answers: Answers | null
  notice: Notice | null
} {
  const saved = readSave(storage)
  if (saved.status === 'unreadable') {
    writeSave(storage, null)
    return { game: null, answers: null, notice: { kind: 'save-unreadable', why: saved.why } }
  }
  return saved.status === 'ok'
    ? { game: saved.game, answers: saved.answers ?? null, notice: null }
    : { game: null, answers: null, notice: null }
}

export const persistenceSlice: Slice<PersistenceSlice> = (set, get, ctx) => ({
  notice: ctx.restored.notice,
  noticeAt: null,
  answers: ctx.restored.answers,

  dismissNotice() {
    set((s) => {
      s.notice = null
      s.noticeAt = null
    })
  },

  answer(question, text) {
    const game = get().game
    if (!game || question < 0 || question >= MAX_QUESTIONS) return
    const page = pageOf(get(), game)
    const texts = [...page.texts]
    while (texts.length <= question) texts.push('')
    texts[question] = text.slice(0, MAX_ANSWER)
    set((s) => {
      s.answers = { ...page, texts }
    })
  },

  nameHandIn(name) {
    const game = get().game
    if (!game) return
    const page = pageOf(get(), game)
    set((s) => {
      s.answers = { ...page, texts: [...page.texts], name: name.slice(0, MAX_NAME) }
    })
  },
})

/** The page of answers the game writes on: its own, or, for another crisis or role, a fresh one, unsigned. */
function pageOf(s: Pick<GameStore, 'answers'>, game: GameId): Answers {
  const mine = s.answers?.scenario === game.scenario && s.answers.role === game.role
  return mine ? s.answers! : { scenario: game.scenario, role: game.role, texts: [] }
}

/**
 * Autosave: every change of the game, never of the screen, so a reload resumes the same game (written when
 * `timing` says: in the browser, once the page is idle or goes away); and every change
 * of the workshop's draft (the workshop paces them), so a reload finds the text as it was typed; and the
 * reader's language, so the next visit speaks it.
 */
export function autosave(
  store: StoreApi<GameStore>,
  storage: SaveStorage | undefined,
  timing: SaveTiming = saveAtOnce,
): () => void {
  return store.subscribe((state, previous) => {
    // The game's newest state is the one written: a write still waiting is replaced by this one.
    if (state.game !== previous.game || state.answers !== previous.answers)
      timing.later(() => writeSave(storage, state.game, answersOf(state)))
    const draft = state.workshop.draft
    if (draft && draft !== previous.workshop.draft) writeDraft(storage, draft)
    if (state.language !== previous.language) writeLanguage(storage, state.language)
  })
}

/** The answers of the game being played: those of another crisis or role are not kept with it. */
export const answersOf = (state: Pick<GameStore, 'game' | 'answers'>): Answers | null =>
  state.game && state.answers?.scenario === state.game.scenario && state.answers.role === state.game.role
    ? state.answers
    : null
