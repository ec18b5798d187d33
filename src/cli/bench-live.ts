// npm run bench:live: 30 live sessions of 10 clients each (a facilitator and nine teams) against a real
// server on loopback, then the same reveals replayed by a bare WebSocket echo. Reports the time from a
// round's last submission to every client of its session holding the reveal (p50, p99) beside the echo's
// for the same messages, decisions lost, and the server's memory. Bounded: a fixed number of games, a time limit.
// `-- --servers 3`: the same sessions over three servers sharing a throwaway PostgreSQL, each session's
// facilitator and teams spread over all three, so most commands are forwarded to the server holding the lease.
// `-- --profile DIR`: each server runs under `node --cpu-prof` and writes its profile into DIR once the live
// run is over (it is stopped with SIGTERM, not killed, so that it can).
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { io, type Socket } from 'socket.io-client'
import WebSocket, { WebSocketServer } from 'ws'
import { startPostgres, type TestPostgres } from '../../scripts/throwaway-postgres'
import type { FacilitatorView, TeamView, View } from '../live/protocol'

const ROOT = resolve(import.meta.dirname, '..', '..')
const SESSIONS = 30
const TEAMS = 9
const GAMES = 3
const TIME_LIMIT_MS = 120_000
/** Teams think before they submit, so a round's submissions spread as in a room, not all at once. */
const THINK_MS = [200, 1500] as const

// --- the echo server, run as a child like the live server so both pay the same process costs ---------

/**
 * The floor of a reveal: the same messages, and no work. A session slot's reveals are loaded first, at
 * /load/G: every view as the live server sent it, reveal by reveal, the facilitator's then the teams'.
 * Then ten clients join at /group/G/I (I = 0 for the facilitator). Each team's submission is acked; after
 * a round's ninth, each client gets its view of the next reveal, sent before that last ack, as the live
 * server pushes its views before it acks.
 */
function echoServer(): void {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  const groups = new Map<string, { views: Buffer[]; members: WebSocket[]; submitted: number; next: number }>()
  wss.on('connection', (socket, req) => {
    const [, kind, group, index] = /^\/(load|group)\/(\d+)(?:\/(\d+))?$/.exec(req.url ?? '') ?? []
    if (group === undefined) return socket.close()
    const g =
      groups.get(group) ?? groups.set(group, { views: [], members: [], submitted: 0, next: 0 }).get(group)!
    if (kind === 'load')
      return socket.on('message', (data, binary) => {
        if (binary) g.views.push(data as Buffer)
        else socket.send(LOADED)
      })
    g.members[Number(index)] = socket
    socket.on('message', (data) => {
      JSON.parse(String(data))
      if (++g.submitted === TEAMS) {
        const first = g.next++ * (TEAMS + 1)
        g.submitted = 0
        for (const [i, m] of g.members.entries()) m.send(g.views[first + i]!, { binary: false })
      }
      socket.send(ACK)
    })
  })
  wss.on('listening', () => {
    const address = wss.address()
    process.stdout.write(`listening on ${typeof address === 'object' ? address?.port : address}\n`)
  })
}
const ACK = '{"ok":true}'
const LOADED = 'loaded'
/** How socket.io writes the event `view` (2: an event; no namespace, no ack id). */
const VIEW_PACKET = '2["view",'

function startChild(
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  nodeArgs: readonly string[] = [],
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((done, fail) => {
    let out = ''
    // Once the child is ready its output (the server's line per session event) is read and dropped: kept and
    // searched again for every chunk, it cost this process, which times the clients, a copy of all of it each time.
    const onData = (chunk: Buffer) => {
      out += chunk
      const port = ready.exec(out)?.[1]
      if (!port) return
      child.stdout!.off('data', onData).resume()
      done({ child, port: Number(port) })
    }
    child.stdout!.on('data', onData)
    child.once('exit', (code) => fail(new Error(`a child exited (${code}): ${out}`)))
  })
}

// --- measuring ---------------------------------------------------------------------------------------

const percentile = (xs: readonly number[], q: number): number => {
  if (xs.length === 0) return Number.NaN
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
}
const think = () => THINK_MS[0] + Math.random() * (THINK_MS[1] - THINK_MS[0])
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

const open = (url: string): Promise<WebSocket> =>
  new Promise((done, fail) => {
    const ws = new WebSocket(url)
    ws.once('open', () => done(ws))
    ws.once('error', fail)
  })

