// What a live-session client may send: a zod schema for every message, and the sizes and rates it must keep to.
// The server parses each message with these before any handler sees it (protocol.ts tells the whole contract).
import { z } from 'zod'
import { type Decision, GAME_TEMPERATURE, parseDecision } from '../engine'
import { MAX_BYTES } from '../scenario'
import { CODE_ALPHABET, CODE_LENGTH } from './join-code'
import { normaliseSentName } from './names'

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
  /**
   * Changes one seat makes (a facilitator's commands, a team's submissions) from all its sockets on a server
   * together: this many at once, refilled at `seatPerSecond`. Each is logged and pushed to every socket of the
   * session, so a seat's sockets must not multiply the per-socket rate.
   */
  seatBurst: 10,
  seatPerSecond: 2,
  /** Sockets one seat may hold on a server: a facilitator's laptop and projector, a team's devices, a reload. */
  socketsPerSeat: 10,
  /**
   * Resumes of one seat on a server, from all its sockets together: this many at once, refilled at
   * `seatResumesPerSecond`. A browser resumes once for each connection, so every device of a seat reconnecting
   * at once fits twice over; a script resuming a seat over and over (each answered with the whole brief and
   * view, over 40 KB at a game's end) does not.
   */
  seatResumeBurst: 20,
  seatResumesPerSecond: 1,
  /**
   * Exports of one facilitator's results, over the socket and over HTTP together, on a server: this many at once,
   * then one every `exportEveryMs`. Each computes every finished table's outcome it lacks and writes the whole
   * file; without a share, a script with the facilitator's token had it done thousands of times a second.
   */
  exportBurst: 10,
  exportEveryMs: 6_000,
  /**
   * Decisions a team may send for each round begun (counted over the session, so a round's unused share carries
   * over): each is an event in the log, replayed at every start, which two changes a second would otherwise grow by
   * thousands an hour. A resubmission of the decision already in is answered and logs nothing.
   */
  submissionsPerRound: 20,
  /** Pauses, resumes, extensions and closes the facilitator may make for each round begun, for the same reason. */
  clockChangesPerRound: 20,
  teams: 40,
  tables: 10,
} as const

const id = z.string().regex(/^[a-z][a-z0-9-]{0,47}$/, 'an id: lower-case letters, digits and hyphens')

// A join code's letters and length are the join code's own (join-code.ts); the protocol's face re-exports them.
export { CODE_ALPHABET, CODE_LENGTH }
/**
 * A rejoin code: what the facilitator reads out to a team that lost its device, typed once on another. Longer
 * than a join code because it admits to a seat, not to a lobby; shown as two groups of four ("ABCD EFGH").
 */
