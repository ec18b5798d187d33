// Workshop servers for the rejoin and resume tests: each in a folder of its own (a second may open the first's log, as after a
// restart), on the test's clock, saying nothing; closed with their clients, and their folders removed, after each test.
// Also the session those tests let teams back into.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect } from 'vitest'
import type { ServerLimits } from '../src/server/limits'
import { type RunningServer, startServer } from '../src/server/server'
import { type AnyReply, type Client, connect } from './server-client'

export function rejoinServers(prefix: string, now: () => number) {
  const running: { server: RunningServer; clients: Client[] }[] = []
  const dirs: string[] = []
  afterEach(async () => {
    for (const { server, clients } of running.splice(0)) {
      for (const c of clients) c.close()
      await server.close()
    }
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  const folder = (): string => {
    const dir = mkdtempSync(join(tmpdir(), prefix))
    dirs.push(dir)
    return dir
  }

  /** A server with `limits`, its log in `dir` (a new folder unless a test reopens one). */
  return async function server(limits: Partial<ServerLimits> = {}, dir = folder()) {
    const s = await startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir: dir,
      distDir: dir,
      limits,
      now,
      log: () => {},
    })
    const held = { server: s, clients: [] as Client[] }
    running.push(held)
    const client = async () => {
      const c = await connect(s.url)
      held.clients.push(c)
      return c
    }
    /** Stops it now, its clients first, as a restart does; its folder stays for the next server. */
    const stop = async () => {
      running.splice(running.indexOf(held), 1)
      for (const c of held.clients) c.close()
      await s.close()
    }
    return { s, dir, client, stop }
  }
}

export type RejoinServer = Awaited<ReturnType<ReturnType<typeof rejoinServers>>>

/** A session of Kazakhstan 2022 with `names` joined, each by a client of its own, started unless `start` is false. */
export async function workshop(at: RejoinServer, names = ['North'], start = true) {
  const facilitator = await at.client()
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
    roundSeconds: 0,
  })
  const code: string = created.session.code
  const teams: { client: Client; token: string; id: string; table: number }[] = []
  for (const name of names) {
    const c = await at.client()
    const joined: AnyReply = await c.call('team:join', { code, name })
    teams.push({ client: c, token: joined.token, id: joined.view.team.id, table: joined.view.team.table })
  }
  if (start)
    expect(await facilitator.call('facilitator:command', { command: { kind: 'start' } })).toEqual({
      ok: true,
    })
  return { facilitator, created, code, teams, id: created.session.id as string }
}
