// What the server sends each audience: the brief it keeps for the session, the view it gets on every change,
// and the outcomes that come a moment after a reveal; before a seat, the bundled scenarios and a session's
// lobby. A team's shapes never carry another role's secrets. The pieces they share are in wire-pieces.ts,
// exported from here too.
import type { z } from 'zod'
import type { Stage } from '../engine'
import type { ActorId, Facts } from '../scenario'
import type { RoleId } from '../scenario/types'
import type { Format } from './client-messages'
import type {
  ConnectionView,
  DebriefView,
  InjectView,
  OutcomeView,
  PhaseView,
  PublicScenario,
  RoleBriefing,
  TableView,
  TeamDebriefView,
} from './wire-pieces'

export type * from './wire-pieces'

export interface ScenarioSummary {
  readonly id: string
  readonly title: string
  readonly summary: string
  readonly roles: readonly { readonly id: string; readonly title: string }[]
  readonly injects: number
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
  /**
   * How many events made the session this view shows, the other teams' submissions left out (`teamVersion`: the
   * view must not tell even that one came): it only grows, on every server that holds the session in turn, so a
   * client that is sent two views in the wrong order (across servers they can be) keeps the higher. Two views of
   * one version show the same events, and differ only in the server's clock.
   */
  readonly version: number
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

/** What the facilitator sees now: every seat, who has submitted (never what), every table. */
export interface FacilitatorView {
  readonly audience: 'facilitator'
  readonly serverNow: number
  /**
   * How many events made the session this view shows (the session's `version`): it only grows, on every server
   * that holds the session in turn, so a client that is sent two views in the wrong order (across servers they
   * can be) keeps the higher. Two views of one version show the same events, and differ only in what the server
   * adds of its own (its clock, and in the facilitator's, who is connected and which rejoin code is still good).
   */
  readonly version: number
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
  /**
   * How many times the clock has been paused, resumed, extended or closed, over the whole session: an extension
   * names it (`after`), so that the same extension sent again is refused rather than applied twice.
   */
  readonly clockChanges: number
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
    /** While a rejoin code for the team is pending and unexpired: until when (epoch ms). Never the code itself. */
    readonly rejoinUntil?: number
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
 * reveal does not wait for it): each audience gets those its view shows, and puts them in (`withOutcomes`). Across
 * servers a notice can come before the view that finished its tables: a client keeps its outcomes for that view
 * (arrivals.ts). A table finishes once in a session, so a table's outcome is the same in every view that shows it.
 */
export interface OutcomesNotice {
  readonly code: string
  readonly outcomes: readonly { readonly table: number; readonly outcome: OutcomeView }[]
}

/**
 * To the facilitator, after a team's submission that does not reveal the round, in place of its whole view again:
 * the only things such a submission changes in that view are its version, the server's clock, and who has
 * submitted. Absolute, not a change: `teams` and `tables` are every team (by id) and every table (by number)
 * whose decision this round is in, so the newest notice alone says all of it, whatever came before it. A client
 * lays it over the newest view it holds (`withSubmissions`) only while the notice is newer and of the same round
 * (arrivals.ts). It says who submitted, never what, as the facilitator's view does; no team is sent it.
 */
export interface SubmissionsNotice {
  readonly code: string
  /** The facilitator's version (the session's) after the submission. */
  readonly version: number
  readonly serverNow: number
  readonly round: number
  readonly teams: readonly string[]
  readonly tables: readonly number[]
}
