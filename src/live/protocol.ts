// The live-session protocol over socket.io: a zod schema for every message a client sends, and the
// types of everything the server sends back. The browser screens build on this file and docs/deploy.md.
//
// Every client message is `socket.emit(event, payload, ack)`, with exactly one payload and an
// acknowledgement callback; the ack always answers `{ ok: true, ... }` or `{ ok: false, error }`.
// A message without an ack is ignored. A join or resume answers with a `brief` (what does not change
// during the session: the scenario's text and the seat's briefings, sent once) and a `view` (what
// does); afterwards the socket belongs to that team (or to the facilitator) until it disconnects,
// and the server pushes `view` whenever that audience's view changes, whole, selected for it: a team
// never receives another role's briefing or another team's unrevealed decision. On every
// (re)connection a client sends `team:resume` or `facilitator:resume` with its stored token.
import { z } from 'zod'
import { type Decision, type FactChange, GAME_TEMPERATURE, parseDecision, type Stage } from '../engine'
import { type ActorId, type Facts, type Indicator, MAX_BYTES } from '../scenario'
import type { HistoricalRecord, Problem, RoleId } from '../scenario/types'
import { normaliseName } from './names'

/** Sizes and rates a client must stay within; past them it gets an error ack (and, flooding on, a disconnect). */
export const LIMITS = {
  /** Any message but session:create, as JSON. */
  messageBytes: 4_096,
  /** session:create carries a scenario file. */
  createBytes: MAX_BYTES + 4_096,
  /** socket.io's own ceiling: a larger frame closes the connection before any handler sees it. */
  transportBytes: 2 * MAX_BYTES,
  /** Token bucket per socket: this many messages at once, refilled at `perSecond`. */
  burst: 20,
  perSecond: 10,
  /** Rejections for flooding after which the server disconnects the socket. */
  floodDisconnect: 100,
  teams: 40,
  tables: 10,
} as const

const id = z.string().regex(/^[a-z][a-z0-9-]{0,47}$/, 'an id: lower-case letters, digits and hyphens')
/** Join codes leave out 0/O and 1/I/L, which people misread from a projector. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const CODE_LENGTH = 6
const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`),
    `a join code of ${CODE_LENGTH} letters and digits`,
  )
/** 128 random bits, base64url. */
const token = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'a token as the server gave it')
const decision = z
  .string()
  .max(80)
  .transform((text, ctx): Decision => {
    const parsed = parseDecision(text)
    if (parsed.ok) return parsed.decision
    ctx.addIssue({ code: 'custom', message: parsed.message })
    return z.NEVER
  })

export const Format = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('one-table') }),
  z.strictObject({ kind: z.literal('parallel-roles'), tables: z.int().min(2).max(LIMITS.tables) }),
  z.strictObject({ kind: z.literal('parallel-whole') }),
])

// --- client → server -------------------------------------------------------------------------------

/** `scenarios:list` → `{ ok, scenarios: ScenarioSummary[] }`: the bundled scenarios a session can use. */
export const ListScenarios = z.strictObject({})

/**
 * `session:create` → `{ ok, session: { id, code, joinUrl }, token, brief, view }`. Anyone may create a
 * session; the token it returns is the facilitator's, shown once: the browser keeps it to resume.
 */
export const CreateSession = z.strictObject({
  scenario: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('bundled'), id }),
    /** An imported scenario's YAML (or JSON) text, checked by the same loader as bundled files. */
    z.strictObject({
      kind: z.literal('yaml'),
      text: z.string().max(MAX_BYTES),
      name: z.string().max(120).default('imported.yaml'),
    }),
  ]),
  format: Format,
  autoAdvance: z.boolean().default(false),
  roundSeconds: z.int().min(0).max(3600).default(300),
  seed: z
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
  /** The engine's bounded rationality: by default the single-player game's own. */
  temperature: z.number().min(0).max(1).default(GAME_TEMPERATURE),
})

