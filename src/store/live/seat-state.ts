// What a seat in a live session is, as this browser holds it: the state every live screen reads (the brief
// the server sent once, the view it pushes on every change, the clock's skew, whether there is a seat here
// yet, the lobby while there is not, the last refusal), the handle a screen keeps, and what opening one
// needs. Only shapes: opening a seat is open-seat.ts, the two kinds are facilitator-seat.ts and team-seat.ts.
import type { StoreApi } from 'zustand/vanilla'
import type { FacilitatorBrief, FacilitatorView, LobbyView, TeamBrief, TeamView } from '../../live/protocol'
import type { SaveStorage } from '../saved-game'
import type { Connection, LiveLink } from './connection'
import type { Refusal } from './refusal'
import type { SeatKind } from './tokens'

/** What each kind of seat is sent: its brief once, its view on every push. */
export interface Audience {
  facilitator: { brief: FacilitatorBrief; view: FacilitatorView }
  team: { brief: TeamBrief; view: TeamView }
}

export interface SeatState<K extends SeatKind> {
  readonly kind: K
  readonly code: string
  readonly connection: Connection
  readonly brief: Audience[K]['brief'] | null
  readonly view: Audience[K]['view'] | null
  /** The server's clock minus this device's, at the last view: countdowns read the server's deadline. */
  readonly skew: number
  /** No seat here yet (no token, or the server no longer knows it): a team joins, a facilitator cannot resume. */
  readonly unseated: boolean
  /**
   * While unseated, the session's lobby (its title, whether it is open, the roles still free), as the server
   * last gave it (follow-lobby.ts); undefined while asked for or once seated, null when refused.
   */
  readonly lobby: LobbyView | null | undefined
  /** The last request the server refused, by its code; cleared by the next success. */
  readonly error: Refusal | null
  readonly busy: boolean
}

export interface Seat<K extends SeatKind> {
  readonly store: StoreApi<SeatState<K>>
  /** Stops listening (the link and its socket stay, for the next seat). */
  readonly close: () => void
}

export interface SeatDeps {
  readonly link: LiveLink
  readonly storage: SaveStorage | undefined
  readonly now: () => number
}

/** A reply that seats this browser: a resumed seat, or a team just joined. */
export type Seated<K extends SeatKind> = { ok: true; brief: Audience[K]['brief']; view: Audience[K]['view'] }
