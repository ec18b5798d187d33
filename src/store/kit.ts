// What the store needs from the heavy half of the app, handed in so tests bring their own: the scenarios for the
// library, and the engine (through session.ts) for a game.
import type { Problem, Scenario } from '../scenario/types'
import type * as SessionModule from './session'

/** `imported` marks an instructor's own scenario, kept in this browser, apart from the bundled ones. */
export type LibraryEntry =
  | { readonly ok: true; readonly scenario: Scenario; readonly imported?: true }
  | {
      readonly ok: false
      readonly file: string
      readonly problems: readonly Problem[]
      readonly imported?: true
    }

export type Session = typeof SessionModule
