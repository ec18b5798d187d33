// A workshop behind nginx, as docs/deploy.md sets it up: two servers sharing a throwaway PostgreSQL, nginx in
// front with deploy/nginx-article-four.conf (its ports filled in), and the room's browsers at nginx's address.
// Mid-round the server nginx sends them to is killed with SIGKILL: they reconnect through nginx to the other,
// which takes the session's lease, and the workshop goes on to its debrief with the decision already made.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, type Page, test } from '@playwright/test'
import { startPostgres, type TestPostgres } from '../../scripts/throwaway-postgres'
import { startServerProcess } from '../server-process'
import { createSession, heading, joinTeams, playToDebrief, seat, submitRound, TEAMS } from './live'
import { expectNoSeriousViolations, shoot } from './student'

const NGINX = '/usr/sbin/nginx'
const LEASE_SECONDS = 2

// Two servers, PostgreSQL and nginx start first, and the session waits out a lease: more than a minute.
test.setTimeout(180_000)

interface Server {
  readonly child: ChildProcess
  readonly port: number
  /** Everything it wrote to standard output: one JSON line per session event. */
  readonly out: () => string
}

let postgres: TestPostgres | undefined
let nginx: ChildProcess | undefined
let dir = ''
const servers: Server[] = []
let base = ''

const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const probe = createServer()
    probe.once('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => done(port))
    })
  })

/** The documented site, pointed at these servers and this port, inside the few lines a whole nginx.conf needs. */
function nginxConf(site: string, listen: number, ports: readonly number[]): string {
  const upstreams = ports.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=10s;`).join('\n')
  const filled = site
    .replace(/( {4}server 127\.0\.0\.1:\d+ [^\n]*\n)+/, `${upstreams}\n`)
    .replace('listen 80;', `listen 127.0.0.1:${listen};`)
  expect(filled).not.toBe(site)
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`
  return [
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'error.log')} warn;`,
    'events {}',
    'http {',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${temp(t)}`),
    filled,
    '}',
  ].join('\n')
}

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'article-four-nginx-'))
  // nginx's workers run as an unprivileged user when it is started as root: they write its temporary files.
  chmodSync(dir, 0o777)
  postgres = await startPostgres()
  const databaseUrl = await postgres.database()
  for (let i = 0; i < 2; i++) {
    const { child, ready } = startServerProcess({
      DATABASE_URL: databaseUrl,
      LEASE_SECONDS: String(LEASE_SECONDS),
      DATA_DIR: join(dir, `server-${i}`),
      TRUST_PROXY: '1',
    })
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk
    })
    const port = Number(new URL(await ready).port)
    servers.push({ child, port, out: () => out })
  }
  const listen = await freePort()
  const site = readFileSync(resolve(import.meta.dirname, '../../deploy/nginx-article-four.conf'), 'utf8')
  const conf = join(dir, 'nginx.conf')
  writeFileSync(
    conf,
    nginxConf(
      site,
      listen,
      servers.map((s) => s.port),
    ),
  )
  execFileSync(NGINX, ['-t', '-q', '-c', conf, '-p', dir], { stdio: 'pipe' })
  nginx = spawn(NGINX, ['-c', conf, '-p', dir], { stdio: 'ignore' })
  base = `http://127.0.0.1:${listen}`
  await expect
    .poll(() =>
      fetch(`${base}/api/health`).then(
        (r) => r.status,
        () => 0,
      ),
    )
    .toBe(200)
})

test.afterAll(() => {
  // TERM, not KILL: nginx's master stops its workers on TERM; killed outright, it would leave them listening.
  nginx?.kill('SIGTERM')
  for (const s of servers) if (s.child.exitCode === null) s.child.kill('SIGKILL')
  postgres?.stop()
  rmSync(dir, { recursive: true, force: true })
})

test('a workshop through nginx survives the loss of the server it was on', async ({ browser }) => {
  const facilitator = await seat(browser, base, '/#/live/facilitate')
  const code = await createSession(facilitator, 5)
  const teams = await joinTeams(browser, base, code)
  await facilitator.getByRole('button', { name: 'Start the session' }).click()
  await expect(heading(facilitator)).toHaveText('Round 1')

  // The requester decides; its decision is acknowledged and shown to the facilitator.
  await submitRound(facilitator, teams.slice(0, 1))
  const row = facilitator.getByTestId(`team-${TEAMS[0]}`)
  await expect(row).toContainText('Submitted')

  // Every browser reached the same server (nginx keeps an address on one): the one that wrote the session's
  // events. It goes, as a machine does, with no chance to hand anything over.
  const holder = servers.find((s) => s.out().includes(`"session":"${code}"`))
  expect(holder).toBeDefined()
  holder!.child.kill('SIGKILL')

  // Every browser says its connection dropped, then reconnects through nginx to the other server, which
  // takes the session's lease once it lapses and rebuilds the session from the log.
  const dropped = (page: Page) => page.getByText('The connection dropped. Reconnecting')
  await expect(dropped(facilitator)).toBeVisible()
  await shoot(facilitator, 'nginx-01-connection-dropped')
  for (const page of [facilitator, ...teams]) await expect(dropped(page)).toHaveCount(0, { timeout: 30_000 })
  await expect(row).toContainText('Submitted')
  await playToDebrief(facilitator, teams)
  const other = servers.find((s) => s !== holder)!
  expect(other.out()).toContain(`"session":"${code}"`)
  // The requester decided only before the loss: its move in the table is the decision the log kept.
  const table = facilitator.getByRole('article', { name: 'Table 1' })
  for (const name of TEAMS) await expect(table.locator('.badge', { hasText: name }).first()).toBeVisible()
  for (const team of teams) await expect(heading(team)).toHaveText('Debrief')
  const projector = facilitator.getByRole('region', { name: 'Debrief for the projector' })
  await expect(projector.getByRole('rowheader', { name: 'What really happened' })).toBeVisible()
  await shoot(facilitator, 'nginx-02-debrief')
  await expectNoSeriousViolations(facilitator)
})