/** `facilitator:resume` → `{ ok, brief, view }`: the facilitator's seat back after a reload or reconnection. */
export const ResumeFacilitator = z.strictObject({ token })

/**
 * `facilitator:command` → `{ ok }`; the change arrives as `view` pushes.
 * - start: close the lobby, seat the tables, open round 1.
 * - advance: reveal the round's decisions together (a team that has not submitted gets the engine
 *   as a stand-in) and open the next round, or finish when every table has played out.
 * - close: end the phase early: no more submissions; advance reveals.
 * - pause / resume: stop and restart the countdown; extend: add seconds (reopens a closed phase).
 * - release: publish one of the scenario's injects; its fact changes hold for the rest of the game.
 * - finish: end the session; the engine completes every unfinished table, for comparison.
 * - remove: in the lobby, take a team out (its id from the view): its token stops working, its socket
 *   gets `removed`, and its browser may join again.
 */
export const FacilitatorCommand = z.strictObject({
  command: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('start') }),
    z.strictObject({ kind: z.literal('advance') }),
    z.strictObject({ kind: z.literal('close') }),
    z.strictObject({ kind: z.literal('pause') }),
    z.strictObject({ kind: z.literal('resume') }),
    z.strictObject({ kind: z.literal('extend'), seconds: z.int().min(1).max(3600) }),
    z.strictObject({ kind: z.literal('release'), inject: id }),
    z.strictObject({ kind: z.literal('finish') }),
    z.strictObject({ kind: z.literal('remove'), team: z.string().regex(/^t[0-9]{1,4}$/, 'a team id') }),
  ]),
})

/** `facilitator:export` → `{ ok, filename, contentType, body }`: the same files as the HTTP endpoints. */
export const ExportResults = z.strictObject({ format: z.enum(['json', 'csv']) })

/**
 * `session:lobby` → `{ ok, lobby: LobbyView }`: what the join form shows before a team has a seat,
 * with only the join code: the scenario's title, the format and which roles are still free.
 */
export const PeekLobby = z.strictObject({ code })

/**
 * `team:join` → `{ ok, token, brief, view }`. Without `role` (and `table`) the team gets the first free
 * seat; in the parallel-whole format each team is a table and plays every role. Joining is open
 * only in the lobby; afterwards teams resume with their token.
 */
export const JoinTeam = z.strictObject({
  code,
  /** Normalised (names.ts) before it is checked, compared or shown. */
  name: z
    .string()
    .max(400, 'a team name of at most 40 characters')
    .transform(normaliseName)
    .pipe(z.string().min(1, 'a team name').max(40, 'a team name of at most 40 characters')),
  role: id.optional(),
  table: z.int().min(1).max(LIMITS.tables).optional(),
})

/** `team:resume` → `{ ok, brief, view }`: the same team, at the same phase, after a reload or a dropped connection. */
export const ResumeTeam = z.strictObject({ token })

/**
 * `team:submit` → `{ ok }`: the team's secret decision for the round, in decision notation
 * (`request:foreign-backed:peacekeepers:14`, `grant:…`, `refuse`, `consent`, …: see the view's options).
 * A team may change it until the reveal; `round` guards against a decision meant for an earlier round.
 */
export const SubmitDecision = z.strictObject({ round: z.int().min(1).max(1000), decision })

export const CLIENT_MESSAGES = {
  'scenarios:list': ListScenarios,
  'session:create': CreateSession,
  'facilitator:resume': ResumeFacilitator,
  'facilitator:command': FacilitatorCommand,
  'facilitator:export': ExportResults,
  'session:lobby': PeekLobby,
  'team:join': JoinTeam,
  'team:resume': ResumeTeam,
  'team:submit': SubmitDecision,
} as const
export type ClientEvent = keyof typeof CLIENT_MESSAGES
export type ClientMessage<E extends ClientEvent> = z.output<(typeof CLIENT_MESSAGES)[E]>
export type FacilitatorCommandInput = ClientMessage<'facilitator:command'>['command']

