// One server for a test file, in a fresh folder of its own (server-in-folder.ts), serving a placeholder page: started
// before the file's tests, closed after them, its folder removed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import type { RunningServer } from '../src/server/server'
import { startServerIn } from './server-in-folder'

export interface FileServer {
  /** The server's address, once the file's tests run. */
  readonly url: string
  /** Runs `close` after the tests, before the server closes: the file's clients and sockets. */
  beforeClose(close: () => void): void
}

export function fileServer(prefix: string): FileServer {
  let dir: string | undefined
  let server: RunningServer | undefined
  const first: (() => void)[] = []
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), prefix))
    mkdirSync(join(dir, 'dist'))
    writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>Article Four</title>')
    server = await startServerIn(dir)
  })
  afterAll(async () => {
    for (const close of first) close()
    await server?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })
  return {
    get url() {
      if (!server) throw new Error('the file server starts before the tests, not as the file is read')
      return server.url
    },
    beforeClose: (close) => {
      first.push(close)
    },
  }
}
