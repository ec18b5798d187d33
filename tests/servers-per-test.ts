// Servers a test starts for itself, each in a fresh folder and with options of its own (limits, a clock that stands
// still): after each test they close, with the clients kept for them, and their folders are removed.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { type RunningServer, type ServerOptions, startServer } from '../src/server/server'
import type { Client } from './server-client'

export interface TestServer {
  readonly server: RunningServer
  /** The server's data folder (its event log). */
  readonly dir: string
  /** Keeps a client to be closed before the server. */
  keep(client: Client): Client
}

/** Starts servers on loopback, folders named after `prefix`, quiet unless the options log. */
export function serversPerTest(
  prefix: string,
): (options?: Omit<ServerOptions, 'port' | 'dataDir'>) => Promise<TestServer> {
  const running: { server: RunningServer; dir: string; clients: Client[] }[] = []
  afterEach(async () => {
    for (const { server, dir, clients } of running.splice(0)) {
      for (const c of clients) c.close()
      await server.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
  return async (options = {}) => {
    const dir = mkdtempSync(join(tmpdir(), prefix))
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir: dir,
      distDir: dir,
      log: () => {},
      ...options,
    })
    const held = { server, dir, clients: [] as Client[] }
    running.push(held)
    return {
      server,
      dir,
      keep: (client) => {
        held.clients.push(client)
        return client
      },
    }
  }
}