// --- server → client -------------------------------------------------------------------------------

export type ErrorCode =
  /** The message did not parse: `message` says which field and why. */
  | 'bad-request'
  | 'too-large'
  /** Too many messages from this socket, or too many sessions created or teams joined from this address. */
  | 'rate-limited'
  /** The server holds as many sessions, or as much scenario text, as it is allowed: until older ones are pruned. */
  | 'full'
  /** The server is reading other scenarios: try again in a moment. */
  | 'busy'
  | 'unknown-event'
  /** No session with that code, or no seat with that token. */
  | 'not-found'
  /** Not this socket's to do: a team asking for a facilitator action, or nobody joined yet. */
  | 'forbidden'
  /** Not now: wrong phase or round, the time is up, the name is taken, no free seat. */
  | 'conflict'
  | 'invalid-decision'
  /** An imported scenario the loader refused: `problems` lists each mistake with its line. */
  | 'invalid-scenario'
  | 'internal'

/**
 * Which of a join's or a submission's conditions failed, beside a `conflict`: enough for a screen to tell a team
 * what to do (choose another name, join from another device) in its own language.
 */
export type RefusalReason =
  | 'started'
  | 'teams-full'
  | 'no-name'
  | 'browser-joined'
  | 'name-taken'
  | 'name-similar'
  | 'role-taken'
  | 'seats-taken'
  | 'no-round'
  | 'round-closed'
  | 'time-up'
  | 'round-over'
  | 'owes-none'

export interface ErrorReply {
  readonly ok: false
  readonly error: {
    readonly code: ErrorCode
    readonly message: string
    readonly reason?: RefusalReason
    readonly problems?: readonly Problem[]
  }
}
export type Reply<T extends object = object> = ({ readonly ok: true } & T) | ErrorReply

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

/** The scenario as every team may read it: no briefings, no injects, no history (the debrief brings it). */
export interface PublicScenario {
  readonly id: string
  readonly title: string
  readonly kind: 'historical' | 'hypothetical'
  readonly dates: { readonly start: string; readonly end?: string | undefined }
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
}

export interface DebriefView {
  /** What really happened, when the scenario records it. */
  readonly history: HistoricalRecord | null
  readonly questions: readonly string[]
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
  /** When the table waits for another team's decision this round. */
  readonly waitingFor: { readonly role: RoleId; readonly stage: Stage; readonly team: string } | null
  readonly debrief: DebriefView | null
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

/** For socket.io's typed sockets: `io<ServerToClientEvents, ClientToServerEvents>(url)`. */
export interface ServerToClientEvents {
  view: (view: View) => void
  outcomes: (notice: OutcomesNotice) => void
  /** To a team the facilitator removed: its seat is gone, its token no longer resumes it. */
  removed: (notice: { readonly code: string }) => void
}
type Handler<E extends ClientEvent, R extends object> = (
  payload: z.input<(typeof CLIENT_MESSAGES)[E]>,
  ack: (reply: Reply<R>) => void,
) => void
export interface ClientToServerEvents {
  'scenarios:list': Handler<'scenarios:list', { scenarios: readonly ScenarioSummary[] }>
  'session:create': Handler<
    'session:create',
    {
      session: { id: string; code: string; joinUrl: string }
      token: string
      brief: FacilitatorBrief
      view: FacilitatorView
    }
  >
  'facilitator:resume': Handler<'facilitator:resume', { brief: FacilitatorBrief; view: FacilitatorView }>
  'facilitator:command': Handler<'facilitator:command', object>
  'facilitator:export': Handler<'facilitator:export', { filename: string; contentType: string; body: string }>
  'session:lobby': Handler<'session:lobby', { lobby: LobbyView }>
  'team:join': Handler<'team:join', { token: string; brief: TeamBrief; view: TeamView }>
  'team:resume': Handler<'team:resume', { brief: TeamBrief; view: TeamView }>
  'team:submit': Handler<'team:submit', object>
}
