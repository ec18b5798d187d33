// The pieces the server's briefs and views are built of; wire-views.ts puts them together for each audience.
// The scenario as every team may read it, a role's briefing, the phase and its clock, the injects, the moves,
// the tables and their outcomes, the debrief and a team's connection. Which audience gets which, and when, is
// said there and in the builders (briefs.ts, views.ts).
import type { FactChange, Stage } from '../engine'
import type { ActorId, Facts, Indicator } from '../scenario'
import type { HistoricalRecord, RoleId, Source } from '../scenario/types'
import type { Clock } from './types'

export type PhaseView =
  | { readonly kind: 'lobby' }
  | { readonly kind: 'deciding'; readonly round: number; readonly clock: Clock; readonly open: boolean }
  | { readonly kind: 'finished'; readonly why: 'played-out' | 'ended' }

/**
 * The scenario as every team may read it: no briefings, no injects, no history (the debrief brings it). Its
 * sources are the one numbered list every page of the crisis shares (`numberedSources`): static metadata, no
 * secret, though a team's screen lists only those its own texts cite.
 */
export interface PublicScenario {
  readonly id: string
  readonly title: string
  readonly kind: 'historical' | 'hypothetical'
  /** As the scenario gives them, the day of the first decision among them (`dates.decision`): no secret. */
  readonly dates: {
    readonly start: string
    readonly end?: string | undefined
    readonly decision?: string | undefined
  }
  readonly place: { readonly name: string; readonly lat: number; readonly lon: number }
  readonly summary: string
  readonly background: string
  readonly requester: ActorId
  readonly members: readonly ActorId[]
  readonly observers: readonly ActorId[]
  /** The facts at the start; `view.facts` has them with the released injects' changes. */
  readonly facts: Facts
  readonly roles: readonly { readonly id: RoleId; readonly title: string; readonly actor: ActorId }[]
  readonly actors: readonly { readonly id: ActorId; readonly name: string; readonly kind: string }[]
  /** In the order that numbers them: a marker [beliakova-2022] is entry n of this list, as on every page. */
  readonly sources: readonly Source[]
}

export interface RoleBriefing {
  readonly id: RoleId
  readonly title: string
  readonly actor: ActorId
  readonly briefing: string
}

export interface InjectView {
  readonly id: string
  readonly title: string
  readonly text: string
  readonly changes: readonly FactChange[]
}

export interface MoveView {
  /** The round whose reveal made it public (0: the engine's opening moves). */
  readonly round: number
  readonly stage: Stage
  readonly actor: ActorId
  readonly role: RoleId | null
  /** In decision notation; the engine's parseDecision and describeDecision put it in words. */
  readonly decision: string
  readonly by: 'team' | 'engine' | 'stand-in'
  readonly team: string | null
}

export interface OutcomeView {
  readonly verdict: 'eligible' | 'contested' | 'not-eligible'
  readonly deployment:
    | { readonly kind: 'none'; readonly why: 'no-request' | 'refused' | 'blocked' }
    /** Consultations and material aid under Article 2, no troops. */
    | { readonly kind: 'aid' }
    /** `grant` is Moscow's answer in decision notation: a collective force, or its own troops (`bilateral:…`). */
    | { readonly kind: 'deployed'; readonly grant: string; readonly days: number; readonly troops: number }
  /** Each indicator's median and 10th–90th percentile band, 0–100. */
  readonly indicators: Readonly<
    Record<Indicator, { readonly median: number; readonly p10: number; readonly p90: number }>
  >
  /** Each actor's utility, beside what it would have had with the engine in every role. */
  readonly actors: readonly {
    readonly actor: ActorId
    readonly utility: number
    readonly engineUtility: number
  }[]
}

export interface TableView {
  readonly table: number
  readonly teams: readonly { readonly id: string; readonly name: string; readonly roles: readonly RoleId[] }[]
  readonly moves: readonly MoveView[]
  readonly status: 'deciding' | 'finished'
  /** Present once the server has computed it, a moment after the table finishes. */
  readonly outcome: OutcomeView | null
  /**
   * The injects this table plays under, in the order released, with the round each came in: a finished table's
   * are those released before it finished (its outcome follows their facts, and no later inject's).
   */
  readonly injects: readonly { readonly id: string; readonly title: string; readonly round: number }[]
}

/** Only at the end: what really happened and the questions to discuss. */
export interface DebriefView {
  /** What really happened, when the scenario records it. */
  readonly history: HistoricalRecord | null
  readonly questions: readonly string[]
}

/**
 * A team's debrief also brings every table's game to compare; the facilitator's view has them in `tables`
 * throughout.
 */
export interface TeamDebriefView extends DebriefView {
  readonly tables: readonly TableView[]
}

/**
 * Whether a team has a device connected now, or since when (epoch milliseconds, the server's clock) it has had
 * none. Transport state, not a game event: it is in no log, and no replay or debrief depends on it.
 */
export type ConnectionView =
  | { readonly kind: 'connected' }
  | { readonly kind: 'offline'; readonly since: number }
