// What a seat with no seat yet shows of its session: the lobby (its title, whether it is still open, the free
// roles), asked for each time the seat is online with no seat (on arrival, after a reconnection, after the
// facilitator removes a team). A team's join form reads it; so does the facilitator's screen opened in a
// browser that holds no facilitator key, to say truly whether the session can still be joined.
import type { StoreApi } from 'zustand/vanilla'
import type { ErrorReply, LobbyView } from '../../live/protocol'
import { ask, type Connection, type LiveLink } from './connection'
import type { LiveRequest } from './refusal'

/** The part of a seat's state this reads. */
interface Unseated {
  readonly unseated: boolean
  readonly connection: Connection
}

/** Online with no seat here: the moment to show (and ask for) the lobby. */
export const joining = (s: Unseated) => s.unseated && s.connection === 'online'

export interface LobbyFollower {
  /** Asks again now (after a refused join: the seats as they are now). */
  readonly ask: () => Promise<void>
  readonly stop: () => void
}

export function followLobby(
  seat: {
    readonly store: Pick<StoreApi<Unseated>, 'getState' | 'subscribe'>
    readonly socket: ReturnType<LiveLink['socket']>
    readonly refused: (request: LiveRequest, reply: ErrorReply) => boolean
    readonly setLobby: (lobby: LobbyView | null) => void
  },
  code: string,
): LobbyFollower {
  const askLobby = async () => {
    const reply = await ask(seat.socket, 'session:lobby', { code })
    if (reply.ok) seat.setLobby(reply.lobby)
    else {
      seat.refused('lobby', reply)
      seat.setLobby(null)
    }
  }
  const stop = seat.store.subscribe((now, before) => {
    if (joining(now) && !joining(before)) void askLobby()
  })
  if (joining(seat.store.getState())) void askLobby()
  return { ask: askLobby, stop }
}
