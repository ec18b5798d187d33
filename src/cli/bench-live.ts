// npm run bench:live: 30 live sessions of 10 clients each (a facilitator and nine teams) against a real
// server on loopback, beside a bare WebSocket echo measured in the same run. Reports the time from a
// round's last submission to every client of its session holding the reveal (p50, p99), the echo's
// round trip, decisions lost, and the server's memory. Bounded: a fixed number of games, and a time limit.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { io, type Socket } from 'socket.io-client'
import WebSocket, { WebSocketServer } from 'ws'
import type { FacilitatorView, TeamView, View } from '../live/protocol'

const ROOT = resolve(import.meta.dirname, '..', '..')
const SESSIONS = 30
const TEAMS = 9
const GAMES = 3
const TIME_LIMIT_MS = 120_000
/** Teams think before they submit, so a round's submissions spread as in a room, not all at once. */
const THINK_MS = [200, 1500] as const

// --- the echo server, run as a child like the live server so both pay the same process costs ---------

/** Echoes each message to its sender; on /group/N, relays it to every client of group N instead. */
function echoServer(): void {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  const groups = new Map<string, Set<WebSocket>>()
  wss.on('connection', (socket, req) => {
    const group = /^\/group\/(\d+)$/.exec(req.url ?? '')?.[1]
    if (group === undefined) return socket.on('message', (data, binary) => socket.send(data, { binary }))
    const members = groups.get(group) ?? groups.set(group, new Set()).get(group)!
    members.add(socket)
    socket.on('close', () => members.delete(socket))
    socket.on('message', (data, binary) => {
      for (const m of members) m.send(data, { binary })
    })
  })
  wss.on('listening', () => {
    const address = wss.address()
    process.stdout.write(`listening on ${typeof address === 'object' ? address?.port : address}\n`)
  })
}

function startChild(
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((done, fail) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk
      const port = ready.exec(out)?.[1]
      if (port) done({ child, port: Number(port) })
    })
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

/** 300 WebSocket clients, each sending what a team sends, the same number of times, with the same pauses. */
const open = (url: string): Promise<WebSocket> =>
  new Promise((done, fail) => {
    const ws = new WebSocket(url)
    ws.once('open', () => done(ws))
    ws.once('error', fail)
  })

async function echoRun(port: number, messages: number): Promise<number[]> {
  const times: number[] = []
  const payload = JSON.stringify({ round: 1, decision: 'request:foreign-backed:symbolic:14' })
  const clients = await Promise.all(
    Array.from({ length: SESSIONS * (TEAMS + 1) }, () => open(`ws://127.0.0.1:${port}`)),
  )
  await Promise.all(
    clients.map(async (ws) => {
      for (let i = 0; i < messages; i++) {
        await sleep(think())
        const sent = performance.now()
        await new Promise<void>((done) => {
          ws.once('message', () => done())
          ws.send(payload)
        })
        times.push(performance.now() - sent)
      }
      ws.close()
    }),
  )
  return times
}

/**
 * The bare floor of a reveal: in each of 30 groups of 10 WebSocket clients, one sends a message the
 * size of a team's view and the relay sends it to all ten; timed until the last of them has it.
 */
async function fanOutRun(port: number, rounds: number, bytes: number): Promise<number[]> {
  const times: number[] = []
  const payload = 'x'.repeat(bytes)
  await Promise.all(
    Array.from({ length: SESSIONS }, async (_, g) => {
      const group = await Promise.all(
        Array.from({ length: TEAMS + 1 }, () => open(`ws://127.0.0.1:${port}/group/${g}`)),
      )
      for (let r = 0; r < rounds; r++) {
        await sleep(think())
        const received = Promise.all(group.map((ws) => new Promise((done) => ws.once('message', done))))
        const sent = performance.now()
        group[Math.floor(Math.random() * group.length)]!.send(payload)
        await received
        times.push(performance.now() - sent)
      }
      for (const ws of group) ws.close()
    }),
  )
  return times
}