export const REJOIN_CODE_LENGTH = 8
/** How long a rejoin code admits: long enough to find another laptop, short enough not to linger. */
export const REJOIN_MINUTES = 10
// Bounded before it is trimmed and upper-cased, as every string a client sends is before it is changed.
const code = z
  .string()
  .max(64, `a join code of ${CODE_LENGTH} letters and digits`)
  .trim()
  .toUpperCase()
  .regex(
    new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`),
    `a join code of ${CODE_LENGTH} letters and digits`,
  )
const teamId = z.string().regex(/^t[0-9]{1,4}$/, 'a team id')
/** 128 random bits, base64url. */
const token = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'a token as the server gave it')
/**
 * The token a seat is to be resumed with, made by the client (128 random bits, base64url) and sent with the create,
 * the join or the rejoin that takes the seat: the same request sent again, after an answer that never came or said
 * the server could not reach its event log, then finds the seat it took, if it took one, and is answered with it
 * rather than taking a second (a second session, or, for a join from the same browser, a refusal). Without it, the
 * server draws the token.
 */
const seatToken = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'a token of 128 random bits, base64url')
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

// The messages themselves, one schema each, with the reply each gets (built from the parts above).

/** `scenarios:list` → `{ ok, scenarios: ScenarioSummary[] }`: the bundled scenarios a session can use. */
export const ListScenarios = z.strictObject({})

/**
 * `session:create` → `{ ok, session: { id, code, joinUrl }, token, brief, view }`. Anyone may create a
 * session; the token it returns is the facilitator's, shown once: the browser keeps it to resume. It is the one the
 * create sent (`token`, made by the facilitator's page), or else one the server drew. The same create sent again
 * with that token, after an answer that never came or said the server could not reach its log, is answered with the
 * session the first attempt made, if it made one (its code, and its brief and view as they are now), and logs
 * nothing, whichever server of a cluster it reaches; a team's token is refused (`conflict`).
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
  token: seatToken.optional(),
})

/** `facilitator:resume` → `{ ok, brief, view }`: the facilitator's seat back after a reload or reconnection. */
export const ResumeFacilitator = z.strictObject({ token })

/**
 * `facilitator:command` → `{ ok }`; the change arrives as `view` pushes.
 * - start: close the lobby, seat the tables, open round 1.
 * - advance: reveal the round's decisions together (a team that has not submitted gets the engine
 *   as a stand-in) and open the next round, or finish when every table has played out. It names the
 *   round it reveals (`round`, which our clients always send): a second press of the same moment, from
 *   another tab or device, is then refused, where it revealed the next round unseen.
 * - close: end the phase early: no more submissions; advance reveals.
 * - pause / resume: stop and restart the countdown; extend: add seconds (reopens a closed phase). It names how
 *   many clock changes the facilitator had seen (`after`, the view's `clockChanges`, which our clients always
 *   send): the same extension sent again, once the first reached the log, is then refused (reason
 *   `clock-changed`) rather than adding the time twice.
 * - release: publish one of the scenario's injects; its fact changes hold for the rest of the game.
 * - finish: end the session; the engine completes every unfinished table, for comparison.
 * - remove: in the lobby, take a team out (its id from the view): its token stops working, its socket
 *   gets `removed`, and its browser may join again.
 */
export const FacilitatorCommand = z.strictObject({
  command: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('start') }),
    z.strictObject({ kind: z.literal('advance'), round: z.int().min(1).max(1000).optional() }),
    z.strictObject({ kind: z.literal('close') }),
    z.strictObject({ kind: z.literal('pause') }),
    z.strictObject({ kind: z.literal('resume') }),
    z.strictObject({
      kind: z.literal('extend'),
      seconds: z.int().min(1).max(3600),
      after: z.int().min(0).max(1_000_000).optional(),
    }),
    z.strictObject({ kind: z.literal('release'), inject: id }),
    z.strictObject({ kind: z.literal('finish') }),
    z.strictObject({ kind: z.literal('remove'), team: teamId }),
  ]),
})

/**
 * `facilitator:readmit` → `{ ok, rejoin: { team, code, expiresAt } }`: a one-time code (REJOIN_CODE_LENGTH
 * characters, good for REJOIN_MINUTES; `expiresAt` in epoch ms) with which a team whose device is lost takes its
 * seat back on another (`team:rejoin`). Pressing again issues a new code and the earlier one stops working.
 * Allowed in the lobby and every round; refused (`conflict`) once the session is over, `not-found` for no such team.
 */
export const ReadmitTeam = z.strictObject({ team: teamId })

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
 * only in the lobby; afterwards teams resume with their token: the one the join sent (`token`), or else the one
 * the reply brings.
 */
export const JoinTeam = z.strictObject({
  code,
  /**
   * Normalised (names.ts) before it is compared or shown. Whether it is then empty or too long is the join's
   * rule (decideJoin), refused with a reason a screen can word, as a name already taken is. A name far longer
   * than any of NAME_MAX characters, as sent or once folded, is not folded whole (normaliseSentName): this parse
   * runs for every message, before any limit, refused ones too.
   */
  name: z.string().transform(normaliseSentName),
  role: id.optional(),
  table: z.int().min(1).max(LIMITS.tables).optional(),
  token: seatToken.optional(),
})

/** `team:resume` → `{ ok, brief, view }`: the same team, at the same phase, after a reload or a dropped connection. */
export const ResumeTeam = z.strictObject({ token })

/**
 * `team:rejoin` → `{ ok, token, brief, view }`, as `team:join`'s: a team the facilitator readmitted takes its seat
 * back with the rejoin code, on a new device. Its old token stops resuming the seat, and the old sockets get
 * `replaced`. The code is normalised (join-code.ts) by the server, so it may be typed with spaces, hyphens or in
 * lower case. A wrong, used or expired code is `not-found` (reason `rejoin-expired` when it was this team's
 * latest and has expired) and counts against the address's misses as a wrong join code does.
 */
export const RejoinTeam = z.strictObject({ code, rejoin: z.string().max(32), token: seatToken.optional() })

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
  'facilitator:readmit': ReadmitTeam,
  'facilitator:export': ExportResults,
  'session:lobby': PeekLobby,
  'team:join': JoinTeam,
  'team:rejoin': RejoinTeam,
  'team:resume': ResumeTeam,
  'team:submit': SubmitDecision,
} as const
export type ClientEvent = keyof typeof CLIENT_MESSAGES
export type ClientMessage<E extends ClientEvent> = z.output<(typeof CLIENT_MESSAGES)[E]>
export type FacilitatorCommandInput = ClientMessage<'facilitator:command'>['command']
