// The library's broken files in the reader's language. A problem keeps its English `message` (the command line's
// words); a reader of another language gets that language's table of problem words, fetched only when the
// library has a broken file to show and the language is not English, so the first page never carries it.
import type { StoreApi } from 'zustand/vanilla'
import type { ProblemWording } from '../scenario/wording/en'
import { wordProblem } from '../scenario/wording/word-problem'
import type { LibraryEntry } from './kit'
import type { LoadProblemWords, WordedLanguage } from './problem-words'
import type { PreviewEntry } from './scenario-preview'
import type { GameStore, LibraryState } from './state'
import { viewMemo } from './view-memo'

/** The tables in the browser: each its own chunk, fetched on first need. */
export const loadProblemWords: LoadProblemWords = (language) => {
  switch (language) {
    case 'ru':
      return import('../scenario/wording/ru').then((m) => m.PROBLEMS_RU)
  }
}

const hasBroken = ({ library, preview }: GameStore): boolean =>
  (library.status === 'ready' && library.entries.some((e) => !e.ok)) || (preview?.some((e) => !e.ok) ?? false)

/**
 * Fetches the problem words of the store's language once the library holds a broken file and the language is
 * not English. A failed fetch leaves the English, and the next change of state tries again.
 */
export function loadProblemWordsOnDemand(store: StoreApi<GameStore>, load: LoadProblemWords): void {
  let loading: WordedLanguage | undefined
  const follow = (state: GameStore): void => {
    const { language, problemWords } = state
    if (language === 'en' || problemWords?.language === language || loading === language) return
    if (!hasBroken(state)) return
    loading = language
    load(language).then(
      (table) => {
        loading = undefined
        store.setState({ problemWords: { language, table } })
      },
      () => {
        loading = undefined
      },
    )
  }
  store.subscribe((state, previous) => {
    if (
      state.language !== previous.language ||
      state.library !== previous.library ||
      state.preview !== previous.preview
    )
      follow(state)
  })
  follow(store.getState())
}

/** The table for the store's language, once fetched; undefined in English, and before. */
const tableOf = (s: GameStore): ProblemWording | undefined =>
  s.language !== 'en' && s.problemWords?.language === s.language ? s.problemWords.table : undefined

const viewOf = viewMemo()

/** `entries` with each broken file's problems worded by `table` (their `message` now in that language). */
function worded<E extends LibraryEntry | PreviewEntry>(entries: readonly E[], table: ProblemWording): E[] {
  return entries.map((e) =>
    e.ok ? e : { ...e, problems: e.problems.map((p) => ({ ...p, message: wordProblem(table, p) })) },
  )
}

/** The library with its broken files' problems in the reader's language, made once per library and table. */
export function libraryProblemsInLanguage(s: GameStore, library: LibraryState): LibraryState {
  const table = tableOf(s)
  if (!table || library.status !== 'ready' || library.entries.every((e) => e.ok)) return library
  return viewOf(library, [table], () => ({ status: 'ready', entries: worded(library.entries, table) }))
}

/** The library's first cards with their broken files' problems in the reader's language. */
export function previewProblemsInLanguage(
  s: GameStore,
  preview: readonly PreviewEntry[] | null,
): readonly PreviewEntry[] | null {
  const table = tableOf(s)
  if (!table || !preview || preview.every((e) => e.ok)) return preview
  return viewOf(preview, [table], () => worded(preview, table))
}
