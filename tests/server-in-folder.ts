// A server for a test, in the test's own folder: its event log in `data/`, the app it serves in `dist/`,
// on a free loopback port, saying nothing.
import { join } from 'node:path'
import { type RunningServer, startServer } from '../src/server/server'

export const startServerIn = (dir: string): Promise<RunningServer> =>
  startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: join(dir, 'data'),
    distDir: join(dir, 'dist'),
    log: () => {},
  })
