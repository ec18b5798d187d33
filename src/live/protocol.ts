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
// The contract is in four files: handshake.ts (the version and what comes before any message), client-messages.ts
// (what a client sends), replies.ts (how each message is answered) and wire-views.ts (what the server pushes). This
// file is its one face, with socket.io's event maps; a browser's seat imports handshake.ts itself, since this face
// brings the messages' checks with it.
import type { z } from 'zod'
import type { Problem } from '../scenario/types'
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

export * from './client-messages'
export * from './handshake'
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
      /** An imported scenario's warnings, each with its line, when it has any. */
      warnings?: readonly Problem[]
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
