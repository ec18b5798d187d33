// A session's sockets are in rooms, one for its facilitator and one for each team, and each room gets the view
// of its own audience: what this server pushes, and to whom.

import type { Socket } from 'socket.io'
import {
  type ConnectionLookup,
  facilitatorView,
  knownOutcome,
  type Session,
  type SessionId,
  type TeamId,
  teamDebrief,
  teamView,
} from '../live'
import type { TeamView, View } from '../live/protocol'
import type { Seat } from './session-registry'

export const roomOf = (session: SessionId, seat: Seat['identity']): string =>
  seat.kind === 'facilitator' ? `${session}:facilitator` : `${session}:team:${seat.team}`

/**
 * The seat a socket took here (transport.ts keeps it on the socket), with the hash of the token that gave it: what
 * tells a device sent away from the others in its room.
 */
export const seatOfSocket = (socket: Pick<Socket, 'data'>): Seat | undefined =>
  (socket.data as { seat?: Seat }).seat

export const sit = (socket: Socket, seat: Seat): void => {
  ;(socket.data as { seat?: Seat }).seat = seat
}

/**
 * Every audience's view now, by room: the facilitator's (with each team's connection), then `teams`' (every
 * team, or one).
 */
export function viewsByRoom(
  s: Session,
  teams: TeamId | 'all',
  joinUrl: string,
  now: number,
  connections: ConnectionLookup,
): [string, View][] {
  return [
    [roomOf(s.id, { kind: 'facilitator' }), facilitatorView(s, joinUrl, knownOutcome, now, connections)],
    ...teamViewsByRoom(s, teams, now),
  ]
}

/** `teams`' views now (every team, or one), by room. */
export function teamViewsByRoom(s: Session, teams: TeamId | 'all', now: number): [string, TeamView][] {
  const views: [string, TeamView][] = []
  // A team's debrief is the same for every team (views.ts builds it from the session alone; a test holds it
  // to that): built once, one object serves all, so viewParser also serialises it once.
  const debrief = teamDebrief(s, knownOutcome)
  for (const t of s.teams)
    if (teams === 'all' || t.id === teams)
      views.push([roomOf(s.id, { kind: 'team', team: t.id }), teamView(s, t.id, knownOutcome, now, debrief)])
  return views
}
