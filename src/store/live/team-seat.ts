// A team's seat: joining the session under a name (and a role, or the first free one), which keeps the new
// team's token in this browser, and submitting a round's decision. Until it has a seat, it follows the
// session's lobby (follow-lobby.ts) for the join form, asking again after a refused join. A team whose device
// was lost takes its seat back here with the one-time code the facilitator gives it (`rejoin`). A join and a rejoin
// carry the token the seat is to be resumed with, made here (seat-token.ts), so that sending one again finds the seat
// an attempt whose answer was lost took, rather than taking a second.
import { normaliseRejoinCode } from '../../live/join-code'
import { ask } from './connection'
import { followLobby, joining as isJoining } from './follow-lobby'
import { openSeat } from './open-seat'
import type { Seat, SeatDeps, Seated, SeatState } from './seat-state'
import { newSeatToken } from './seat-token'
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
  // The token every join or rejoin sends until one takes a seat: an attempt that got no answer, or was told the
  // server could not reach its log, may still have taken one, and the next attempt, with the same token, is then
  // answered with it. Once seated, a later join (after the facilitator removed the team) is a new request, with a
  // new token. Kept in memory only: a reload resumes with the token the seat stored, and a join that never answered
  // is sent again from the same page.
  let pending: string | undefined
  const pendingToken = () => {
    pending ??= newSeatToken()
    return pending
  }
  /**
   * Seated by a join or a rejoin: the token its reply brings (the one sent, which the server took for the seat) is
   * the seat's now, and the next join or rejoin makes a new one.
   */
  const took = (reply: Seated<'team'> & { token: string }) => {
    writeToken(deps.storage, 'team', code, reply.token)
    pending = undefined
    seat.seated(reply)
    return true
  }
  return {
    store: seat.store,
    close: () => {
      stopAsking()
      seat.close()
    },
    join: async (name, role) => {
      const token = pendingToken()
      const done = await seat.run(() =>
        ask(seat.socket, 'team:join', { code, name, token, ...(role === undefined ? {} : { role }) }),
      )
      if (!done.ok) {
        // Refused by the lobby's rules (the name or the role was taken meanwhile, or the session began): the seats
        // as they are now. Not after an answer that never came or a server that could not reach its log: the lobby
        // would be asked on the same dead link, and its refusal would take the join's place on the form.
        if (done.reply.error.code === 'conflict' || done.reply.error.code === 'not-found') void askLobby()
        return seat.refused('join', done.reply)
      }
      return took(done.reply)
    },
    rejoin: async (typed) => {
      const rejoin = normaliseRejoinCode(typed).slice(0, 32)
      const token = pendingToken()
      const done = await seat.run(() => ask(seat.socket, 'team:rejoin', { code, rejoin, token }))
      if (!done.ok) return seat.refused('rejoin', done.reply)
      return took(done.reply)
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
