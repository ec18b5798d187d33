// bench:live's live run: thirty session slots, each a facilitator and nine teams playing games in a row against
// the servers, noting when every client holds each reveal and checking that no acknowledged decision is lost.
import { randomBytes } from 'node:crypto'
import { io, type Socket } from 'socket.io-client'
import {
  type FacilitatorView,
  HANDSHAKE,
  type SubmissionsNotice,
  type TeamView,
  type View,
} from '../live/protocol'
import { GAMES, type Reveal, SESSIONS, sleep, TEAMS, TIME_LIMIT_MS, think } from './bench-live-setup'

/**
 * How socket.io writes the events `view` and `submitted` (2: an event; no namespace, no ack id): what the server
 * pushes during a round and at its reveal.
 */
const PUSHED_PACKETS = ['2["view",', '2["submitted",']

export interface LiveRun {
  /** Each session slot's reveals, in order. */
  readonly slots: Reveal[][]
  submitted: number
  lost: number
  games: number
  /** Each server's memory samples. */
  readonly rss: number[][]
}

const connect = (url: string): Promise<Socket> =>
  new Promise((done, fail) => {
    const socket = io(url, {
      transports: ['websocket'],
      auth: HANDSHAKE,
      reconnection: false,
      forceNew: true,
    })
    socket.once('connect', () => done(socket))
    socket.once('connect_error', fail)
  })

const call = <T>(socket: Socket, event: string, payload: unknown): Promise<T> =>
  socket.timeout(10_000).emitWithAck(event, payload) as Promise<T>

/** A game played: its facilitator's token, and each decision acknowledged, by table, round and stage. */
interface Check {
  readonly token: string
  readonly acked: ReadonlyMap<string, string>
}

/**
 * Every acknowledged decision must be in its game's results, as the team's move at its table and stage: each
 * game's facilitator seat is taken again, on a socket of its own (one socket's messages are rate-limited), and
 * its results exported. Returns how many are not.
 */
async function lost(url: string, checks: readonly Check[]): Promise<number> {
  let missing = 0
  for (const { token, acked } of checks) {
    const socket = await connect(url)
    try {
      const resumed = await call<{ ok: boolean }>(socket, 'facilitator:resume', { token })
      const results = await call<{ ok: boolean; body: string }>(socket, 'facilitator:export', {
        format: 'json',
      })
      if (!resumed.ok || !results.ok)
        throw new Error(`a game's results could not be read: ${JSON.stringify([resumed, results])}`)
      const tables = (JSON.parse(results.body) as { tables: FacilitatorView['tables'] }).tables
      for (const [key, decision] of acked) {
        const [table, round, stage] = key.split(':')
        const move = tables
          .find((t) => t.table === Number(table))
          ?.moves.find((m) => m.round === Number(round) && m.stage === stage && m.by === 'team')
        if (move?.decision !== decision) missing++
      }
    } finally {
      socket.disconnect()
    }
  }
  return missing
}

/** The round a view shows: a reveal is the first view of a later round (or of the end). */
const roundOf = (v: View): number =>
  v.phase.kind === 'deciding' ? v.phase.round : v.phase.kind === 'finished' ? Number.POSITIVE_INFINITY : 0

/**
 * One session slot: a facilitator and nine teams play `GAMES` games in a row, each a new session. With several
 * servers, the facilitator joins the slot's own and each team the next one round, as a load balancer would
 * spread them.
 */
