// The live-session protocol over socket.io: a zod schema for every message a client sends, and the
// types of everything the server sends back. The browser screens build on this file and docs/deploy.md.
//
// Every client message is `socket.emit(event, payload, ack)`, with exactly one payload and an
// acknowledgement callback; the ack always answers `{ ok: true, ... }` or `{ ok: false, error }`.
// A message without an ack is ignored. A join or resume answers with a `brief` (what does not change
// during the session: the scenario's text and the seat's briefings, sent once) and a `view` (what
// does); afterwards the socket belongs to that team (or to the facilitator) until it disconnects,
// and the server pushes `view` whenever that audience's view changes, whole, selected for it: a team
// never receives another role's briefing or another team's unrevealed decision. Two changes come as notices
// instead, laid over the view held: outcomes computed after a reveal (`outcomes`), and, to the facilitator, who has
// submitted after a submission that does not reveal (`submitted`). On every
// (re)connection a client sends `team:resume` or `facilitator:resume` with its stored token.
//
// The contract is in three files: client-messages.ts (what a client sends), replies.ts (how each message is
// answered) and wire-views.ts (what the server pushes). This file is its one face, with socket.io's event maps.
import type { z } from 'zod'
import type { CLIENT_MESSAGES, ClientEvent } from './client-messages'
import type { Reply } from './replies'
import type {
  FacilitatorBrief,
  FacilitatorView,
  LobbyView,
  OutcomesNotice,
  ScenarioSummary,
  SubmissionsNotice,
  TeamBrief,
  TeamView,
  View,
} from './wire-views'

/**
 * The protocol's version. Every client names it in its socket.io handshake (`auth: { protocol }`), and a server
 * refuses a connection that names another or none: a page left open across an upgrade of the server, or a
 * server not yet upgraded, would otherwise meet messages and views of a shape it does not know, and fail
 * somewhere in the game instead of at the door. Raise it whenever what a client sends or what the server
 * sends back changes shape. Version 1 is every client from before versions were sent (3 December 2026); version 4
 * added the numbered sources to `PublicScenario`, so the live screens can number their citation markers, and
 * `waitingFor.turnLeft` to a team's view, so a team's screen no longer works out the game's rules for itself;
 * version 5 lets `advance` name the round it reveals, so two presses at once reveal one round, not two; version 6
 * lets the facilitator readmit a team that lost its device (`facilitator:readmit`, `team:rejoin`, the `replaced`
 * push and a team row's `rejoinUntil`); version 7 gives every view the session's `version`, by which a client
 * keeps the newest of views that came out of order from another server; version 8 tells the facilitator of a
 * submission that does not reveal by the `submitted` notice rather than by its whole view again.
 */
export const PROTOCOL_VERSION = 8

/**
 * The longest a server takes to answer a request, a request it forwards to the server holding the session
 * included (cluster.ts); past it, it answers that the holder did not answer in time. The browser waits this, and
 * the network's share, before it says the server did not answer (store/live/connection.ts), so a request it has
 * given up on is never still being carried out.
 */
export const ANSWER_WITHIN_MS = 20_000

/**
 * How the server's refusal at its door begins when one address holds as many connections as it may: engine.io
 * answers 403 with it as the body's `message`, which a page reads to tell a crowded network from a connection
 * refused for another reason (a proxy's 403, say) before socket.io's handshake.
 */
export const TOO_MANY_CONNECTIONS = 'too-many-connections'

/** What a client sends as socket.io's `auth` when it connects: the protocol version it speaks. */
export interface Handshake {
  readonly protocol: number
}

/** The handshake of a client of this build. */
export const HANDSHAKE: Handshake = { protocol: PROTOCOL_VERSION }

/** The `data` of the connect_error a client gets when the server refuses its version. */
export interface VersionRefusal {
  readonly code: 'protocol-version'
  /** The version the server speaks: above the client's, the page should be reloaded. */
  readonly server: number
}

export * from './client-messages'
export * from './replies'
export * from './wire-views'

/** For socket.io's typed sockets: `io<ServerToClientEvents, ClientToServerEvents>(url)`. */
export interface ServerToClientEvents {
  view: (view: View) => void
  outcomes: (notice: OutcomesNotice) => void
  /** To the facilitator, after a team's submission that does not reveal the round: who has submitted now. */
  submitted: (notice: SubmissionsNotice) => void
  /** To a team the facilitator removed: its seat is gone, its token no longer resumes it. */
  removed: (notice: { readonly code: string }) => void
  /**
   * To a team's old sockets when it took its seat back on another device with a rejoin code: its token no longer
   * resumes the seat; the team carries on over there.
   */
  replaced: (notice: { readonly code: string }) => void
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
  'facilitator:readmit': Handler<
    'facilitator:readmit',
    { rejoin: { team: string; code: string; expiresAt: number } }
  >
  'facilitator:export': Handler<'facilitator:export', { filename: string; contentType: string; body: string }>
  'session:lobby': Handler<'session:lobby', { lobby: LobbyView }>
  'team:join': Handler<'team:join', { token: string; brief: TeamBrief; view: TeamView }>
  'team:rejoin': Handler<'team:rejoin', { token: string; brief: TeamBrief; view: TeamView }>
  'team:resume': Handler<'team:resume', { brief: TeamBrief; view: TeamView }>
  'team:submit': Handler<'team:submit', object>
}
