// A team's seat: joining the session under a name (and a role, or the first free one), which keeps the new
// team's token in this browser, and submitting a round's decision. Until it has a seat, it follows the
// session's lobby (follow-lobby.ts) for the join form, asking again after a refused join. A team whose device
// was lost takes its seat back here with the one-time code the facilitator gives it (`rejoin`).
import { normaliseRejoinCode } from '../../live/join-code'
import { ask } from './connection'
import { followLobby, joining as isJoining } from './follow-lobby'
import { openSeat } from './open-seat'
import type { Seat, SeatDeps, SeatState } from './seat-state'
import { writeToken } from './tokens'

export interface TeamSeat extends Seat<'team'> {
  /** Joins under this name, in the role asked for or else the first free seat. */
  readonly join: (name: string, role?: string) => Promise<boolean>
  /** Takes back the seat of a team the facilitator let back in, with the code as typed ("abcd-efgh" will do). */
  readonly rejoin: (typed: string) => Promise<boolean>
  readonly submit: (round: number, decision: string) => Promise<boolean>
}

/** A team's seat is joining while it is online with no team yet: the join form shows then. */
export const joining = (s: SeatState<'team'>) => isJoining(s)

export function teamSeat(code: string, deps: SeatDeps): TeamSeat {
  const seat = openSeat('team', code, deps)
  // The join form shows the lobby (follow-lobby.ts), asked for again after a refused join.
  const lobby = followLobby({ ...seat, setLobby: (found) => seat.store.setState({ lobby: found }) }, code)
  const askLobby = lobby.ask
  const stopAsking = lobby.stop
  return {
    store: seat.store,
    close: () => {
      stopAsking()
      seat.close()
    },
    join: async (name, role) => {
      const done = await seat.run(() =>
        ask(seat.socket, 'team:join', role === undefined ? { code, name } : { code, name, role }),
      )
      if (!done.ok) {
        // Refused (the name or the role was taken meanwhile, or the session began): the seats as they are now.
        void askLobby()
        return seat.refused('join', done.reply)
      }
      writeToken(deps.storage, 'team', code, done.reply.token)
      seat.seated(done.reply)
      return true
    },
    rejoin: async (typed) => {
      const rejoin = normaliseRejoinCode(typed).slice(0, 32)
      const done = await seat.run(() => ask(seat.socket, 'team:rejoin', { code, rejoin }))
      if (!done.ok) return seat.refused('rejoin', done.reply)
      writeToken(deps.storage, 'team', code, done.reply.token)
      seat.seated(done.reply)
      return true
    },
    submit: async (round, decision) => {
      const done = await seat.run(() => ask(seat.socket, 'team:submit', { round, decision }))
      if (done.ok) return true
      // Sent as the facilitator ended the session: the view that came first already says it is over.
      if (seat.store.getState().view?.phase.kind === 'finished') return false
      return seat.refused('submit', done.reply)
    },
  }
}