async function slot(
  urls: readonly string[],
  index: number,
  deadline: number,
  run: LiveRun,
  reveals: Reveal[],
  checks: Check[],
): Promise<void> {
  const at = (k: number) => urls[(index + k) % urls.length]!
  const facilitator = await connect(at(0))
  const teams = await Promise.all(Array.from({ length: TEAMS }, (_, i) => connect(at(i + 1))))
  const everyone = [facilitator, ...teams]
  // Each view and notice with the packet that carried it, as socket.io wrote it, for the echo to replay.
  // socket.io hands a message over a tick after its packet arrives, when an ack may have come too: they queue.
  const packets = everyone.map((): string[] => [])
  const onView: ((v: View | SubmissionsNotice, packet: string) => void)[] = []
  for (const [who, socket] of everyone.entries()) {
    socket.io.engine.on('packet', (p) => {
      const data = p.data
      if (p.type === 'message' && typeof data === 'string' && PUSHED_PACKETS.some((k) => data.startsWith(k)))
        packets[who]!.push(data)
    })
    const pushed = (v: View | SubmissionsNotice) => {
      const packet = packets[who]!.shift()!
      onView[who]?.(v, packet)
    }
    socket.on('view', pushed)
    socket.on('submitted', pushed)
  }
  try {
    for (let game = 0; game < GAMES && performance.now() < deadline; game++) {
      const created = await call<{ ok: boolean; token: string; session: { code: string } }>(
        facilitator,
        'session:create',
        {
          scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
          format: { kind: 'parallel-whole' },
          autoAdvance: true,
          roundSeconds: 0,
        },
      )
      if (!created.ok) throw new Error('a session was not created')
      for (const [i, t] of teams.entries())
        await call(t, 'team:join', { code: created.session.code, name: `team ${i + 1}` })

      // When each client saw each round's reveal and what it got, what it got during that round before it,
      // when each round's last submission left, and what was acked.
      const seen = new Map<
        number,
        { at: number[]; packets: string[]; views: Buffer[]; pushed: string[][]; during: Buffer[][] }
      >()
      const seenOf = (round: number) =>
        seen.get(round) ??
        seen
          .set(round, { at: [], packets: [], views: [], pushed: everyone.map(() => []), during: [] })
          .get(round)!
      const lastSent = new Map<number, number>()
      const acked = new Map<string, string>()
      let finished = 0
      const over = new Promise<void>((done) => {
        everyone.forEach((socket, who) => {
          let round = 0
          onView[who] = (v, packet) => {
            const now = performance.now()
            // A notice of who has submitted (the facilitator's) is one of its round's pushes, never a reveal.
            if (!('audience' in v)) {
              if (v.round === round) seenOf(round).pushed[who]!.push(packet)
              return
            }
            const r = roundOf(v)
            if (r > round) {
              if (round > 0) {
                const reveal = seenOf(round)
                reveal.at.push(now)
                reveal.packets[who] = packet
                // Kept for the echo as bytes outside the JS heap, once every client has its view: kept as
                // strings to the end of the run, tens of megabytes would be copied by the young
                // collections of the very process that times the clients.
                if (reveal.at.length === everyone.length) {
                  reveal.views = reveal.packets.map((p) => Buffer.from(p))
                  reveal.during = reveal.pushed.map((ps) => ps.map((p) => Buffer.from(p)))
                  reveal.packets = []
                  reveal.pushed = []
                }
              }
              round = r
              if (r === Number.POSITIVE_INFINITY && ++finished === everyone.length) done()
            } else if (r === round && Number.isFinite(round) && round > 0) {
              seenOf(round).pushed[who]!.push(packet)
            }
            if (v.audience === 'team') submitWhenDue(socket, v, who)
          }
        })
      })
      const due = new Set<string>()
      // Every submission, answered or failed, is settled before the game's sockets close: one still on its way
      // when they do would otherwise fail outside any await and take the whole bench down with it.
      const submissions: Promise<void>[] = []
      const submitWhenDue = (socket: Socket, v: TeamView, who: number) => {
        const turn = v.turn
        const key = `${who}:${turn?.round}`
        if (!turn || turn.submitted !== null || due.has(key)) return
        due.add(key)
        const decision = turn.options[Math.floor(Math.random() * turn.options.length)]!
        const submitted = sleep(think()).then(async () => {
          lastSent.set(turn.round, Math.max(lastSent.get(turn.round) ?? 0, performance.now()))
          const reply = await call<{ ok: boolean }>(socket, 'team:submit', { round: turn.round, decision })
          if (reply.ok) acked.set(`${v.team.table}:${turn.round}:${turn.stage}`, decision)
          run.submitted += reply.ok ? 1 : 0
        })
        // Its failure is reported where the game awaits them all, not as an unhandled rejection before then.
        submitted.catch(() => {})
        submissions.push(submitted)
      }
      await call(facilitator, 'facilitator:command', { command: { kind: 'start' } })
      await over
      await Promise.all(submissions)
      const last = Math.max(...seen.keys())
      for (const [round, { at, views, during }] of seen)
        if (at.length === everyone.length)
          reveals.push({ ms: Math.max(...at) - lastSent.get(round)!, final: round === last, views, during })

      // Checked once every slot has played: an export here would be the bench's work, not a game's, in the middle
      // of other sessions' rounds.
      checks.push({ token: created.token, acked })
      run.games++
    }
  } finally {
    for (const s of everyone) s.disconnect()
  }
}

/** The server's memory is for its operator's eyes: the bench is its operator. */
export const STATUS_TOKEN = randomBytes(24).toString('base64url')

export async function liveRun(ports: readonly number[]): Promise<LiveRun> {
  const urls = ports.map((port) => `http://127.0.0.1:${port}`)
  const run: LiveRun = { slots: [], submitted: 0, lost: 0, games: 0, rss: urls.map(() => []) }
  const sampler = setInterval(() => {
    for (const [i, url] of urls.entries())
      fetch(`${url}/api/health`, { headers: { authorization: `Bearer ${STATUS_TOKEN}` } })
        .then((r) => r.json() as Promise<{ rss: number }>)
        .then((health) => run.rss[i]!.push(health.rss))
        // A sample missed is no measurement: a server that stopped shows in the games themselves.
        .catch(() => {})
  }, 250)
  try {
    const deadline = performance.now() + TIME_LIMIT_MS
    const checks: Check[] = []
    await Promise.all(
      Array.from({ length: SESSIONS }, (_, index) => {
        const reveals: Reveal[] = []
        run.slots.push(reveals)
        return slot(urls, index, deadline, run, reveals, checks)
      }),
    )
    // A facilitator resumes on any server, which forwards to the one holding the session.
    run.lost = await lost(urls[0]!, checks)
  } finally {
    clearInterval(sampler)
  }
  return run
}
