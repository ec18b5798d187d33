// Several servers on one PostgreSQL: socket.io's PostgreSQL adapter (cluster-adapter.ts) carries views to
// sockets on every server and requests between servers; leases (leases.ts) make one server the writer of each
// session. A server that gets a message about a session it does not hold forwards it to all the others, and the
// holder answers (forwarding.ts). Clients may connect anywhere, so a load balancer needs no knowledge of sessions,
// and a client whose server died resumes with its token on any other.
import type { Pool } from 'pg'
import type { Server } from 'socket.io'
import type { SessionId } from '../live'
import type { ClientEvent } from '../live/protocol'
import type { Listening } from './cluster-adapter'
import type { EventLog } from './event-log'
import { forwarding, keepLastSweep } from './forwarding'
import { givingUp } from './giving-up'
import { handingOver } from './hand-over'
import type { Leases } from './leases'
import type { LiveSessions } from './live-sessions'
import { transaction } from './pg-event-log'
import { roomOf, seatOfSocket } from './rooms'
import type { ServerVersions } from './server-versions'
import { watchServers } from './server-watch'
import type { Context, Handled, SessionHandlers } from './session-handlers'
import type { Seat } from './session-registry'
import type { Unrestorable } from './unrestored'

/** Any number: the advisory lock the pruning server holds, so that one server at a time prunes. */
const PRUNE_LOCK = 4_004_002

export interface ClusterOptions {
  readonly io: Server
  readonly pool: Pool
  readonly log: EventLog
  readonly leases: Leases
  /** This server's protocol version, kept alive with its leases (server-versions.ts). */
  readonly versions: ServerVersions
  readonly live: LiveSessions
  readonly handlers: SessionHandlers
  /** Whether the adapter's LISTEN is in place (cluster-adapter.ts): other servers' pushes reach this one. */
  readonly listening: Listening
  /** How long a lease lasts unrenewed: how long a dead server's sessions wait for another to take them. */
  readonly leaseMs: number
  readonly say: (message: string) => void
}

export interface Cluster {
  /** Tells every server that a seat's socket closed here: the one holding its session counts the team's devices. */
  left(seat: Seat): void
  /** The answer of the server holding the message's session; undefined if none does (after waiting for a dead holder's leases). */
  forward(event: ClientEvent, message: unknown, context: Context): Promise<Handled | undefined>
  /** Renews this server's leases and takes the expired ones; the sessions taken and rebuilt. */
  sweep(): Promise<number>
  /**
   * Gives up the lease of a session held here that, read back from the log, no longer replays, as a takeover gives up
   * one it cannot rebuild (giving-up.ts); one not let go now is let go at the next look.
   */
  giveUp(session: Unrestorable): Promise<void>
  /** Deletes the sessions idle since `before`, on whichever server gets the lock first; the sessions pruned. */
  prune(before: number): Promise<SessionId[]>
  /**
   * Whether this server reached the database within a lease's time and hears the other servers (its LISTEN is
   * in place): a load balancer's readiness.
   */
  ready(): boolean
  close(): Promise<void>
}

