// Several servers on one PostgreSQL: socket.io's PostgreSQL adapter carries views to sockets on every
// server and requests between servers; leases (leases.ts) make one server the writer of each session. A
// server that gets a message about a session it does not hold forwards it to all the others, and the
// holder answers. Clients may connect anywhere, so a load balancer needs no knowledge of sessions, and a
// client whose server died resumes with its token on any other.
import { createAdapter } from '@socket.io/postgres-adapter'
import type { Pool } from 'pg'
import type { Server } from 'socket.io'
import type { SessionId } from '../live'
import type { ClientEvent } from '../live/protocol'
import type { EventLog } from './event-log'
import { fail } from './failure'
import type { Leases } from './leases'
import type { LiveSessions } from './live-sessions'
import { createTables, transaction } from './pg-event-log'
import type { ServerVersions } from './server-versions'
import type { Context, Handled, SessionHandlers } from './session-handlers'
import type { Seat } from './session-registry'

/** Any number: the advisory lock the pruning server holds, so that one server at a time prunes. */
const PRUNE_LOCK = 4_004_002

interface Forwarded {
  readonly event: ClientEvent
  readonly message: unknown
  readonly context: Context
}
interface Answer {
  readonly server: string
  readonly handled: Pick<Handled, 'reply' | 'seat'> | null
}

export interface ClusterOptions {
  readonly io: Server
  readonly pool: Pool
  readonly log: EventLog
  readonly leases: Leases
  /** This server's protocol version, kept alive with its leases (server-versions.ts). */
  readonly versions: ServerVersions
  readonly live: LiveSessions
  readonly handlers: SessionHandlers
  /** How long a lease lasts unrenewed: how long a dead server's sessions wait for another to take them. */
  readonly leaseMs: number
  readonly say: (message: string) => void
}

export interface Cluster {
  /** Tells every server that a seat's socket closed here: the one holding its session counts the team's devices. */
  left(seat: Seat): void
  /** The answer of the server holding the message's session; undefined if none does (after waiting for a dead holder's leases). */
  forward(event: ClientEvent, message: unknown, context: Context): Promise<Handled | undefined>
  /** Renews this server's leases and takes the expired ones; the sessions taken. */
  sweep(): Promise<number>
  /** Deletes the sessions idle since `before`, on whichever server gets the lock first; the sessions pruned. */
  prune(before: number): Promise<SessionId[]>
  /** Whether this server reached the database within a lease's time: a load balancer's readiness. */
  ready(): boolean
  close(): Promise<void>
}

/** Where the adapter puts a message too large for a notification (8000 bytes): its README's table. */
const ATTACHMENTS = `
  CREATE TABLE IF NOT EXISTS socket_io_attachments (
    id bigserial UNIQUE,
    created_at timestamptz DEFAULT now(),
    payload bytea
  );
`

export async function adaptToCluster(
  io: Server,
  pool: Pool,
  leaseMs: number,
  say: (m: string) => void,
): Promise<void> {
  await createTables(pool, ATTACHMENTS)
  // The adapter keeps one connection for LISTEN and listens for its end, not for its errors: an error
  // event with no listener would end the process when the database goes away. On the end it takes a new
  // connection without giving the dead one back, and the pool would then wait for it for ever on closing.
  const listening = {
    connect: async () => {
      const client = await pool.connect()
      const release = client.release.bind(client)
      let released = false
      client.release = (e?: Error | boolean) => {
        if (released) return
        released = true
        release(e)
      }
      client.on('error', (e: Error) => say(`the adapter's connection: ${e.message}`))
      client.on('end', () => client.release(true))
      return client
    },
    query: pool.query.bind(pool),
  } as unknown as Pool
  // A server that stops answering is counted out after a lease's time, so a request waiting on its answer
  // waits no longer than its sessions wait for another server.
  io.adapter(
    createAdapter(listening, {
      heartbeatInterval: leaseMs / 4,
      heartbeatTimeout: leaseMs,
      // PostgreSQL's NOTIFY takes fewer than 8,000 bytes and the adapter sends up to its threshold inline: at
      // its default (8,000) a message of exactly that size fails ("payload string too long") and a forwarded
      // command's answer is lost. One byte less, and such a message goes through the attachment table.
      payloadThreshold: 7_999,
      errorHandler: (e: Error) => say(`the adapter: ${e.message}`),
    }),
  )
}

