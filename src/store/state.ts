// The store's shape: every slice's state and actions, in one place so the slices can read each other's types
// without importing each other (game-store.ts puts them together).
import type { CaseRow, Decision } from '../engine'
import type { FactPath } from '../scenario/types'
import type { WhatIfFact } from '../scenario/vocabulary'
import type { SwitchFact, SwitchValue, WhatIfItem } from '../scenario/what-if-items'
import type { ContentTranslations } from './content-translations'
import type { LibraryEntry } from './kit'
import type { Language } from './language'
import type { ProblemWords } from './problem-words'
import type { Route } from './route'
import type { Answers, GameId } from './saved-game'
import type { PreviewEntry } from './scenario-preview'
import type { GameView, WhatIfView } from './session'
import type { WorkshopActions, WorkshopState } from './workshop-state'

export type { WorkshopState } from './workshop-state'

/** Something the student should know that is not an error of theirs: shown once, dismissible. */
export type Notice =
  | { readonly kind: 'save-unreadable'; readonly why: 'corrupt' | 'old-version' }
  | { readonly kind: 'save-stale' }
  | { readonly kind: 'choices-dropped' }
  | { readonly kind: 'imported-added'; readonly title: string }
  /** A shared link brought a scenario this browser keeps already, word for word: nothing was changed. */
  | { readonly kind: 'imported-already'; readonly title: string }
  /** Imported scenarios that no longer load were set aside; `count` is 0 when the whole list was damaged. */
  | { readonly kind: 'imported-dropped'; readonly count: number }
  /** No game within reach opens as history did, so the student's game goes on as it was. */
  | { readonly kind: 'no-historical-opening' }
  /** A link's seed was no seed: the game plays another, and says which. */
  | { readonly kind: 'seed-replaced'; readonly given: string; readonly seed: number }

export type LibraryState =
  | { readonly status: 'loading' }
  /** Only the bundled scenarios a game's address needed, read alone: the rest come when a page needs them. */
  | { readonly status: 'partial'; readonly entries: readonly LibraryEntry[] }
  | { readonly status: 'ready'; readonly entries: readonly LibraryEntry[] }
  | { readonly status: 'failed'; readonly message: string }

/** The crises on offer, bundled and this browser's own. */
export interface LibrarySlice {
  readonly library: LibraryState
  /**
   * The bundled crises as the library's cards show them, before (or instead of) the scenarios themselves: the
   * first page needs no more. Null until they have come.
   */
  readonly preview: readonly PreviewEntry[] | null
  /**
   * Loads the scenarios, then settles the route and any saved game: 'preview' only the library's cards (and
   * the scenarios themselves when this browser keeps its own, which the library lists); 'library' every
   * scenario; 'all' the engine as well (tests, and the cases page); 'engine' the engine alone. A game's route
   * loads what it needs by itself.
   */
  load(what?: 'preview' | 'library' | 'all' | 'engine'): Promise<void>
  /**
   * One scenario, for a game's page or a scenario's, then settles the route: a bundled one alone, another (this
   * browser's own) with the whole library, which it needs to be read.
   */
  loadScenario(id: string): Promise<void>
  /** Keeps a checked scenario among this browser's own and reloads the library with it. */
  addImported(scenario: { readonly id: string; readonly title: string }, text: string): Promise<void>
  removeImported(id: string): Promise<void>
  /** The library again, after this browser's own scenarios changed (here, or in another tab). */
  reloadLibrary(): Promise<void>
}

/** Where the student is, and the game being played with the engine's results for it. */
export interface GameSlice {
  readonly route: Route
  /** How the URL should follow the route: a new history entry for a step, a replacement for a correction. */
  readonly urlWrite: 'push' | 'replace'
  /** The game being played, as saved: null before a role is taken. */
  readonly game: GameId | null
  /** The engine's results for the game; null until the engine has loaded or when the route names no game. */
  readonly view: GameView | null
  /** The engine is working on the game: a decision, a new seed, a search, on its way. */
  readonly busy: boolean
  /** The engine failed on this game (it should not): said plainly, with a way out, never a blank page. */
  readonly engineError: string | null
  /**
   * The URL changed (a link, the back button, a reload): follow it. Every action that plays the game settles
   * when the engine has answered.
   */
  enter(route: Route): Promise<void>
  /** Goes somewhere, as a link would: a new entry in the browser's history. */
  navigate(route: Route): Promise<void>
  /** From the briefing to the first screen where something happens. */
  begin(): Promise<void>
  decide(decision: Decision): Promise<void>
  /** A fresh game of the same role with this seed. */
  changeSeed(seed: number): Promise<void>
  newSeed(): Promise<void>
  /** The same role and seed from the first decision. */
  restart(): Promise<void>
  /**
   * A historical crisis from what really happened: a game whose other actors open as the record has them,
   * the student deciding from there. Says so with a notice when no game in reach opens that way.
   */
  startFromHistory(): Promise<void>
}

