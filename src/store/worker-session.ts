// The browser's session: the engine in a module worker, or in this thread where workers cannot load modules.
import { createSession } from './engine-client'
import type { Session } from './kit'
import { workerTransport } from './worker-transport'

export async function workerSession(): Promise<Session> {
  if (typeof Worker === 'undefined') {
    const { directTransport } = await import('./direct-transport')
    return createSession(directTransport())
  }
  const worker =
    startedWorker() ??
    new Worker(new URL('./engine-worker.ts', import.meta.url), {
      type: 'module',
      name: 'Article Four engine',
    })
  return createSession(workerTransport(worker))
}

/**
 * The worker index.html's first script started on a game's address, taken once: its script loaded while the page's
 * did. It has answered nothing yet, so no reply can come before the transport listens.
 */
function startedWorker(): Worker | undefined {
  const page = globalThis as { articleFourEngine?: Worker }
  const worker = page.articleFourEngine
  delete page.articleFourEngine
  return worker
}
