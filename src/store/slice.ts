// What every slice of the store is given: the store's own set and get, and what the slices share.
import type { StateCreator } from 'zustand/vanilla'
import type { ContentTranslations } from './content-translations'
import type { CheckDraft } from './draft-checker'
import type { LibraryEntry, Session } from './kit'
import type { LoadProblemWords } from './problem-words'
import type { Route } from './route'
import type { SaveTiming } from './save-timing'
import type { Answers, GameId, SaveStorage } from './saved-game'
import type { PreviewEntry } from './scenario-preview'
import type { GameStore, Notice } from './state'

export interface GameStoreDeps {
  /** The scenarios: all the library needs, so its page loads no engine. */
  readonly loadLibrary: () => Promise<readonly LibraryEntry[]>
  /**
   * One bundled scenario by its id, undefined when none has it: a game's address reads its own and no other.
   * Without it every page loads the whole library.
   */
  readonly loadBundled?: (id: string) => Promise<LibraryEntry | undefined>
  /**
   * The bundled scenarios' summaries, for a library page that needs nothing else; without it the library page
   * loads the scenarios themselves. `hasImported` says whether this browser keeps scenarios of its own.
   */
  readonly loadPreviews?: () => Promise<readonly PreviewEntry[]>
  readonly hasImported?: () => boolean
  /** The engine, through the store's session: loaded when a game is opened. */
  readonly loadSession: () => Promise<Session>
  readonly storage?: SaveStorage | undefined
  /** When the game is written to storage: at once unless given (the browser saves when the page is idle). */
  readonly saveTiming?: SaveTiming
  /** Seeds are short so a teacher can read one out to the class. */
  readonly randomSeed?: () => number
  readonly initialRoute?: Route
  /** The browser's languages, best first (navigator.languages): a first visit speaks the first the game knows. */
  readonly browserLanguages?: readonly string[]
  /** The bundled scenarios' translations, fetched the first time the reader's language is not English. */
  readonly loadTranslations?: () => Promise<ContentTranslations>
  /** A language's problem words, for the library's broken files: by default each table's own lazy chunk. */
  readonly loadProblemWords?: LoadProblemWords
  /** The workshop's checker: a worker in the browser (draft-checker.ts); tests may check on their own thread. */
  readonly checkDraft?: CheckDraft
  /** The page's address, for the workshop's share links, and the clipboard to copy them to. */
  readonly here?: { readonly origin: string; readonly pathname: string }
  readonly copyText?: (text: string) => Promise<void>
}

type Creator = StateCreator<GameStore, [['zustand/immer', never]], []>
export type SetState = Parameters<Creator>[0]
export type GetState = Parameters<Creator>[1]

/** Shared by the slices: the dependencies, and the engine once it has come. */
export interface StoreContext {
  readonly deps: GameStoreDeps
  readonly randomSeed: () => number
  /** What the last visit saved, read once at start. */
  readonly restored: {
    readonly game: GameId | null
    readonly answers: Answers | null
    readonly notice: Notice | null
  }
  session: Session | undefined
}

/** A slice: its part of the state and its actions, made from the store's set and get. */
export type Slice<T> = (set: SetState, get: GetState, ctx: StoreContext) => T
