// The workshop server as its own process, started as `node --import tsx src/server/main.ts` so that a SIGKILL
// reaches the server itself, not a wrapper; it is ready once it prints the address it listens on.
import { type ChildProcess, spawn } from 'node:child_process'
import { resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')

export interface ServerProcess {
  readonly child: ChildProcess
  /** The address it listens on, once it says it. */
  readonly ready: Promise<string>
  /** Everything it printed so far, its log lines included: for a failing test to show. */
  readonly output: () => string
}

export function startServerProcess(env: NodeJS.ProcessEnv): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  const ready = new Promise<string>((done, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk
      const port = /Open on this machine:\s+http:\/\/localhost:(\d+)/.exec(out)?.[1]
      if (port) done(`http://127.0.0.1:${port}`)
    })
    child.stderr!.on('data', (chunk: Buffer) => {
      out += chunk
    })
    child.once('exit', (code) => fail(new Error(`the server exited (${code}): ${out}`)))
  })
  return { child, ready, output: () => out }
}
