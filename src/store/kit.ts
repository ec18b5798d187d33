// What the store needs from the heavy half of the app, handed in so tests bring their own: the scenarios for the
// library, and the engine (through a session) for a game.
import type { CaseRow, Decision } from '../engine'
import type { Problem, Role, Scenario } from '../scenario/types'
import type { FactValues, GameView, StartedGame, WhatIfView } from './session'

/** `imported` marks an instructor's own scenario, kept in this browser, apart from the bundled ones. */
export type LibraryEntry =
  | { readonly ok: true; readonly scenario: Scenario; readonly imported?: true }
  | {
      readonly ok: false
      readonly file: string
      readonly problems: readonly Problem[]
      readonly imported?: true
    }

/** The engine as the store uses it: every game and replay is made off the page's thread, in a worker. */
export interface Session {
  readonly FULL_RUNS: number
  readonly DRAG_RUNS: number
  /** A game from its decisions in notation (untrusted: the longest prefix that fits is kept), then `next`. */
  startGame(
    scenario: Scenario,
    role: Role,
    seed: number,
    choices: readonly string[],
    next?: Decision,
  ): Promise<StartedGame>
  /** A replay made before, at once (a full one serves a drag too); undefined when there is none yet. */
  replayed(view: GameView, changes: FactValues, runs: number): WhatIfView | undefined
  playWhatIf(view: GameView, changes: FactValues, runs: number): Promise<WhatIfView>
  /** Makes these full replays in the background, in order, so a drag finds them made; returns the cancel. */
  warmWhatIf(view: GameView, positions: readonly FactValues[]): () => void
  /** A seed from `from` on whose game opens as history did; null when there is none to be had. */
  historicalOpening(scenario: Scenario, role: Role, from: number): Promise<number | null>
  /** The historical cases among these scenarios, oldest first, each played on the cases page's game number. */
  compareCases(scenarios: readonly Scenario[]): Promise<readonly CaseRow[]>
  /** How likely each role (by id) is to get a decision at all in a game of this scenario, from 0 to 1. */
  turnChances(scenario: Scenario): Promise<Readonly<Record<string, number>>>
}
