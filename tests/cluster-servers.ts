// Servers of a cluster for the cluster tests: one throwaway PostgreSQL for the file, servers in this process with
// a second's leases and no pruning unless a test asks, `npm start`'s server as a process of its own (so that it can
// die with SIGKILL), proxies in front of the database, a freeze of the whole database (an outage), and clients; all
// of it ended after the file's last test. And the workshop most of them start from: a session on one server, its
// team on another.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect } from 'vitest'
import { startPostgres, type TestPostgres } from '../scripts/throwaway-postgres'
import { type RunningServer, type ServerOptions, startServer } from '../src/server/server'
import { type PgProxy, startPgProxy } from './pg-proxy'
import { type AnyReply, type Client, connect } from './server-client'
import { type ServerProcess, startServerProcess } from './server-process'

export function clusterServers(prefix: string) {
  let postgres: TestPostgres
  const servers: RunningServer[] = []
  const clients: Client[] = []
  const children: ServerProcess[] = []
  const proxies: PgProxy[] = []
  let thaw: (() => void) | undefined
  const dir = mkdtempSync(join(tmpdir(), prefix))
  beforeAll(async () => {
    postgres = await startPostgres()
  })
  afterAll(async () => {
    // A frozen database neither answers the servers' goodbyes nor stops.
    thaw?.()
    for (const c of clients) c.close()
    for (const { child } of children) if (child.exitCode === null) child.kill('SIGKILL')
    // A server whose database is gone closes all the same.
    for (const s of servers) await s.close()
    for (const p of proxies) await p.close()
    postgres?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  async function client(url: string): Promise<Client> {
    const c = await connect(url)
    clients.push(c)
    return c
  }

  /**
   * A server on `databaseUrl` (`undefined`: a single server, on SQLite), and a wait for a line it says from the
   * `from`th on (already said or still to come).
   */
  async function server(databaseUrl: string | undefined, options: Partial<ServerOptions> = {}) {
    const said: string[] = []
    const heard: ((line: string) => void)[] = []
    const s = await startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir: '/nonexistent',
      distDir: '/nonexistent',
      databaseUrl,
      leaseMs: 1000,
      pruneAfterMs: Number.POSITIVE_INFINITY,
      log: (m) => {
        said.push(m)
        for (const h of heard) h(m)
      },
      ...options,
    })
    servers.push(s)
    const saying = (pattern: RegExp, from = 0) =>
      new Promise<string>((done) => {
        const seen = said.slice(from).find((m) => pattern.test(m))
        if (seen) return done(seen)
        heard.push((m) => pattern.test(m) && done(m))
      })
    const health = async () => (await fetch(`${s.url}/api/health`)).status
    /**
     * Waits until it answers ready. Ready needs a lease renewed within the last lease (a second here) besides a
     * LISTEN in place, and on a loaded machine a renewal can come later than that: the server is then rightly
     * not ready, for a moment, with nothing wrong.
     */
    const ready = async () => {
      while ((await health()) !== 200) await new Promise((r) => setTimeout(r, 50))
    }
    /** Stops it now, as a server that is shut down does. */
    const stop = async () => {
      servers.splice(servers.indexOf(s), 1)
      await s.close()
    }
    return { s, said, saying, health, ready, stop, client: () => client(s.url) }
  }

  /** `npm start`'s server without the build, with `env`, on an ephemeral loopback port. */
  function serverProcess(env: NodeJS.ProcessEnv): ServerProcess {
    const child = startServerProcess({ DATA_DIR: join(dir, 'unused'), ...env })
    children.push(child)
    return child
  }

  async function proxy(databaseUrl: string, options?: { refuseListen?: boolean }): Promise<PgProxy> {
    const p = await startPgProxy(databaseUrl, options)
    proxies.push(p)
    return p
  }

  /**
   * Freezes every process of the file's PostgreSQL (throwaway-postgres.ts), as a database machine that hangs does;
   * the call thaws it.
   */
  function freeze(): () => void {
    const frozen = postgres.freeze()
    thaw = () => {
      frozen()
      thaw = undefined
    }
    return thaw
  }

  /** A new, empty database on the file's PostgreSQL. */
  const database = () => postgres.database()
  return { database, server, serverProcess, proxy, client, freeze, dir }
}

/** A session on `holder`, in rounds of ten minutes, with a team (Steppe) joined on `other`. */
export async function workshop(holder: ClusterServer, other: ClusterServer) {
  const facilitator = await holder.client()
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
    roundSeconds: 600,
  })
  expect(created.ok).toBe(true)
  const team = await other.client()
  expect(await team.call('team:join', { code: created.session.code, name: 'Steppe' })).toMatchObject({
    ok: true,
  })
  return { facilitator, team, session: created.session.id as string }
}

export type ClusterServer = Awaited<ReturnType<ReturnType<typeof clusterServers>['server']>>