/** The game replayed on facts the student moves. */
export interface WhatIfSlice {
  /** The game on the what-if sliders' facts; null while every slider sits on the scenario's value. */
  readonly whatIf: WhatIfView | null
  /** A replay is on its way: the sliders show where they are, the rest follows. */
  readonly replaying: boolean
  /** A slider is held: the replays shown are the drag's, and what changed is said only once it is let go. */
  readonly dragging: boolean
  moveFact(fact: FactPath, value: number, phase: 'drag' | 'release'): Promise<void>
  /** Sets a switch (where the fighting is, the kind of crisis, the adversary) and replays the game in full. */
  setSwitch(fact: SwitchFact, value: SwitchValue): Promise<void>
  /**
   * Replays, in the background, every position of these sliders and every value of these switches with the other
   * facts where they are, so a move finds each one made. Returns the cancel: the what-if screen calls it when it
   * goes or the facts change.
   */
  prepareWhatIf(items: readonly WhatIfItem[]): () => void
  resetWhatIf(fact?: WhatIfFact): Promise<void>
}

/** What happened to the student's saved work that was not their doing. */
export interface PersistenceSlice {
  readonly notice: Notice | null
  /** The page the notice belongs to: it stays there, and is gone once the student moves on. */
  readonly noticeAt: Route | null
  /** The student's answers to the discussion questions and their name for the hand-in, kept with the autosave. */
  readonly answers: Answers | null
  dismissNotice(): void
  /** The student typed an answer to question `question` (counted from 0) of the game's crisis. */
  answer(question: number, text: string): void
  /** The student typed their name and class for the top of the printed debrief (kept here, never sent). */
  nameHandIn(name: string): void
}

/** The workshop's draft, its checks and play-tests (workshop-slice.ts). */
export type WorkshopSlice = { readonly workshop: WorkshopState } & WorkshopActions

/** The app around the game: the network, and a new version waiting. */
export interface AppSlice {
  /** Whether the browser says it is online: the game plays offline, live sessions need the server. */
  readonly online: boolean
  /** none: this is the newest version known; ready: a new one waits for a reload; reloading: switching to it. */
  readonly update: 'none' | 'ready' | 'reloading'
  setOnline(online: boolean): void
  /** The service worker has installed a new version; `apply` lets it take over, and the page then reloads. */
  updateReady(apply: () => Promise<void>): void
  /** The reader chose the new version: it takes over and the page reloads (the game is saved as it goes). */
  reload(): void
}

/** The historical cases side by side, as the cases page shows them. */
export type CasesState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly rows: readonly CaseRow[] }
  | { readonly status: 'failed'; readonly message: string }

export interface CasesSlice {
  readonly cases: CasesState
  /** Plays every bundled historical crisis once (the first visit to the cases page); later calls find it done. */
  loadCases(): Promise<void>
}

/** The language of every word the game shows, and of the address. */
export interface LanguageSlice {
  readonly language: Language
  /**
   * The bundled scenarios' translations, once a language other than English has asked for them: null before,
   * and for a reader who reads only English (their first page never fetches them).
   */
  readonly translations: ContentTranslations | null
  /**
   * The translations are on their way. Meanwhile a screen first opened in that language waits (it says "Loading")
   * rather than show a bundled scenario's English and change it under the reader, and a screen already showing
   * one keeps the words it had; a failed fetch ends the wait with the English.
   */
  readonly translationsPending: boolean
  /**
   * The language the crises were shown in before the reader's last choice of language: null until one was shown
   * (a first visit in Russian). While a switch's translations come, the screens keep it (content-language.ts).
   */
  readonly contentLanguageBefore: Language | null
  /**
   * The problem words of the reader's language, fetched once the library has a broken file to show in a
   * language other than English (problem-language.ts): null before, and for an English reader.
   */
  readonly problemWords: ProblemWords | null
  /** The reader chose a language, or a link named one: the page, the address and the next visit follow. */
  setLanguage(language: Language): void
  /**
   * The language a visit begins in, as its address names it before any screen has shown a crisis: the page, the
   * address and the next visit follow as they do a choice, but unlike a switch it keeps no language's crises
   * while its translations come, since none were shown (a first visit in Russian waits for them).
   */
  beginIn(language: Language): void
}

/** How likely each role of a crisis is to decide at all, for its page (turn-chances-slice.ts). */
export interface TurnChancesSlice {
  /** By scenario id, then role id: a chance from 0 to 1; a scenario is missing until the engine has answered. */
  readonly turnChances: Readonly<Record<string, Readonly<Record<string, number>>>>
  /** Asks the engine, once per scenario, how likely each of its roles is to decide; settles with the answer. */
  loadTurnChances(scenario: string): Promise<void>
}

export type GameStore = LibrarySlice &
  GameSlice &
  WhatIfSlice &
  PersistenceSlice &
  WorkshopSlice &
  AppSlice &
  LanguageSlice &
  CasesSlice &
  TurnChancesSlice