interface LiveRun {
  readonly reveals: number[]
  /** The mean size of a team's view as JSON, for the relay baseline. */
  viewBytes: number
  viewCount: number
  submitted: number
  lost: number
  games: number
  readonly rss: number[]
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

/** One session slot: a facilitator and nine teams play `GAMES` games in a row, each a new session. */
async function slot(url: string, deadline: number, run: LiveRun): Promise<void> {
  const facilitator = await connect(url)
  const teams = await Promise.all(Array.from({ length: TEAMS }, () => connect(url)))
  const everyone = [facilitator, ...teams]
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

      // When each client saw each round's reveal, when each round's last submission left, and what was acked.
      const seen = new Map<number, number[]>()
      const lastSent = new Map<number, number>()
      const acked = new Map<string, string>()
      let finished = 0
      const over = new Promise<void>((done) => {
        everyone.forEach((socket, who) => {
          let round = 0
          socket.removeAllListeners('view')
          socket.on('view', (v: View) => {
            const now = performance.now()
            const r = roundOf(v)
            if (r > round) {
              if (round > 0) (seen.get(round) ?? seen.set(round, []).get(round)!).push(now)
              round = r
              if (r === Number.POSITIVE_INFINITY && ++finished === everyone.length) done()
            }
            if (v.audience === 'team') {
              if (run.viewCount < 2000)
                run.viewBytes += (JSON.stringify(v).length - run.viewBytes) / ++run.viewCount
              submitWhenDue(socket, v, who)
            }
          })
        })
      })
      const due = new Set<string>()
      const submitWhenDue = (socket: Socket, v: TeamView, who: number) => {
        const turn = v.turn
        const key = `${who}:${turn?.round}`
        if (!turn || turn.submitted !== null || due.has(key)) return
        due.add(key)
        const decision = turn.options[Math.floor(Math.random() * turn.options.length)]!
        setTimeout(async () => {
          lastSent.set(turn.round, Math.max(lastSent.get(turn.round) ?? 0, performance.now()))
          const reply = await call<{ ok: boolean }>(socket, 'team:submit', { round: turn.round, decision })
          if (reply.ok) acked.set(`${v.team.table}:${turn.round}:${turn.stage}`, decision)
          run.submitted += reply.ok ? 1 : 0
        }, think())
      }
      await call(facilitator, 'facilitator:command', { command: { kind: 'start' } })
      await over
      for (const [round, times] of seen)
        if (times.length === everyone.length) run.reveals.push(Math.max(...times) - lastSent.get(round)!)

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

async function liveRun(port: number): Promise<LiveRun> {
  const url = `http://127.0.0.1:${port}`
  const run: LiveRun = { reveals: [], viewBytes: 0, viewCount: 0, submitted: 0, lost: 0, games: 0, rss: [] }
  const sampler = setInterval(async () => {
    const health = (await (await fetch(`${url}/api/health`)).json()) as { rss: number }
    run.rss.push(health.rss)
  }, 250)
  try {
    const deadline = performance.now() + TIME_LIMIT_MS
    await Promise.all(Array.from({ length: SESSIONS }, () => slot(url, deadline, run)))
  } finally {
    clearInterval(sampler)
  }
  return run
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'echo-server': { type: 'boolean' } } })
  if (values['echo-server']) return echoServer()

  const dataDir = mkdtempSync(join(tmpdir(), 'article-four-bench-'))
  const children: ChildProcess[] = []
  const stop = () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL')
    rmSync(dataDir, { recursive: true, force: true })
  }
  const timeout = setTimeout(() => {
    process.stderr.write('bench:live ran past its time limit and stopped\n')
    stop()
    process.exit(1)
  }, TIME_LIMIT_MS + 60_000)
  try {
    const echo = await startChild(['src/cli/bench-live.ts', '--echo-server'], {}, /listening on (\d+)/)
    children.push(echo.child)
    const server = await startChild(
      ['src/server/main.ts'],
      { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir },
      /Open on this machine:\s+http:\/\/localhost:(\d+)/,
    )
    children.push(server.child)

    process.stdout.write(
      `${SESSIONS} sessions × ${TEAMS + 1} clients (a facilitator, ${TEAMS} teams), loopback\n`,
    )
    const live = await liveRun(server.port)
    const rounds = live.reveals.length / Math.max(1, live.games)
    const [echoTimes, fanOut] = await Promise.all([
      echoRun(echo.port, Math.max(1, Math.round(rounds * GAMES))),
      fanOutRun(echo.port, Math.max(1, Math.round(rounds * GAMES)), Math.round(live.viewBytes)),
    ])
    const [f50, f99] = [percentile(fanOut, 0.5), percentile(fanOut, 0.99)]
    const [e50, e99] = [percentile(echoTimes, 0.5), percentile(echoTimes, 0.99)]
    const [r50, r99] = [percentile(live.reveals, 0.5), percentile(live.reveals, 0.99)]
    const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`
    const ms = (x: number) => `${x.toFixed(2)} ms`
    process.stdout.write(
      [
        `games played          ${live.games} (${live.reveals.length} reveals, ${live.submitted} decisions acknowledged)`,
        `last submission → every client has the reveal   p50 ${ms(r50)}   p99 ${ms(r99)}`,
        `bare WebSocket echo (ws), ${echoTimes.length} round trips   p50 ${ms(e50)}   p99 ${ms(e99)}`,
        `bare WebSocket relay to 10 clients (${Math.round(live.viewBytes)} B), ${fanOut.length} rounds   p50 ${ms(f50)}   p99 ${ms(f99)}`,
        `p99 against the echo's  ${(r99 / e99).toFixed(2)}×  (goal: at most 2×); against the relay's ${(r99 / f99).toFixed(2)}×`,
        `decisions lost        ${live.lost}`,
        `server memory (RSS)   ${mb(Math.max(...live.rss))} at most, ${mb(live.rss.at(-1) ?? 0)} at the end`,
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
