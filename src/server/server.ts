// One Node server for a workshop: the built app, live sessions over socket.io, and the event log,
// started together and stopped together. main.ts reads the environment; tests call startServer directly.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { Server } from 'socket.io'
import { readCatalog } from '../cli/scenario-files'
import { LIMITS } from '../live/protocol'
import { type Durability, openEventLog } from './event-log'
import { httpHandler } from './http'
import { LiveSessions } from './live-sessions'
import { outcomePool } from './outcome-pool'
import { attachTransport } from './transport'
import { viewParser } from './view-encoder'

export interface ServerOptions {
  readonly port: number
  readonly host?: string
  readonly dataDir: string
  readonly distDir?: string
  readonly publicUrl?: string | undefined
  readonly durability?: Durability
  readonly log?: (message: string) => void
}

export interface RunningServer {
  readonly url: string
  readonly port: number
  readonly restored: number
  close(): Promise<void>
}

export const ROOT = resolve(import.meta.dirname, '..', '..')

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((m: string) => console.error(m))
  const catalog = readCatalog()
  if (!catalog.ok) throw new Error(`the actor catalog does not load: ${catalog.problems[0]?.message}`)
  const eventLog = openEventLog(options.dataDir, options.durability, log)
  const live = new LiveSessions({ log: eventLog, catalog: catalog.catalog })
  const { restored, failed } = live.restore()
  for (const f of failed) log(`session ${f.id} was not restored: ${f.message}`)

  const pool = outcomePool(log)
  const http = createServer(httpHandler(live, pool, resolve(options.distDir ?? resolve(ROOT, 'dist'))))
  const io = new Server(http, {
    maxHttpBufferSize: LIMITS.transportBytes,
    serveClient: false,
    parser: viewParser,
  })
  attachTransport(io, live, pool, { publicUrl: options.publicUrl, log })

  await new Promise<void>((done, failToListen) => {
    http.once('error', failToListen)
    http.listen(options.port, options.host ?? '0.0.0.0', () => done())
  })
  const { port } = http.address() as AddressInfo
  return {
    url: `http://${options.host && options.host !== '0.0.0.0' ? options.host : 'localhost'}:${port}`,
    port,
    restored,
    close: async () => {
      await new Promise<void>((done) => io.close(() => done()))
      await pool.close()
      await eventLog.close()
    },
  }
}
