// One Node server for a workshop: the built app, live sessions over socket.io, and the event log,
// started together and stopped together. main.ts reads the environment; tests call startServer directly.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { Server } from 'socket.io'
import { LIMITS } from '../live/protocol'
import { readCatalog } from '../scenario/files'
import { httpHandler } from './http'
import { DEFAULT_LIMITS, type ServerLimits } from './limits'
import { LiveSessions } from './live-sessions'
import { outcomePool } from './outcome-pool'
import { scenarioChecker } from './scenario-checker'
import { type Durability, openSqliteEventLog } from './sqlite-event-log'
import { attachTransport } from './transport'
import { viewParser } from './view-encoder'

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
  /** A session is pruned this long after its last event (by default a day); Infinity keeps them all. */
  readonly pruneAfterMs?: number
  /** How often to look for sessions to prune (by default every ten minutes). */
  readonly pruneEveryMs?: number
  /** The server's clock, for sessions' events and pruning (tests pass their own). */
  readonly now?: () => number
  /** Runs a task every so often until the returned function is called (tests pass their own, to run it). */
  readonly every?: (task: () => void, ms: number) => () => void
  readonly log?: (message: string) => void
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
const hours = (ms: number) => `${+(ms / HOUR_MS).toFixed(2)} h`

export const ROOT = resolve(import.meta.dirname, '..', '..')

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((m: string) => console.error(m))
  const catalog = readCatalog()
  if (!catalog.ok) throw new Error(`the actor catalog does not load: ${catalog.problems[0]?.message}`)
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...options.limits }
  const eventLog = openSqliteEventLog(options.dataDir, { durability: options.durability, log })
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
  })
  const pruneAfterMs = options.pruneAfterMs ?? 24 * HOUR_MS
  const { restored, pruned, failed } = live.restore(live.now() - pruneAfterMs)
  for (const f of failed) log(`session ${f.id} (code ${f.code}) was not restored: ${f.message}`)

  const pool = outcomePool(log)
  const http = createServer(
    httpHandler(live, pool, {
      distDir: resolve(options.distDir ?? resolve(ROOT, 'dist')),
      statusToken: options.statusToken,
    }),
  )
  const io = new Server(http, {
    maxHttpBufferSize: LIMITS.transportBytes,
    serveClient: false,
    parser: viewParser,
  })
  const transport = attachTransport(io, live, pool, {
    publicUrl: options.publicUrl,
    log,
    limits,
    trustProxy: options.trustProxy ?? false,
  })

  const prune = () => {
    const ids = live.prune(live.now() - pruneAfterMs)
    for (const id of ids) transport.forget(id)
    if (ids.length > 0) log(`pruned ${ids.length} session(s) with no event in ${hours(pruneAfterMs)}`)
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
      await pool.close()
      await checker.close()
      await eventLog.close()
    },
  }
}

/** setInterval, unref'd: a pending run never keeps the process alive. */
function everyUnref(task: () => void, ms: number): () => void {
  const timer = setInterval(task, ms).unref()
  return () => clearInterval(timer)
}