export function joinCluster(options: ClusterOptions): Cluster {
  const { io, pool, leases, versions, live, handlers, leaseMs, say } = options
  let renewedAt = Number.NEGATIVE_INFINITY
  let closing = false

  io.on('forward', (request: Forwarded, answer: (a: Answer) => void) => {
    const { event, message, context } = request
    if (!handlers.isHere(event, message, context.seat))
      return answer({ server: leases.holder, handled: null })
    Promise.resolve(handlers.handle(event, message, context)).then(
      (handled) => {
        answer({ server: leases.holder, handled: { reply: handled.reply, seat: handled.seat } })
        handled.after?.()
      },
      (e: Error) => {
        say(`${event} forwarded from another server failed: ${e.stack}`)
        answer({
          server: leases.holder,
          handled: { reply: fail('internal', 'the server could not do that') },
        })
      },
    )
  })
  io.on('left', (seat: Seat) => {
    handlers.left(seat)
  })
  io.on('pruned', (sessions: SessionId[]) => {
    for (const id of sessions) forget(id)
    say(`forgot ${sessions.length} session(s) another server pruned`)
  })

  const forget = (id: SessionId) => {
    live.drop(id)
    handlers.forget(id)
  }

  const ask = (request: Forwarded) =>
    new Promise<Answer[]>((done) =>
      io.serverSideEmit('forward', request, (_timedOut: Error | null, answers: Answer[]) => done(answers)),
    )

  /**
   * A server that stops beating has died (one that stops cleanly leaves, its sockets' closes already told). Its
   * sockets closed with it, and nothing told the servers holding their sessions: every team here is counted
   * again, a lease later, when the adapter has counted the dead server out and a count no longer waits on it.
   */
  let others: ReadonlySet<string> = new Set()
  const countAgainIfGone = (alive: ReadonlySet<string>) => {
    const gone = [...others].filter((server) => !alive.has(server))
    others = alive
    if (gone.length === 0 || closing) return
    say(
      `${gone.join(', ')} stopped: its teams' sockets went with it, so this server's sessions count theirs again`,
    )
    setTimeout(() => {
      if (!closing) for (const id of live.ids()) handlers.recount(id)
    }, leaseMs).unref()
  }

  let sweeping: Promise<number> | undefined
  const sweepOnce = async (): Promise<number> => {
    // Only the sessions held before the renewal began can have lost their lease in it: one created while the
    // renewal waited on the database took its lease after the renewal's snapshot, so it is missing from the
    // answer but still this server's (and forgetting it would orphan it, its lease renewed by a server that
    // no longer holds it).
    const before = live.ids()
    const [held, alive] = await Promise.all([leases.renew(), versions.beat()])
    renewedAt = Date.now()
    countAgainIfGone(alive)
    for (const id of before)
      if (!held.has(id)) {
        forget(id)
        say(`session ${id} is no longer this server's: another took its lease`)
      }
    const taken = closing ? [] : await leases.claimExpired()
    for (const s of taken) {
      const failed = await live.load(s.id, s.code, s.lastAt)
      if (failed) say(`session ${s.id} (code ${s.code}) was not restored: ${failed.message}`)
      else {
        say(
          `session ${s.id} (code ${s.code}) is now this server's: its lease had expired, and it was rebuilt from the log`,
        )
        // Its teams' sockets may be on any server, still connected: counted, not assumed gone.
        handlers.recount(s.id)
      }
    }
    return taken.length
  }
  const sweep = () => {
    sweeping ??= sweepOnce().finally(() => {
      sweeping = undefined
    })
    return sweeping
  }
  const timer = setInterval(() => {
    sweep().catch((e: Error) => say(`renewing leases failed: ${e.message}`))
  }, leaseMs / 4).unref()

  return {
    left: (seat) => io.serverSideEmit('left', seat),
    async forward(event, message, context) {
      // A dead server is counted out after a lease, its leases expire a lease after its last renewal.
      const giveUpAt = Date.now() + 3 * leaseMs
      for (;;) {
        const asked = Date.now()
        const answers = await ask({ event, message, context })
        const handled = answers.find((a) => a.handled)?.handled
        if (handled) return handled
        // Nobody holds it: its holder may have died. Take what has expired, and look again.
        await sweep()
        if (handlers.isHere(event, message, context.seat)) return undefined
        const wait = await leases.untilAskAgain(
          answers.map((a) => a.server),
          Date.now() - asked + leaseMs / 4,
        )
        if (wait === undefined || Date.now() + wait > giveUpAt) return undefined
        if (wait > 0) await new Promise((done) => setTimeout(done, wait + leaseMs / 8))
      }
    },
    sweep,
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
    ready: () => !closing && Date.now() - renewedAt < leaseMs,
    async close() {
      closing = true
      clearInterval(timer)
      await sweeping?.catch(() => {})
      await leases.releaseAll().catch((e: Error) => say(`its leases were not let go: ${e.message}`))
      await versions.leave().catch((e: Error) => say(`its row in the servers table stays: ${e.message}`))
    },
  }
}
