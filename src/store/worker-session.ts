// The browser's session: the engine in a module worker, or in this thread where workers cannot load modules.
import { createSession } from './engine-client'
import type { Session } from './kit'
import { workerTransport } from './worker-transport'

export async function workerSession(): Promise<Session> {
  if (typeof Worker === 'undefined') {
    const { directTransport } = await import('./direct-transport')
    return createSession(directTransport())
  }
  const worker = new Worker(new URL('./engine-worker.ts', import.meta.url), {
    type: 'module',
    name: 'Article Four engine',
  })
  return createSession(workerTransport(worker))
}
