// The messages someone may send with a guess: a join code (a lobby peek, a join), a rejoin code, or a seat's
// token (a resume). One that finds nothing is a miss against the client's address (guess-limit.ts), and past the
// limit the address may guess no more for a while. A resume costs a lookup and, in a cluster, a forward to every
// other server; a token is far too long to guess, so what is limited is the cost. A resume whose token is a seat
// this server holds is never refused: it costs no forward, and whoever spent the address's guesses cannot keep
// the facilitator or the teams behind the same router out of their seats.
import type { ClientEvent } from '../live/protocol'
import { failBecause } from './failure'
import { guessLimit } from './guess-limit'
import type { LiveSessions } from './live-sessions'

const guessed = (event: ClientEvent): boolean =>
  event === 'session:lobby' ||
  event === 'team:join' ||
  event === 'team:rejoin' ||
  event === 'facilitator:resume' ||
  event === 'team:resume'

export interface Guesses {
  /** The refusal of a guess the address may not make now, with the time until it may. */
  refusal(event: ClientEvent, message: unknown, address: string, now: number): object | undefined
  /** Holds one of the address's guesses if the message is one and one is free; settle it once answered. */
  hold(event: ClientEvent, address: string, now: number): boolean
  /** A held guess was answered: a miss uses it up, anything else gives it back. */
  settle(address: string, now: number, missed: boolean): void
}

/** `perMinute` misses an address may make in a minute, as many at once. */
export function guesses(live: LiveSessions, perMinute: number): Guesses {
  // Each guess is held while it is answered (a rejoin's hash takes a while), so a burst is counted whole.
  const misses = guessLimit(perMinute, 60 * 1000)
  /** A resume of a seat held here, of the kind it asks for. */
  const ownSeat = (event: ClientEvent, message: unknown): boolean => {
    if (event !== 'facilitator:resume' && event !== 'team:resume') return false
    const kind = live.seatOf((message as { token: string }).token)?.identity.kind
    return kind === (event === 'facilitator:resume' ? 'facilitator' : 'team')
  }
  return {
    refusal(event, message, address, now) {
      if (!guessed(event) || misses.has(address, now) || ownSeat(event, message)) return undefined
      return failBecause(
        'rate-limited',
        `at most ${perMinute} codes that find nothing may be tried from one address in a minute: check the code on the facilitator's screen and try again in a minute`,
        'guesses-missed',
        misses.waitMs(address, now),
      )
    },
    hold: (event, address, now) => guessed(event) && misses.hold(address, now),
    settle: (address, now, missed) => misses.settle(address, now, missed),
  }
}
