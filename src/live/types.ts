// The state of one live session: who joined, each table's course, the phase and its clock. Plain data, no I/O.
import type { Course, Decision, Stage } from '../engine'
import type { ActorId, RoleId, Scenario } from '../scenario'

export type SessionId = string & { readonly __brand: 'SessionId' }
export type TeamId = string & { readonly __brand: 'TeamId' }

/**
 * How teams sit. One table: each team plays a role, the engine the roles no team took.
 * Parallel by role: the same, at several tables, to compare at the end. Parallel whole: each team is
 * a table of its own and plays every role.
 */
export type Format =
  | { readonly kind: 'one-table' }
  | { readonly kind: 'parallel-roles'; readonly tables: number }
  | { readonly kind: 'parallel-whole' }

export interface Settings {
  readonly format: Format
  /** Seeds the engine's draws: the same events replay to the same session. */
  readonly seed: number
  /** The engine's bounded rationality, as in the single-player game. */
  readonly temperature: number
  /** Reveal as soon as every pending decision is in, without waiting for the facilitator. */
  readonly autoAdvance: boolean
  /** The countdown each round starts with; 0 for none. */
  readonly roundSeconds: number
}

export interface Team {
  readonly id: TeamId
  readonly name: string
  readonly table: number
  readonly roles: readonly RoleId[]
  /** SHA-256 of the team's token: the token itself is never kept. */
  readonly tokenHash: string
  /** SHA-256 of the browser it joined from, where the server knows one: one team per browser. */
  readonly browser?: string | undefined
  readonly joinedAt: number
  /** A rejoin code the facilitator issued and the team has not used: its hash and until when it admits. */
  readonly rejoin?: { readonly codeHash: string; readonly expiresAt: number } | undefined
}

/** A move as the table saw it revealed. */
export interface TableMove {
  readonly round: number
  readonly stage: Stage
  readonly actor: ActorId
  /** The role whose actor moved, when the scenario has one for it. */
  readonly role: RoleId | undefined
  readonly decision: Decision
  /** A team's own decision, the engine's for a role no team plays, or the engine's for a team that missed the round. */
  readonly by: 'team' | 'engine' | 'stand-in'
  readonly team: TeamId | undefined
}

/** The decision a table waits for: always a team's, since the engine moves at once. */
export interface Pending {
  readonly stage: Stage
  readonly actor: ActorId
  readonly role: RoleId
  readonly team: TeamId
  readonly options: readonly Decision[]
}

export interface Submission {
  readonly team: TeamId
  readonly decision: Decision
  readonly at: number
}

export type TableState =
  | { readonly kind: 'deciding'; readonly pending: Pending; readonly submission: Submission | undefined }
  /** `injects` counts the injects released when it finished: its outcomes use those facts. */
  | { readonly kind: 'finished'; readonly round: number; readonly injects: number }

export interface Table {
  readonly index: number
  readonly course: Course
  readonly moves: readonly TableMove[]
  readonly state: TableState
}

/**
 * The phase's countdown: the deadline, or the time left when paused, in milliseconds by the server's clock. The
 * views send it as it is (a client corrects the deadline with `serverNow` for clock skew).
 */
export type Clock =
  | { readonly kind: 'none' }
  | { readonly kind: 'running'; readonly deadline: number }
  | { readonly kind: 'paused'; readonly remaining: number }

export type Phase =
  | { readonly kind: 'lobby' }
  | {
      readonly kind: 'deciding'
      readonly round: number
      readonly clock: Clock
      /** Closed by the facilitator ("end the phase"): no more submissions until the reveal. */
      readonly open: boolean
    }
  | { readonly kind: 'finished'; readonly why: 'played-out' | 'ended' }

export interface ReleasedInject {
  readonly inject: string
  readonly at: number
  /** The round it was released in (0 in the lobby). */
  readonly round: number
}

export interface Session {
  readonly id: SessionId
  readonly code: string
  readonly createdAt: number
  readonly settings: Settings
  /** The scenario as loaded, and as changed by the injects released so far. */
  readonly base: Scenario
  readonly scenario: Scenario
  readonly facilitatorHash: string
  readonly teams: readonly Team[]
  /** How many teams have ever joined, removed ones too: the next team's number. */
  readonly joined: number
  readonly tables: readonly Table[]
  readonly released: readonly ReleasedInject[]
  readonly phase: Phase
  /** How many events made this state: the next event's sequence number. */
  readonly version: number
  /**
   * How many submissions each team has made, over the whole session: a team's view counts every event but the
   * other teams' submissions (`teamVersion`), which its view must not show even by their number.
   */
  readonly submissions: Readonly<Record<TeamId, number>>
  /** How many times the facilitator has paused, resumed, extended or closed a round, over the whole session. */
  readonly clockChanges: number
  /** How many rejoin codes the facilitator has drawn for each team, over the whole session. */
  readonly readmits: Readonly<Record<TeamId, number>>
}