/** Each session slot's reveals, replayed by a group of ten on the echo: the same pauses, the same views. */
async function echoRun(port: number, slots: readonly (readonly Reveal[])[]): Promise<number[]> {
  const times: number[] = []
  await Promise.all(
    slots.map(async (reveals, g) => {
      const loader = await open(`ws://127.0.0.1:${port}/load/${g}`)
      for (const { views } of reveals) for (const v of views) loader.send(v)
      await new Promise((done) => {
        loader.once('message', done)
        loader.send(LOADED)
      })
      loader.close()
      const group: WebSocket[] = []
      for (let i = 0; i <= TEAMS; i++) group.push(await open(`ws://127.0.0.1:${port}/group/${g}/${i}`))
      const teams = group.slice(1)
      for (const [round] of reveals.entries()) {
        const received = Promise.all(
          group.map(
            (ws) =>
              new Promise<number>((done) => {
                const onMessage = (data: WebSocket.RawData) => {
                  const text = String(data)
                  if (text === ACK) return
                  // A client has its view once it has parsed it, as socket.io's client parses the live one.
                  JSON.parse(text.slice(1))
                  ws.off('message', onMessage)
                  done(performance.now())
                }
                ws.on('message', onMessage)
              }),
          ),
        )
        let lastSent = 0
        await Promise.all(
          teams.map(async (ws) => {
            await sleep(think())
            lastSent = Math.max(lastSent, performance.now())
            ws.send(JSON.stringify({ round: round + 1, decision: 'consent' }))
          }),
        )
        times.push(Math.max(...(await received)) - lastSent)
      }
      for (const ws of group) ws.close()
    }),
  )
  return times
}

/** One reveal as its clients got it: how long it took, and each one's view as sent (the facilitator's first). */
interface Reveal {
  readonly ms: number
  readonly final: boolean
  readonly views: readonly Buffer[]
}

interface LiveRun {
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
    const socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true })
    socket.once('connect', () => done(socket))
    socket.once('connect_error', fail)
  })

