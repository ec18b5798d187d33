// A workshop server of protocol 12 in miniature, for the tests of what a seat sends: one session over the real
// session model (server-fakes.ts's Driver), behind a real socket.io server on 127.0.0.1, answering a seat's
// lobby, join, rejoin, resume and commands as the workshop server does, every message checked by the protocol's
// own schema. As protocol 10 asks, the token a join or a rejoin carries is the seat's, and the same request sent
// again with it is answered with the seat it took. It answers a create too, as protocol 11 does: a new join code
// for each token it has not seen (the brief and view are its one session's), the same code for one it has. A test can lose the answer to the next request of a kind, its
// change made all the same, as a database that stalls and then carries it out: the answer says
// store-unavailable, or never comes (the connection drops, and the page's socket connects again). Or the session can
// become one its log holds but it cannot rebuild, which protocol 12 answers unrestorable.
import { createHash, randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Server, type Socket } from 'socket.io'
import { io } from 'socket.io-client'
import { afterEach } from 'vitest'
import {
  type Command,
  type Decided,
  decideJoin,
  decideReadmit,
  decideRejoin,
  facilitatorBrief,
  facilitatorView,
  lobbyView,
  outcomeOf,
  type Settings,
  type TeamId,
  teamBrief,
  teamView,
} from '../src/live'
import { normaliseRejoinCode } from '../src/live/join-code'
import { CLIENT_MESSAGES, type ClientEvent, type ClientMessage } from '../src/live/protocol'
import { type Handshake, type LiveSocket, liveLink } from '../src/store/live/connection'
import type { SeatDeps } from '../src/store/live/seat-state'
import { memoryStorage } from './memory-storage'
import { Driver } from './server-fakes'

/** The facilitator's token: a test plants it in the facilitator's storage, as creating the session would. */
export const FACILITATOR_TOKEN = 'FacilitatorToken000000'

type Lost = 'store-unavailable' | 'silent'
type Reply = { readonly ok: boolean }
type Identity = { kind: 'facilitator' } | { kind: 'team'; team: TeamId }

export interface FakeServer {
  readonly url: string
  readonly code: string
  readonly driver: Driver
  /** Every message the server was sent, in order, as it came. */
  readonly received: { readonly event: string; readonly payload: unknown }[]
  /** The join codes of the sessions creates made, in order. */
  readonly made: string[]
  /** The next `event`'s change is made, and its answer lost. */
  readonly lose: (event: ClientEvent, how: Lost) => void
  /** A facilitator's command, as the facilitator's socket would send it; the seats are told. */
  readonly command: (command: Command) => Decided
  /**
   * From now on the session is one the server's log holds but cannot rebuild: every request naming it, by its code
   * or a seat's token, is answered `unrestorable`, as protocol 12 answers.
   */
  readonly unrestorable: () => void
  /** Opens `code` for `team` to take its seat back with. */
  readonly readmit: (team: TeamId, code: string) => void
  readonly close: () => Promise<void>
}

/** The messages that change the session, after which every seat is pushed its view. */
const CHANGES = new Set<ClientEvent>(['facilitator:command', 'team:join', 'team:rejoin'])
/** The requests that name a session, by its code or a seat's token. */
const NAMING = new Set<ClientEvent>([
  'session:lobby',
  'team:join',
  'team:rejoin',
  'team:resume',
  'facilitator:resume',
])
const hash = (token: string) => createHash('sha256').update(token).digest('hex')
const fail = (code: string, message: string) => ({ ok: false, error: { code, message } })

