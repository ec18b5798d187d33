// One Node server for a workshop: the built app, live sessions over socket.io, and the event log,
// started together and stopped together. main.ts reads the environment; tests call startServer directly.
import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { Server } from 'socket.io'
import { LIMITS } from '../live/protocol'
import { readCatalog } from '../scenario/files'
import { joinCluster } from './cluster'
import { adaptToCluster } from './cluster-adapter'
import { limitConnections } from './connection-limit'
import { openDatabasePool, openLeasePool } from './database-pool'
import { eventLine } from './event-lines'
import { exportShare } from './export-share'
import { httpHandler } from './http'
import { openLeases } from './leases'
import { DEFAULT_LIMITS, type ServerLimits } from './limits'
import { LiveSessions } from './live-sessions'
import { outcomePool } from './outcome-pool'
import { openPgEventLog } from './pg-event-log'
import { scenarioChecker } from './scenario-checker'
import { limitSendBacklog } from './send-backlog'
import { announceVersion } from './server-versions'
import { sessionHandlers } from './session-handlers'
import { type Durability, openSqliteEventLog } from './sqlite-event-log'
import { attachTransport } from './transport'
import { serverParser } from './view-encoder'

export interface ServerOptions {
  readonly port: number
  readonly host?: string
  readonly dataDir: string
  readonly distDir?: string
  readonly publicUrl?: string | undefined
  /** What the server allows (limits.ts); each one not given is its default. */
  readonly limits?: Partial<ServerLimits>
  /** Behind a reverse proxy: count clients by the address it appends to X-Forwarded-For, not by the proxy's. */
  readonly trustProxy?: boolean
  /** The operator's token for /api/health's details (sessions, memory); without one nobody sees them. */
  readonly statusToken?: string | undefined
  readonly durability?: Durability
  /** A PostgreSQL URL: the event log there, shared with the other servers on it (cluster.ts); else SQLite. */
  readonly databaseUrl?: string | undefined
  /** With a database: how long a dead server's sessions wait before another takes them (by default 5 s). */
  readonly leaseMs?: number
  /** With a database: how long to wait for the adapter's first LISTEN before giving up (by default a minute). */
  readonly listenTimeoutMs?: number
  /** A session is pruned this long after its last event (by default a day); Infinity keeps them all. */
  readonly pruneAfterMs?: number
  /** How often to look for sessions to prune (by default every ten minutes). */
  readonly pruneEveryMs?: number
  /** The server's clock, for sessions' events and pruning (tests pass their own). */
  readonly now?: () => number
  /** Runs a task every so often until the returned function is called (tests pass their own, to run it). */
  readonly every?: (task: () => Promise<void>, ms: number) => () => void
  readonly log?: (message: string) => void
  /** Each session event as one line of JSON (event-lines.ts); main.ts writes them to standard output. */
  readonly logEvent?: (line: string) => void
}

export interface RunningServer {
  readonly url: string
  readonly port: number
  readonly restored: number
  /** Sessions pruned from the log at start, unread. */
  readonly pruned: number
  close(): Promise<void>
}

export const HOUR_MS = 60 * 60 * 1000
export const DEFAULT_LEASE_MS = 5000
export const DEFAULT_LISTEN_TIMEOUT_MS = 60_000
const hours = (ms: number) => `${+(ms / HOUR_MS).toFixed(2)} h`

