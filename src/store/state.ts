// The store's shape: every slice's state and actions, in one place so the slices can read each other's types
// without importing each other (game-store.ts puts them together).
import type { Decision } from '../engine'
import type { FactPath } from '../scenario/types'
import type { WorkshopDraft } from './imported-scenarios'
import type { LibraryEntry } from './kit'
import type { Route } from './route'
import type { GameId } from './saved-game'
import type { GameView, WhatIfView } from './session'

/** Something the student should know that is not an error of theirs: shown once, dismissible. */
export type Notice =
  | { readonly kind: 'save-unreadable'; readonly why: 'corrupt' | 'old-version' }
  | { readonly kind: 'save-stale' }
  | { readonly kind: 'choices-dropped' }
  | { readonly kind: 'imported-added'; readonly title: string }
  /** Imported scenarios that no longer load were set aside; `count` is 0 when the whole list was damaged. */
  | { readonly kind: 'imported-dropped'; readonly count: number }

export type LibraryState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly entries: readonly LibraryEntry[] }
  | { readonly status: 'failed'; readonly message: string }

/** The crises on offer, bundled and this browser's own. */
export interface LibrarySlice {
  readonly library: LibraryState
  /**
   * Loads the scenarios, then settles the route and any saved game. The engine follows on its own when a game
   * is opened; 'all' loads it at once (tests, and a page that opens on a game).
   */
  load(what?: 'library' | 'all'): Promise<void>
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
  /** The URL changed (a link, the back button, a reload): follow it. */
  enter(route: Route): void
  /** Goes somewhere, as a link would: a new entry in the browser's history. */
  navigate(route: Route): void
  /** From the briefing to the first screen where something happens. */
  begin(): void
  decide(decision: Decision): void
  /** A fresh game of the same role with this seed. */
  changeSeed(seed: number): void
  newSeed(): void
  /** The same role and seed from the first decision. */
  restart(): void
}

/** The game replayed on facts the student moves. */
export interface WhatIfSlice {
  /** The game on the what-if sliders' facts; null while every slider sits on the scenario's value. */
  readonly whatIf: WhatIfView | null
  moveFact(fact: FactPath, value: number, phase: 'drag' | 'release'): void
  /**
   * Replays, in idle time, every position of these sliders with the other facts where they are, so a drag
   * finds each one ready. Returns the cancel: the what-if screen calls it when it goes or the facts change.
   */
  prepareWhatIf(facts: readonly FactPath[]): () => void
  resetWhatIf(fact?: FactPath): void
}

/** What happened to the student's saved work that was not their doing. */
export interface PersistenceSlice {
  readonly notice: Notice | null
  dismissNotice(): void
}

export interface WorkshopState {
  /** What the workshop's editor holds, kept in this browser as it is typed; null for the template, untouched. */
  readonly draft: WorkshopDraft | null
  /** Counts the texts opened into the draft rather than typed: the editor takes each new one in place of its own. */
  readonly opened: number
}

/** The workshop's draft (issue 13 gives it a slice of its own). */
export interface WorkshopSlice {
  readonly workshop: WorkshopState
  /** The author typed: keeps the workshop's text as a draft with changes. */
  keepDraft(text: string, file: string): void
  /** A starting point or a file opened in the workshop, in place of its draft. */
  openDraft(text: string, file: string): void
  /**
   * Opens one of this browser's own scenarios in the workshop. Changes to it not saved yet are kept, unless
   * `changes` is 'discard'; any other draft is replaced (the library asks first when it has changes).
   */
  editImported(id: string, changes: 'keep' | 'discard'): void
}

export type GameStore = LibrarySlice & GameSlice & WhatIfSlice & PersistenceSlice & WorkshopSlice
