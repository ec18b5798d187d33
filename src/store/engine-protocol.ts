// What the store asks of the engine's thread and what comes back: plain data, as a worker's messages must be.
import type { Decision, HistoryComparison, Verdict } from '../engine'
import type { Scenario } from '../scenario/types'
import type { FactValues, GameView, WhatIfView } from './session'

/** A game as the engine's thread knows it: its scenario by the key it was registered under. */
export interface GameRef {
  readonly scenario: number
  readonly role: string
  readonly seed: number
  readonly choices: readonly string[]
}

export type WhatIfRequest = {
  readonly kind: 'what-if'
  readonly game: GameRef
  readonly changes: FactValues
  readonly runs: number
}

export type EngineRequest =
  /** A game from its identity; `next` is the decision the player has just made, not yet in notation. */
  | { readonly kind: 'start'; readonly game: GameRef; readonly next?: Decision }
  | WhatIfRequest
  /** A seed, from `from` on, whose game opens as history did. */
  | { readonly kind: 'opening'; readonly scenario: number; readonly role: string; readonly from: number }
  /** The historical cases among these scenarios, side by side (the cases page). */
  | { readonly kind: 'cases'; readonly scenarios: readonly number[] }
  /** How likely each role of a scenario is to decide at all in a game at the game's temperature (the crisis page). */
  | { readonly kind: 'turn-chances'; readonly scenario: number }

/** A case of the cases page as the engine's thread sends it: the scenario by its key, which the store holds. */
export interface CaseReply {
  readonly scenario: number
  readonly verdict: Verdict
  readonly game: HistoryComparison
}

/** The replies, by request. A game's view comes without its scenario and role: the store holds those already. */
export interface EngineReply {
  start: {
    readonly view: Omit<GameView, 'scenario' | 'role'>
    readonly kept: readonly string[]
    readonly dropped: boolean
  }
  'what-if': WhatIfView
  opening: number | null
  cases: readonly CaseReply[]
  /** The chance by role id, from 0 to 1. */
  'turn-chances': Readonly<Record<string, number>>
}

export type ToEngine =
  | { readonly type: 'scenario'; readonly key: number; readonly scenario: Scenario }
  | { readonly type: 'request'; readonly id: number; readonly request: EngineRequest }
  /** Replays to make when nothing else waits, each reported as it is made. */
  | { readonly type: 'warm'; readonly batch: number; readonly requests: readonly WhatIfRequest[] }
  | { readonly type: 'cancel'; readonly batch: number }

export type FromEngine =
  | { readonly type: 'reply'; readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly type: 'reply'; readonly id: number; readonly ok: false; readonly message: string }
  /**
   * A warmed replay as JSON text: a string crosses to the page as one copy, where a replay's objects would each be
   * cloned, and the page parses only the positions the student comes to.
   */
  | { readonly type: 'warmed'; readonly batch: number; readonly index: number; readonly text: string }

/** How the store reaches the engine: a worker in the browser, this thread in tests. */
export interface EngineTransport {
  register(key: number, scenario: Scenario): void
  request<K extends EngineRequest['kind']>(
    request: Extract<EngineRequest, { kind: K }>,
  ): Promise<EngineReply[K]>
  /** Makes these replays in the background, nearest first, each handed over unread until asked for; returns the cancel. */
  warm(
    requests: readonly WhatIfRequest[],
    warmed: (index: number, view: () => WhatIfView) => void,
  ): () => void
}
