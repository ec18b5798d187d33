// HTTP beside the sockets: the built app from dist/ (static-files.ts), the facilitator's result files, and a
// health check. Node's own http and fs are enough for a handful of static files; no framework.
import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { LIMITS } from '../live/protocol'
import { exportFile } from './export-file'
import type { ExportShare } from './export-share'
import type { LiveSessions } from './live-sessions'
import type { OutcomePool } from './outcome-pool'
import { serveStatic } from './static-files'

const RESULTS = /^\/api\/sessions\/([A-Za-z0-9]{6})\/results\.(json|csv)$/

export interface HttpOptions {
  readonly distDir: string
  /** The facilitators' exports, shared with the socket's `facilitator:export` (export-share.ts). */
  readonly exports: ExportShare
  /** The operator's token for the health check's details; none: nobody gets them. */
  readonly statusToken?: string | undefined
  /**
   * Whether this server can take clients now: with several, whether it reaches the database and hears the
   * others (cluster.ts).
   */
  readonly ready?: () => boolean
}

export function httpHandler(live: LiveSessions, pool: OutcomePool, options: HttpOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    try {
      route(live, pool, options, req, res)
    } catch {
      if (!res.headersSent) send(res, 400, 'text/plain', 'bad request')
      else res.destroy()
    }
  }
}

// socket.io answers /socket.io/ itself, ahead of this handler, on the same server.
function route(
  live: LiveSessions,
  pool: OutcomePool,
  options: HttpOptions,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const url = new URL(req.url ?? '/', 'http://localhost')
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    // RFC 9110, 15.5.6: a 405 says which methods the resource does take.
    res.setHeader('Allow', 'GET, HEAD')
    return send(res, 405, 'text/plain', 'method not allowed: this server only answers GET and HEAD')
  }
  if (url.pathname === '/api/health') return health(live, options, req, res)
  const results = RESULTS.exec(url.pathname)
  if (results)
    return exportResults(
      live,
      pool,
      options.exports,
      req,
      res,
      results[1]!.toUpperCase(),
      results[2] as 'json' | 'csv',
    )
  if (url.pathname.startsWith('/api/')) return send(res, 404, 'text/plain', 'not found')
  serveStatic(options.distDir, decodeURIComponent(url.pathname), req, res)
}

/** The credentials of `Authorization: Bearer …`; the scheme's name is case-insensitive (RFC 9110, 11.1). */
function bearer(req: IncomingMessage): string | undefined {
  return /^bearer +(\S+) *$/i.exec(req.headers.authorization ?? '')?.[1]
}

const digest = (text: string) => createHash('sha256').update(text).digest()

/**
 * Ready or not, for anyone (a load balancer's probe: 503 takes the server out of its rotation); how many
 * sessions and how much memory only for the operator, with the status token: they tell an outsider how
 * busy the server is and when to strike.
 */
function health(live: LiveSessions, options: HttpOptions, req: IncomingMessage, res: ServerResponse) {
  const { statusToken } = options
  const token = bearer(req)
  const ready = options.ready?.() ?? true
  if (req.headers.authorization === undefined)
    return send(res, ready ? 200 : 503, 'application/json', JSON.stringify({ ok: ready }))
  if (!statusToken || !token || !timingSafeEqual(digest(token), digest(statusToken)))
    return send(res, 403, 'text/plain', "this is not the server's status token (STATUS_TOKEN)")
  const memory = process.memoryUsage()
  send(
    res,
    200,
    'application/json',
    JSON.stringify({ ok: ready, sessions: live.size, rss: memory.rss, heapUsed: memory.heapUsed }),
  )
}

/** Results only for the facilitator: the token in `Authorization: Bearer …`, never in the URL where logs keep it. */
function exportResults(
  live: LiveSessions,
  pool: OutcomePool,
  exports: ExportShare,
  req: IncomingMessage,
  res: ServerResponse,
  code: string,
  format: 'json' | 'csv',
) {
  const token = bearer(req)
  if (!token)
    return send(res, 401, 'text/plain', 'send the facilitator token as Authorization: Bearer <token>')
  const seat = live.seatOf(token)
  const session = seat && live.get(seat.session)
  if (!seat || !session || seat.identity.kind !== 'facilitator' || session.code !== code)
    return send(res, 403, 'text/plain', 'this token is not the facilitator of that session')
  // RFC 6585, 4: 429 Too Many Requests, with how many seconds until another would be answered.
  const retryAfterMs = exports.take(seat.tokenHash ?? session.facilitatorHash, live.now())
  if (retryAfterMs > 0) {
    res.setHeader('Retry-After', String(Math.ceil(retryAfterMs / 1000)))
    return send(
      res,
      429,
      'text/plain',
      `the results may be exported ${LIMITS.exportBurst} times at once, then once every ${LIMITS.exportEveryMs / 1000} s: try again in ${Math.ceil(retryAfterMs / 1000)} s`,
    )
  }
  exportFile(session, format, pool, live.now()).then(
    (file) => {
      res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`)
      send(res, 200, file.contentType, file.body)
    },
    () => send(res, 500, 'text/plain', 'the results could not be computed'),
  )
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  })
  res.end(body)
}