export async function fakeServer(settings: Partial<Settings> = {}): Promise<FakeServer> {
  const driver = new Driver(settings)
  const code = driver.session.code
  const received: FakeServer['received'] = []
  const made: string[] = []
  /** The code each create's token made. */
  const codes = new Map<string, string>()
  const losing = new Map<ClientEvent, Lost>()
  let restored = true
  const http = createServer()
  const io = new Server(http)
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done))
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`

  const sockets = () => [...io.sockets.sockets.values()]
  const identity = (socket: Socket): Identity | undefined => socket.data.identity
  const viewOf = (who: Identity) =>
    who.kind === 'facilitator'
      ? facilitatorView(driver.session, `${url}/join/${code}`, outcomeOf, driver.now)
      : teamView(driver.session, who.team, outcomeOf, driver.now)
  const push = () => {
    for (const socket of sockets()) {
      const who = identity(socket)
      if (who) socket.emit('view', viewOf(who))
    }
  }
  const tell = (team: TeamId, event: 'removed' | 'replaced') => {
    for (const socket of sockets()) {
      const who = identity(socket)
      if (who?.kind !== 'team' || who.team !== team) continue
      socket.data.identity = undefined
      socket.emit(event, { code })
    }
  }
  const teamByToken = (token: string | undefined) =>
    token === undefined ? undefined : driver.session.teams.find((t) => t.tokenHash === hash(token))
  /** Seats the socket as the team, answering as a join, a rejoin or a resume does. */
  const seat = (socket: Socket, team: TeamId, token?: string) => {
    socket.data.identity = { kind: 'team', team }
    return {
      ok: true,
      ...(token === undefined ? {} : { token }),
      brief: teamBrief(driver.session, team),
      view: viewOf({ kind: 'team', team }),
    }
  }
  const decided = (done: Decided) => {
    if (done.ok) driver.apply(done.events)
    return done
  }

  const command = (c: Command) => {
    const done = driver.run({ kind: 'facilitator' }, c)
    if (done.ok) for (const e of done.events) if (e.kind === 'removed') tell(e.team, 'removed')
    return done
  }

  const answers: { [E in ClientEvent]?: (m: ClientMessage<E>, socket: Socket) => Reply } = {
    'scenarios:list': () => ({ ok: true, scenarios: [] }),
    'session:create': (m, socket) => {
      const token = m.token ?? randomBytes(16).toString('base64url')
      const madeCode = codes.get(token) ?? `MADE${made.length + 2}`
      if (!codes.has(token)) made.push(madeCode)
      codes.set(token, madeCode)
      socket.data.identity = { kind: 'facilitator' }
      return {
        ok: true,
        session: { id: `session-${madeCode}`, code: madeCode, joinUrl: `${url}/#/join/${madeCode}` },
        token,
        brief: facilitatorBrief(driver.session),
        view: viewOf({ kind: 'facilitator' }),
      }
    },
    'session:lobby': (m) =>
      m.code === code ? { ok: true, lobby: lobbyView(driver.session) } : fail('not-found', 'no session'),
    'facilitator:resume': (m, socket) => {
      if (m.token !== FACILITATOR_TOKEN) return fail('not-found', 'no facilitator has this token')
      socket.data.identity = { kind: 'facilitator' }
      return { ok: true, brief: facilitatorBrief(driver.session), view: viewOf({ kind: 'facilitator' }) }
    },
    'facilitator:command': (m, socket) => {
      if (identity(socket)?.kind !== 'facilitator') return fail('forbidden', 'not the facilitator')
      const done = command(m.command)
      return done.ok ? { ok: true } : done
    },
    'team:join': (m, socket) => {
      if (m.code !== code) return fail('not-found', 'no session')
      // The same join sent again: the seat the first took.
      const taken = teamByToken(m.token)
      if (taken) return seat(socket, taken.id, m.token)
      const token = m.token ?? randomBytes(16).toString('base64url')
      const request = { name: m.name, role: m.role, table: m.table }
      const done = decided(decideJoin(driver.session, request, hash(token), driver.tick()))
      return done.ok ? seat(socket, driver.session.teams.at(-1)!.id, token) : done
    },
    'team:rejoin': (m, socket) => {
      if (m.code !== code) return fail('not-found', 'no session')
      const taken = teamByToken(m.token)
      if (taken) return seat(socket, taken.id, m.token)
      const token = m.token ?? randomBytes(16).toString('base64url')
      const request = { codeHash: normaliseRejoinCode(m.rejoin) }
      const done = decided(decideRejoin(driver.session, request, hash(token), driver.tick()))
      if (!done.ok) return done
      const rejoined = done.events.find((e) => e.kind === 'rejoined')!
      tell(rejoined.team, 'replaced')
      return seat(socket, rejoined.team, token)
    },
    'team:resume': (m, socket) => {
      const team = teamByToken(m.token)
      return team ? seat(socket, team.id) : fail('not-found', 'no team has this token')
    },
  }

  io.on('connection', (socket) => {
    socket.onAny((event: ClientEvent, payload: unknown, ack: (reply: Reply) => void) => {
      received.push({ event, payload })
      const parsed = CLIENT_MESSAGES[event]?.safeParse(payload)
      if (!parsed?.success) return ack(fail('invalid', `not a ${event} the protocol takes`))
      const answer = answers[event] as ((m: unknown, socket: Socket) => Reply) | undefined
      if (!answer) return ack(fail('internal', `${event} is not in this fake`))
      if (!restored && NAMING.has(event))
        return ack(fail('unrestorable', `session ${code} is in the log but could not be restored`))
      const reply = answer(parsed.data, socket)
      const how = losing.get(event)
      losing.delete(event)
      if (how === 'silent') return socket.conn.close()
      if (how === 'store-unavailable') return ack(fail('store-unavailable', 'the log did not answer in time'))
      ack(reply)
      if (reply.ok && CHANGES.has(event)) push()
    })
  })

  return {
    url,
    code,
    driver,
    received,
    made,
    lose: (event, how) => void losing.set(event, how),
    unrestorable: () => {
      restored = false
    },
    command: (c) => {
      const done = command(c)
      if (done.ok) push()
      return done
    },
    readmit: (team, typed) => {
      const codeHash = normaliseRejoinCode(typed)
      const done = decided(
        decideReadmit(driver.session, { kind: 'facilitator' }, team, codeHash, driver.tick()),
      )
      if (!done.ok) throw new Error(done.error.message)
    },
    close: () => new Promise((done) => io.close(() => done())),
  }
}

/**
 * A browser page on the server: its own link, its socket reconnecting quickly (handed to `keep`, to be closed after
 * the test), and a storage it may share with the next page.
 */
export function pageOn(s: FakeServer, keep: (close: () => unknown) => void, storage = memoryStorage()) {
  const open = (auth: Handshake): LiveSocket => {
    const socket: LiveSocket = io(s.url, {
      transports: ['websocket'],
      auth,
      forceNew: true,
      reconnectionDelay: 50,
      reconnectionDelayMax: 100,
    })
    keep(() => socket.disconnect())
    return socket
  }
  return { link: liveLink(open), storage, now: () => Date.now() } satisfies SeatDeps
}

/**
 * For a test file: `later` keeps a close to run after each test, newest first, and `server` makes a fake server
 * closed then.
 */
export function closedAfterEach() {
  const cleanups: (() => unknown)[] = []
  afterEach(async () => {
    for (const clean of cleanups.splice(0).reverse()) await clean()
  })
  const later = (close: () => unknown): void => {
    cleanups.push(close)
  }
  const server = async (): Promise<FakeServer> => {
    const s = await fakeServer()
    later(() => s.close())
    return s
  }
  return { later, server }
}