export const ROOT = resolve(import.meta.dirname, '..', '..')

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((m: string) => console.error(m))
  const catalog = readCatalog()
  if (!catalog.ok) throw new Error(`the actor catalog does not load: ${catalog.problems[0]?.message}`)
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...options.limits }
  // With a database, the log and the leases are shared with every other server on it; without, SQLite's.
  const database = options.databaseUrl ? openDatabasePool(options.databaseUrl, log) : undefined
  const eventLog = database
    ? await openPgEventLog(database)
    : openSqliteEventLog(options.dataDir, { durability: options.durability, log })
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS
  const renewals =
    options.databaseUrl !== undefined ? openLeasePool(options.databaseUrl, leaseMs, log) : undefined
  const leases =
    database && renewals ? await openLeases(database, randomUUID(), leaseMs, renewals) : undefined
  // A server of another protocol version on the same database stops this one here, before it takes anything.
  const versions =
    database && leases
      ? await announceVersion(database, leases.holder, leaseMs, undefined, renewals).catch(
          async (e: Error) => {
            await database.end()
            await renewals?.end()
            throw e
          },
        )
      : undefined
  const checker = scenarioChecker(
    catalog.catalog,
    { ms: limits.checkMs, megabytes: limits.checkMegabytes },
    log,
  )
  const live = new LiveSessions({
    log: eventLog,
    catalog: catalog.catalog,
    checker,
    limits,
    now: options.now,
    claim: leases && ((id) => leases.take(id)),
    logged: options.logEvent && ((code, e) => options.logEvent?.(eventLine(code, e))),
    // A write the server gave up on that reached the log all the same: every audience sees what the log holds.
    readAgain: (id) => handlers.readAgain(id),
    stillMine: leases && ((id) => leases.holds(id)),
    // A session read back after a write the server was unsure of, which no longer replays: as at a start or a takeover.
    notRestored: async (failed) => {
      log(`session ${failed.id} (code ${failed.code}) was not restored: ${failed.message}`)
      handlers.forget(failed.id)
      await cluster?.giveUp(failed)
    },
  })
  const pruneAfterMs = options.pruneAfterMs ?? 24 * HOUR_MS

  const pool = outcomePool(log)
  const exports = exportShare()
  const http = createServer(
    httpHandler(live, pool, {
      exports,
      distDir: resolve(options.distDir ?? resolve(ROOT, 'dist')),
      statusToken: options.statusToken,
      ready: (): boolean => cluster?.ready() ?? true,
    }),
  )
  const io = new Server(http, {
    maxHttpBufferSize: LIMITS.transportBytes,
    serveClient: false,
    parser: serverParser(log),
  })
  limitConnections(io, limits.connectionsPerAddress, options.trustProxy ?? false, log)
  limitSendBacklog(io, limits, options.trustProxy ?? false, log)
  // The first LISTEN in place before anything else: the server listens for clients only after it.
  // Without it, after its time, the server does not start: what it opened is closed, and the error says why.
  const listenTimeoutMs = options.listenTimeoutMs ?? DEFAULT_LISTEN_TIMEOUT_MS
  const listening =
    database &&
    (await adaptToCluster(io, database, { leaseMs, listenTimeoutMs }, log).catch(async (e: Error) => {
      await new Promise<void>((done) => io.close(() => done()))
      await pool.close()
      await checker.close()
      await eventLog.close()
      await database.end()
      await renewals?.end()
      throw e
    }))
  const handlers = sessionHandlers(io, live, pool, {
    publicUrl: options.publicUrl,
    log,
    clustered: listening !== undefined,
    // A create sent again whose session another server holds asks that server for it (create-handler.ts).
    forward: async (event, message, context) => cluster?.forward(event, message, context),
  })
  const cluster =
    database && leases && versions && listening
      ? joinCluster({
          io,
          pool: database,
          log: eventLog,
          leases,
          versions,
          live,
          handlers,
          listening,
          leaseMs,
          say: log,
        })
      : undefined
  attachTransport(io, live, handlers, {
    publicUrl: options.publicUrl,
    log,
    limits,
    trustProxy: options.trustProxy ?? false,
    exports,
    forward: cluster?.forward,
    left: cluster?.left,
  })

  // One server restores every session of its log; one of several prunes first (whichever gets the lock),
  // then takes the sessions no live server holds.
  const before = live.now() - pruneAfterMs
  let restored: number
  let pruned: number
  if (cluster) {
    pruned = Number.isFinite(pruneAfterMs) ? (await cluster.prune(before)).length : 0
    // A first sweep given up on (a renewal or a takeover slower than the lease pool's limit, on a loaded machine)
    // does not fail the start: this server holds no lease yet, it is not ready until a renewal succeeds, and the
    // next sweep, a quarter lease later, takes what this one would have.
    restored = await cluster.sweep().catch((e: Error) => {
      log(`the first sweep of the leases failed, to be tried again at the next: ${e.message}`)
      return 0
    })
  } else {
    const done = await live.restore(before)
    for (const f of done.failed) log(`session ${f.id} (code ${f.code}) was not restored: ${f.message}`)
    ;({ restored, pruned } = done)
  }

  const prune = async () => {
    try {
      const ids = await (cluster ?? live).prune(live.now() - pruneAfterMs)
      for (const id of ids) handlers.forget(id)
      if (ids.length > 0) log(`pruned ${ids.length} session(s) with no event in ${hours(pruneAfterMs)}`)
    } catch (e) {
      log(`pruning failed, to be tried again at the next check: ${(e as Error).message}`)
    }
  }
  const every = options.every ?? everyUnref
  const stopPruning = Number.isFinite(pruneAfterMs)
    ? every(prune, options.pruneEveryMs ?? 10 * 60 * 1000)
    : () => {}

  await new Promise<void>((done, failToListen) => {
    http.once('error', failToListen)
    http.listen(options.port, options.host ?? '0.0.0.0', () => done())
  })
  const { port } = http.address() as AddressInfo
  return {
    url: `http://${options.host && options.host !== '0.0.0.0' ? options.host : 'localhost'}:${port}`,
    port,
    restored,
    pruned,
    close: async () => {
      stopPruning()
      await new Promise<void>((done) => io.close(() => done()))
      // Its leases let go, the other servers take its sessions at their next look, not a lease later.
      await cluster?.close()
      await pool.close()
      await checker.close()
      await eventLog.close()
      await database?.end()
      await renewals?.end()
    },
  }
}

/** setInterval, unref'd: a pending run never keeps the process alive. */
function everyUnref(task: () => Promise<void>, ms: number): () => void {
  const timer = setInterval(task, ms).unref()
  return () => clearInterval(timer)
}
