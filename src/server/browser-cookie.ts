// Which browser a socket comes from, so that a browser holds one team of a session: a random id in a cookie,
// given on a browser's first socket.io handshake and read back on every later one. It grants nothing; it
// only limits. A client that sends no cookie (a script) is known by its socket alone, and so holds one team
// per socket, with the joins from its address limited besides.
import type { IncomingMessage } from 'node:http'
import type { Server, Socket } from 'socket.io'
import { newToken } from './tokens'

export const BROWSER_COOKIE = 'article-four-browser'
const ID = /^[A-Za-z0-9_-]{22}$/
/** Longer than any session lasts (a day after its last event, by default). */
const MAX_AGE_S = 30 * 24 * 60 * 60

export interface Browsers {
  /** The socket's browser: its cookie's id, or one of the socket's own. */
  of(socket: Socket): string
}

export function browserCookies(io: Server): Browsers {
  const ids = new WeakMap<IncomingMessage, string>()
  io.engine.on('initial_headers', (headers: Record<string, string>, req: IncomingMessage) => {
    const sent = cookieOf(req, BROWSER_COOKIE)
    if (sent && ID.test(sent)) return ids.set(req, sent)
    const id = newToken()
    ids.set(req, id)
    const secure = req.headers['x-forwarded-proto'] === 'https' ? '; Secure' : ''
    headers['Set-Cookie'] =
      `${BROWSER_COOKIE}=${id}; Path=/; Max-Age=${MAX_AGE_S}; HttpOnly; SameSite=Lax${secure}`
  })
  return { of: (socket) => ids.get(socket.request) ?? `socket:${socket.id}` }
}

function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return value.join('=')
  }
  return undefined
}