export function joinCluster(options: ClusterOptions): Cluster {
  const { io, pool, leases, versions, live, handlers, listening, leaseMs, say } = options
  let renewedAt = Number.NEGATIVE_INFINITY
  let closing = false

  io.on('left', (seat: Seat) => {
    handlers.left(seat)
  })
  io.on('pruned', (sessions: SessionId[]) => {
    for (const id of sessions) forget(id)
    say(`forgot ${sessions.length} session(s) another server pruned`)
  })

  // Asked by a server whose LISTEN came back (below), with the seats of its sockets: those of sessions held here.
  io.on('resend', (seats: Seat[]) => {
    handlers.sendAwayStale(seats)
    for (const id of new Set(seats.map((seat) => seat.session))) handlers.tookOver(id)
  })
  // What other servers sent while this one did not listen is lost: the views of the sessions they hold, pushed
  // to sockets here; the sockets counted here for a session held here (their answers), and the sockets that
  // closed there ('left'); a send-away (send-away.ts) of a device here whose team was removed, or rejoined on
  // another device. As after a takeover, each audience gets its view again and each team is counted again, and
  // the devices seated by a token that no longer admits are sent away: this server does so for the sessions it
  // holds, and asks the holders of the others with sockets here, sending them those sockets' seats.
  listening.onReturn(() => {
    if (closing) return
    const held = new Set(live.ids())
    const seats = seatsHere(io)
    handlers.sendAwayStale(seats)
    for (const id of held) handlers.tookOver(id)
    const elsewhere = seats.filter((seat) => !held.has(seat.session))
    if (elsewhere.length > 0) io.serverSideEmit('resend', elsewhere)
    const asked = new Set(elsewhere.map((seat) => seat.session)).size
    say(
      `sent the views of ${held.size} session(s) held here again, and asked for those of ${asked} held elsewhere`,
    )
  })

  const forget = (id: SessionId) => {
    live.drop(id)
    handlers.forget(id)
  }

  // Another server's row going stale means its sockets died with it (server-watch.ts).
  const countAgainIfGone = watchServers({
    held: () => live.ids(),
    handlers,
    leaseMs,
    closing: () => closing,
    say,
  })

  // Renewing and taking are two steps, each run once at a time: a takeover that reads a long log, or waits on the
  // main pool's stalled connections, does not hold up the renewals that keep this server's own leases alive.
  let renewing: Promise<void> | undefined
  const renewOnce = async (): Promise<void> => {
    // Only the sessions held before the renewal began can have lost their lease in it: one created while the
    // renewal waited on the database took its lease after the renewal's snapshot, so it is missing from the
    // answer but still this server's (and forgetting it would orphan it, its lease renewed by a server that
    // no longer holds it).
    const before = live.ids()
    // One given up on (its connection stalled) is asked again at once, on a new connection (database-pool.ts):
    // waiting for the next quarter lease as well could let the lease lapse.
    const renewal = () => Promise.all([leases.renew(), versions.beat()])
    const [held, alive] = await renewal().catch(renewal)
    renewedAt = Date.now()
    countAgainIfGone(alive)
    // One missing may have been handed on, or given up, while the renewal was on its way: what this server did with
    // it is settled in the session's turn, and only one still held once that is done was taken by another. Not
    // waited for: a renewal never waits behind a session's writes.
    for (const id of before)
      if (!held.has(id))
        void live.inTurn(id, () => {
          if (!live.get(id)) return
          forget(id)
          say(`session ${id} is no longer this server's: another took its lease`)
        })
    // A create given up on may have reached the log all the same, its lease renewed here with no session here to
    // hold it. Let go, it is taken at the next look if it is in the log (a create sent again, with its token, is then
    // answered from it), and goes if it is not. One not let go now is let go at the next renewal.
    await live
      .letGoOfGivenUp(async (ids) => {
        const mine = ids.filter((id) => held.has(id))
        if (mine.length === 0) return
        await leases.remove(mine)
        say(`let go of the lease of ${mine.join(', ')}, whose create was given up on`)
      })
      .catch((e: Error) => say(`the leases of creates given up on were not let go: ${e.message}`))
  }
  const handOver = handingOver({ live, leases, handlers, leaseMs, closing: () => closing, say })
  const unloaded = givingUp({ leases, live, say })
  let taking: Promise<number> | undefined
  const takeOnce = async (): Promise<number> => {
    const taken = closing ? [] : await leases.claimExpired()
    let rebuilt = 0
    for (const s of taken) {
      const failed = await live.load(s.id, s.code, s.lastAt)
      if (failed) {
        say(`session ${s.id} (code ${s.code}) was not restored: ${failed.message}`)
        unloaded.failed(failed)
      } else {
        rebuilt++
        say(
          `session ${s.id} (code ${s.code}) is now this server's: its lease had expired, and it was rebuilt from the log`,
        )
        // Its teams' sockets may be on any server, still connected: sent their views, counted, not assumed gone.
        handlers.tookOver(s.id)
      }
    }
    await unloaded.letGo()
    await handOver.look(taken)
    return rebuilt
  }
  const sweepNow = async (): Promise<number> => {
    renewing ??= renewOnce().finally(() => {
      renewing = undefined
    })
    await renewing
    taking ??= takeOnce().finally(() => {
      taking = undefined
    })
    return taking
  }
  // A forward's sweep is the last one if it began within the timer's period (forwarding.ts).
  const { sweep, recent } = keepLastSweep(sweepNow, leaseMs / 4)
  const forwardTo = forwarding({ io, leases, handlers, leaseMs, sweep: recent, say })
  // Held by no server, the session may be one given up on: read them, so that the handlers here can say so.
  const forward: Cluster['forward'] = async (event, message, context) => {
    const handled = await forwardTo(event, message, context)
    if (!handled) await unloaded.read()
    return handled
  }
  const timer = setInterval(() => {
    sweep().catch((e: Error) => say(`renewing leases failed: ${e.message}`))
  }, leaseMs / 4).unref()

  return {
    left: (seat) => io.serverSideEmit('left', seat),
    forward,
    sweep,
    giveUp: (session) => {
      unloaded.failed(session)
      return unloaded.letGo()
    },
    async prune(before) {
      const pruned = await transaction(pool, async (client) => {
        const { rows } = await client.query<{ mine: boolean }>(
          'SELECT pg_try_advisory_xact_lock($1) AS mine',
          [PRUNE_LOCK],
        )
        if (!rows[0]?.mine) return []
        const old = (await options.log.sessions()).filter((s) => s.lastAt < before).map((s) => s.id)
        for (const id of old) await options.log.remove(id)
        await leases.remove(old)
        return old
      })
      if (pruned.length > 0) io.serverSideEmit('pruned', pruned)
      for (const id of pruned) forget(id)
      return pruned
    },
    ready: () => !closing && listening.now() && Date.now() - renewedAt < leaseMs,
    async close() {
      closing = true
      clearInterval(timer)
      listening.stop()
      await Promise.all([renewing?.catch(() => {}), taking?.catch(() => {})])
      await leases.releaseAll().catch((e: Error) => say(`its leases were not let go: ${e.message}`))
      await versions.leave().catch((e: Error) => say(`its row in the servers table stays: ${e.message}`))
    },
  }
}

/** The seats of the sockets on this server still in their seat's room: one for each token. */
function seatsHere(io: Server): Seat[] {
  const seats = new Map<string, Seat>()
  for (const socket of io.of('/').sockets.values()) {
    const seat = seatOfSocket(socket)
    const room = seat && roomOf(seat.session, seat.identity)
    if (seat && room && socket.rooms.has(room)) seats.set(seat.tokenHash ?? room, seat)
  }
  return [...seats.values()]
}
