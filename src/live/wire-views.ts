// What the server sends each audience: the brief it keeps for the session, the view it gets on every change,
// and the outcomes that come a moment after a reveal. A team's shapes never carry another role's secrets.
import type { z } from 'zod'
import type { FactChange, Stage } from '../engine'
import type { ActorId, Facts, Indicator } from '../scenario'
import type { HistoricalRecord, RoleId, Source } from '../scenario/types'
import type { Format } from './client-messages'

export interface ScenarioSummary {
  readonly id: string
  readonly title: string
  readonly summary: string
  readonly roles: readonly { readonly id: string; readonly title: string }[]
  readonly injects: number
}

/** The countdown: the server's deadline as epoch milliseconds; correct it with `serverNow` for clock skew. */
export type ClockView =
  | { readonly kind: 'none' }
  | { readonly kind: 'running'; readonly deadline: number }
  | { readonly kind: 'paused'; readonly remaining: number }

export type PhaseView =
  | { readonly kind: 'lobby' }
  | { readonly kind: 'deciding'; readonly round: number; readonly clock: ClockView; readonly open: boolean }
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

/** The join form's view of a session: public to anyone with the code, and no more than a projector shows. */
export interface LobbyView {
  readonly code: string
  /** The scenario's id, by which a browser finds its translation. */
  readonly scenario: string
  readonly title: string
  readonly format: z.output<typeof Format>
  /** False once the facilitator has started: only teams that joined can come back. */
  readonly open: boolean
  /** True once the session has ended: nobody joins any more, and its debrief is the facilitator's to show. */
  readonly finished: boolean
  /** Each role, and whether a team can still ask for it (a free seat at some table). */
  readonly roles: readonly { readonly id: RoleId; readonly title: string; readonly free: boolean }[]
}

/** What a team keeps for the whole session (the ack of team:join and team:resume): its own briefings only. */
export interface TeamBrief {
  readonly audience: 'team'
  readonly scenario: PublicScenario
  readonly team: {
    readonly id: string
    readonly name: string
    readonly table: number
    readonly roles: readonly RoleBriefing[]
  }
}

/** What a team sees now: its own table and turn; the other tables only at the end. */
export interface TeamView {
  readonly audience: 'team'
  readonly serverNow: number
  readonly code: string
  readonly format: z.output<typeof Format>
  readonly phase: PhaseView
  /** The facts now, with the released injects' changes. */
  readonly facts: Facts
  /** The injects released so far, in order. */
  readonly injects: readonly InjectView[]
  readonly team: {
    readonly id: string
    readonly name: string
    readonly table: number
    readonly roles: readonly RoleId[]
  }
  /** Null in the lobby. */
  readonly table: TableView | null
  /** The decision the team owes this round, with its options and what it has submitted (secret until the reveal). */
  readonly turn: {
    readonly round: number
    readonly role: RoleId
    readonly stage: Stage
    readonly actor: ActorId
    /** In decision notation, the engine's order (restrained options first). */
    readonly options: readonly string[]
    readonly submitted: string | null
  } | null
  /**
   * When the table waits for another team's decision this round; `turnLeft` says whether, as the game's tree
   * goes on from here, a decision may still come to this team (false: its part is played).
   */
  readonly waitingFor: {
    readonly role: RoleId
    readonly stage: Stage
    readonly team: string
    readonly turnLeft: boolean
  } | null
  readonly debrief: TeamDebriefView | null
}

/** What the facilitator keeps for the whole session: every briefing and every inject. */
export interface FacilitatorBrief {
  readonly audience: 'facilitator'
  readonly scenario: PublicScenario
  readonly briefings: readonly RoleBriefing[]
  readonly injects: readonly InjectView[]
}

/**
 * Whether a team has a device connected now, or since when (epoch milliseconds, the server's clock) it has had
 * none. Transport state, not a game event: it is in no log, and no replay or debrief depends on it.
 */
export type ConnectionView =
  | { readonly kind: 'connected' }
  | { readonly kind: 'offline'; readonly since: number }

/** What the facilitator sees now: every seat, who has submitted (never what), every table. */
export interface FacilitatorView {
  readonly audience: 'facilitator'
  readonly serverNow: number
  readonly id: string
  readonly code: string
  /** For the QR code the teams scan. */
  readonly joinUrl: string
  readonly settings: {
    readonly format: z.output<typeof Format>
    readonly autoAdvance: boolean
    readonly roundSeconds: number
    readonly seed: number
    readonly temperature: number
  }
  readonly phase: PhaseView
  readonly facts: Facts
  /** The injects released so far, in order, with the round each came in. */
  readonly released: readonly { readonly inject: string; readonly round: number }[]
  readonly teams: readonly {
    readonly id: string
    readonly name: string
    readonly table: number
    readonly roles: readonly RoleId[]
    /** This round: true or false when the team owes a decision, null when it owes none. */
    readonly submitted: boolean | null
    readonly connection: ConnectionView
  }[]
  readonly tables: readonly (TableView & {
    readonly pending: {
      readonly role: RoleId
      readonly stage: Stage
      readonly team: string
      readonly submitted: boolean
    } | null
  })[]
  readonly allSubmitted: boolean
  readonly debrief: DebriefView | null
}

export type View = TeamView | FacilitatorView

/**
 * Outcomes that came after the views that finished their tables (an outcome costs tens of milliseconds, and the
 * reveal does not wait for it): each audience gets those its view shows, and puts them in (`withOutcomes`).
 */
export interface OutcomesNotice {
  readonly code: string
  readonly outcomes: readonly { readonly table: number; readonly outcome: OutcomeView }[]
}