const call = <T>(socket: Socket, event: string, payload: unknown): Promise<T> =>
  socket.timeout(10_000).emitWithAck(event, payload) as Promise<T>

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
): Promise<void> {
  const at = (k: number) => urls[(index + k) % urls.length]!
  const facilitator = await connect(at(0))
  const teams = await Promise.all(Array.from({ length: TEAMS }, (_, i) => connect(at(i + 1))))
  const everyone = [facilitator, ...teams]
  // Each view with the packet that carried it, as socket.io wrote it, for the echo to replay. socket.io
  // hands a view over a tick after its packet arrives, when an ack may have come too: the views queue.
  const packets = everyone.map((): string[] => [])
  const onView: ((v: View, packet: string) => void)[] = []
  for (const [who, socket] of everyone.entries()) {
    socket.io.engine.on('packet', (p) => {
      if (p.type === 'message' && typeof p.data === 'string' && p.data.startsWith(VIEW_PACKET))
        packets[who]!.push(p.data)
    })
    socket.on('view', (v: View) => {
      const packet = packets[who]!.shift()!
      onView[who]?.(v, packet)
    })
  }
  try {
    for (let game = 0; game < GAMES && performance.now() < deadline; game++) {
      const created = await call<{ ok: boolean; session: { code: string } }>(facilitator, 'session:create', {
        scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
        format: { kind: 'parallel-whole' },
        autoAdvance: true,
        roundSeconds: 0,
      })
      if (!created.ok) throw new Error('a session was not created')
      for (const [i, t] of teams.entries())
        await call(t, 'team:join', { code: created.session.code, name: `team ${i + 1}` })

      // When each client saw each round's reveal and what it got, when each round's last submission left,
      // and what was acked.
      const seen = new Map<number, { at: number[]; packets: string[]; views: Buffer[] }>()
      const lastSent = new Map<number, number>()
      const acked = new Map<string, string>()
      let finished = 0
      const over = new Promise<void>((done) => {
        everyone.forEach((socket, who) => {
          let round = 0
          onView[who] = (v, packet) => {
            const now = performance.now()
            const r = roundOf(v)
            if (r > round) {
              if (round > 0) {
                const reveal =
                  seen.get(round) ?? seen.set(round, { at: [], packets: [], views: [] }).get(round)!
                reveal.at.push(now)
                reveal.packets[who] = packet
                // Kept for the echo as bytes outside the JS heap, once every client has its view: kept as
                // strings to the end of the run, tens of megabytes would be copied by the young
                // collections of the very process that times the clients.
                if (reveal.at.length === everyone.length) {
                  reveal.views = reveal.packets.map((p) => Buffer.from(p))
                  reveal.packets = []
                }
              }
              round = r
              if (r === Number.POSITIVE_INFINITY && ++finished === everyone.length) done()
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
      for (const [round, { at, views }] of seen)
        if (at.length === everyone.length)
          reveals.push({ ms: Math.max(...at) - lastSent.get(round)!, final: round === last, views })

      // Every acknowledged decision must be in the results, as the team's move at its table and stage.
      const results = await call<{ ok: boolean; body: string }>(facilitator, 'facilitator:export', {
        format: 'json',
      })
      const tables = (JSON.parse(results.body) as { tables: FacilitatorView['tables'] }).tables
      for (const [key, decision] of acked) {
        const [table, round, stage] = key.split(':')
        const move = tables
          .find((t) => t.table === Number(table))
          ?.moves.find((m) => m.round === Number(round) && m.stage === stage && m.by === 'team')
        if (move?.decision !== decision) run.lost++
      }
      run.games++
    }
  } finally {
    for (const s of everyone) s.disconnect()
  }
}

/** The server's memory is for its operator's eyes: the bench is its operator. */
const STATUS_TOKEN = randomBytes(24).toString('base64url')

async function liveRun(ports: readonly number[]): Promise<LiveRun> {
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
    await Promise.all(
      Array.from({ length: SESSIONS }, (_, index) => {
        const reveals: Reveal[] = []
        run.slots.push(reveals)
        return slot(urls, index, deadline, run, reveals)
      }),
    )
  } finally {
    clearInterval(sampler)
  }
  return run
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'echo-server': { type: 'boolean' },
      servers: { type: 'string', default: '1' },
      profile: { type: 'string' },
    },
  })
  if (values['echo-server']) return echoServer()
  const servers = Number(values.servers)
  if (!Number.isInteger(servers) || servers < 1 || servers > 8)
    throw new Error(`--servers takes a whole number from 1 to 8, not "${values.servers}"`)

  const dataDir = mkdtempSync(join(tmpdir(), 'article-four-bench-'))
  const children: ChildProcess[] = []
  let postgres: TestPostgres | undefined
  const stop = () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL')
    rmSync(dataDir, { recursive: true, force: true })
    // Synchronous, as an exit handler must be: pg_ctl's immediate stop.
    postgres?.stop()
    postgres = undefined
  }
  // However the bench ends, even by an exception thrown in a socket's handler, the children end with it.
  process.once('exit', stop)
  const timeout = setTimeout(() => {
    process.stderr.write('bench:live ran past its time limit and stopped\n')
    stop()
    process.exit(1)
  }, TIME_LIMIT_MS + 60_000)
  try {
    const echo = await startChild(['src/cli/bench-live.ts', '--echo-server'], {}, /listening on (\d+)/)
    children.push(echo.child)
    // Every client of the bench comes from one address, loopback: the per-address limits, set for a school's
    // network, would refuse most of its 30 sessions and 270 teams.
    // One server keeps its embedded event log; several share a PostgreSQL started for the run.
    if (servers > 1) postgres = await startPostgres()
    const databaseUrl = postgres ? { DATABASE_URL: await postgres.database() } : {}
    const ports: number[] = []
    const profiled: ChildProcess[] = []
    const profile = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(values.profile)}`] : []
    for (let i = 0; i < servers; i++) {
      const server = await startChild(
        ['src/server/main.ts'],
        {
          PORT: '0',
          HOST: '127.0.0.1',
          DATA_DIR: join(dataDir, String(i)),
          CREATES_PER_HOUR: '1000',
          JOINS_PER_MINUTE: '1000',
          STATUS_TOKEN,
          ...databaseUrl,
        },
        /Open on this machine:\s+http:\/\/localhost:(\d+)/,
        profile,
      )
      children.push(server.child)
      if (values.profile) profiled.push(server.child)
      ports.push(server.port)
    }

    process.stdout.write(
      `${SESSIONS} sessions × ${TEAMS + 1} clients (a facilitator, ${TEAMS} teams), loopback, ${
        servers === 1 ? 'one server' : `${servers} servers sharing one PostgreSQL`
      }\n`,
    )
    const live = await liveRun(ports)
    // A profiled server writes its profile as it exits, which SIGTERM lets it do.
    await Promise.all(
      profiled.map((c) => {
        const exited = new Promise((done) => c.once('exit', done))
        c.kill('SIGTERM')
        return exited
      }),
    )
    // The echo runs alone, after the live run: the two never share the machine.
    const echoTimes = await echoRun(echo.port, live.slots)
    const reveals = live.slots.flat()
    const all = reveals.map((r) => r.ms)
    const finals = reveals.filter((r) => r.final).map((r) => r.ms)
    const finalBytes = reveals.filter((r) => r.final).flatMap((r) => r.views.map((v) => v.length))
    const [r50, r99] = [percentile(all, 0.5), percentile(all, 0.99)]
    const [e50, e99] = [percentile(echoTimes, 0.5), percentile(echoTimes, 0.99)]
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`
    const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`
    const ms = (x: number) => `${x.toFixed(2)} ms`
    process.stdout.write(
      [
        `games played          ${live.games} (${reveals.length} reveals, ${live.submitted} decisions acknowledged)`,
        `last submission → every client has the reveal   p50 ${ms(r50)}   p99 ${ms(r99)}`,
        `  a game's last reveal (views of ${kb(percentile(finalBytes, 0.5))})   p50 ${ms(percentile(finals, 0.5))}   p99 ${ms(percentile(finals, 0.99))}`,
        `bare WebSocket echo, the same ${echoTimes.length} reveals   p50 ${ms(e50)}   p99 ${ms(e99)}`,
        `p99 against the echo's  ${(r99 / e99).toFixed(2)}×  (goal: at most 2×)`,
        `decisions lost        ${live.lost}`,
        ...live.rss.map(
          (rss, i) =>
            `server ${servers === 1 ? '' : `${i + 1} `}memory (RSS)   ${mb(Math.max(...rss))} at most, ${mb(rss.at(-1) ?? 0)} at the end`,
        ),
        '',
      ].join('\n'),
    )
    if (live.lost > 0) process.exitCode = 1
  } finally {
    clearTimeout(timeout)
    stop()
  }
}

main().catch((e: Error) => {
  process.stderr.write(`${e.stack}\n`)
  process.exit(1)
})
