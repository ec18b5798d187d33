// npm run bench:live: 30 live sessions of 10 clients each (a facilitator and nine teams) against a real
// server on loopback, then the same reveals replayed by a bare WebSocket echo. Reports the time from a
// round's last submission to every client of its session holding the reveal (p50, p99) beside the echo's
// for the same messages, decisions lost, and the server's memory. Bounded: a fixed number of games, a time limit.
// The same reveals are replayed once more through socket.io with no work behind it (bench-live-socket-io.ts): what
// the framework alone costs, beside the bare echo's floor.
// `-- --servers 3`: the same sessions over three servers sharing a throwaway PostgreSQL, each session's
// facilitator and teams spread over all three, so most commands are forwarded to the server holding the lease.
// `-- --profile DIR`: each server runs under `node --cpu-prof` and writes its profile into DIR once the live
// run is over (it is stopped with SIGTERM, not killed, so that it can).
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startPostgres, type TestPostgres } from '../../scripts/throwaway-postgres'
import { echoRun, echoServer } from './bench-live-echo'
import { liveRun, STATUS_TOKEN } from './bench-live-run'
import { SESSIONS, TEAMS, TIME_LIMIT_MS } from './bench-live-setup'
import { socketIoEchoRun, socketIoEchoServer } from './bench-live-socket-io'

const ROOT = resolve(import.meta.dirname, '..', '..')

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

const percentile = (xs: readonly number[], q: number): number => {
  if (xs.length === 0) return Number.NaN
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'echo-server': { type: 'boolean' },
      'socket-io-echo-server': { type: 'boolean' },
      servers: { type: 'string', default: '1' },
      profile: { type: 'string' },
    },
  })
  if (values['echo-server']) return echoServer()
  if (values['socket-io-echo-server']) return socketIoEchoServer()
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
    const socketIoEcho = await startChild(
      ['src/cli/bench-live.ts', '--socket-io-echo-server'],
      {},
      /listening on (\d+)/,
    )
    children.push(socketIoEcho.child)
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
          SESSIONS_PER_ADDRESS: '1000',
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

    // Other work on the machine moves the figures more than most changes do: each run says how loaded it was.
    const load = () =>
      loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')
    process.stdout.write(`load average (1, 5, 15 min) at the start  ${load()}\n`)
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
    // Then socket.io's: each replay alone on the machine, as the live run was.
    const socketIoTimes = await socketIoEchoRun(socketIoEcho.port, live.slots)
    const reveals = live.slots.flat()
    const all = reveals.map((r) => r.ms)
    const finals = reveals.filter((r) => r.final).map((r) => r.ms)
    const finalBytes = reveals.filter((r) => r.final).flatMap((r) => r.views.map((v) => v.length))
    const [r50, r99] = [percentile(all, 0.5), percentile(all, 0.99)]
    const [e50, e99] = [percentile(echoTimes, 0.5), percentile(echoTimes, 0.99)]
    const [s50, s99] = [percentile(socketIoTimes, 0.5), percentile(socketIoTimes, 0.99)]
    const during = reveals.flatMap((r) => r.during.flat())
    const bytes = (bs: readonly Buffer[]) => bs.reduce((n, b) => n + b.length, 0)
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`
    const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`
    const ms = (x: number) => `${x.toFixed(2)} ms`
    process.stdout.write(
      [
        `games played          ${live.games} (${reveals.length} reveals, ${live.submitted} decisions acknowledged)`,
        `last submission → every client has the reveal   p50 ${ms(r50)}   p99 ${ms(r99)}`,
        `  a game's last reveal (views of ${kb(percentile(finalBytes, 0.5))})   p50 ${ms(percentile(finals, 0.5))}   p99 ${ms(percentile(finals, 0.99))}`,
        `bare WebSocket echo, the same ${echoTimes.length} reveals and their rounds' pushes   p50 ${ms(e50)}   p99 ${ms(e99)}`,
        `  messages it sent   ${reveals.length * (TEAMS + 1)} views of reveals (${mb(bytes(reveals.flatMap((r) => r.views)))}), ${during.length} views and notices during the rounds (${mb(bytes(during))})`,
        `socket.io with no work behind it, the same replay   p50 ${ms(s50)}   p99 ${ms(s99)}   (p99 ${(s99 / e99).toFixed(2)}× the bare echo's)`,
        `p99 against the echo's  ${(r99 / e99).toFixed(2)}×  (goal: at most 2×)`,
        `decisions lost        ${live.lost}`,
        `load average at the end   ${load()}`,
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
