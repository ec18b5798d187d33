// Which teams have a device connected, for the facilitator's dashboard: transport state kept beside the sessions,
// never in their log, so no replay, debrief or results file depends on who was online. A team is connected while
// any of its sockets seated by the token that admits to it now is: counted in its room through the adapter, which in
// a cluster asks every server.
import type { Server } from 'socket.io'
import type { ConnectionLookup, Session, SessionId, TeamId } from '../live'
import type { ConnectionView } from '../live/protocol'
import { roomOf, seatOfSocket } from './rooms'

/** Only what a count needs of socket.io's server: the sockets in a room, on every server. */
export type RoomCounter = Pick<Server, 'in'>

/** The hash of the token that admits to a team's seat now; undefined for a team no longer in the session. */
export type SeatToken = (session: SessionId, team: TeamId) => string | undefined

export class Presence {
  /** By team room: the latest known connection. A team missing here has not been seen since this server began. */
  private readonly known = new Map<string, ConnectionView>()
  /** By team room: the latest count asked for; an older one's answer comes too late to be the truth. */
  private readonly asked = new Map<string, number>()
  private asks = 0
  private readonly startedAt: number

  constructor(
    private readonly io: RoomCounter,
    private readonly now: () => number,
    private readonly tokenOf: SeatToken,
  ) {
    this.startedAt = now()
  }

  /**
   * Each of `s`'s teams' connection. One not seen here is offline since it joined or since this server began,
   * whichever is later: a server that restarted or took the session over knows of no socket before it counts.
   */
  of(s: Session): ConnectionLookup {
    return (team) => {
      const seen = this.known.get(room(s.id, team))
      if (seen) return seen
      const joinedAt = s.teams.find((t) => t.id === team)?.joinedAt ?? this.startedAt
      return { kind: 'offline', since: Math.max(joinedAt, this.startedAt) }
    }
  }

  /** A socket took the team's seat (a join or a resume): connected now. Whether that is news. */
  seated(session: SessionId, team: TeamId): boolean {
    const key = room(session, team)
    // A count asked before this seat was taken may not have seen its socket.
    this.asked.set(key, ++this.asks)
    const news = this.known.get(key)?.kind !== 'connected'
    this.known.set(key, { kind: 'connected' })
    return news
  }

  /**
   * Counts the teams' sockets (one closed, or this server has just taken the session): each is connected while
   * any is left, else offline since now, or since it was already. Whether any of that is news.
   */
  async recount(session: SessionId, teams: readonly TeamId[]): Promise<boolean> {
    const news = await Promise.all(teams.map((team) => this.count(session, team)))
    return news.includes(true)
  }

  private async count(session: SessionId, team: TeamId): Promise<boolean> {
    const key = room(session, team)
    const ask = ++this.asks
    this.asked.set(key, ask)
    const sockets = await this.io.in(key).fetchSockets()
    if (this.asked.get(key) !== ask) return false
    // A socket seated by a token that no longer admits (its team rejoined on another device) is being sent away,
    // and on another server the order may not have come yet: counted, it would read connected, and nothing would
    // count the team again once it went. The token is read now, as the answer comes: a rejoin asked meanwhile has
    // taken its seat (`seated`), which this count no longer overrules.
    const token = this.tokenOf(session, team)
    const was = this.known.get(key)
    if (token !== undefined && sockets.some((socket) => seatOfSocket(socket)?.tokenHash === token)) {
      this.known.set(key, { kind: 'connected' })
      return was?.kind !== 'connected'
    }
    // Never seen here: it reads offline already, since it joined or since this server began (`of`).
    if (was === undefined || was.kind === 'offline') return false
    this.known.set(key, { kind: 'offline', since: this.now() })
    return true
  }

  /** The session is no longer this server's (pruned, or another server writes it). */
  forget(session: SessionId): void {
    const prefix = room(session, '' as TeamId)
    for (const map of [this.known, this.asked])
      for (const key of map.keys()) if (key.startsWith(prefix)) map.delete(key)
  }
}

const room = (session: SessionId, team: TeamId) => roomOf(session, { kind: 'team', team })
