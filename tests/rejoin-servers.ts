// Workshop servers for the rejoin tests: each in a folder of its own (a second may open the first's log, as after a
// restart), on the test's clock, saying nothing; closed with their clients, and their folders removed, after each test.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { ServerLimits } from '../src/server/limits'
import { type RunningServer, startServer } from '../src/server/server'
import { type Client, connect } from './server-client'

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
