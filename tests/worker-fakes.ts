// A stand-in for the engine's worker, for tests of the page's side of it (src/store/worker-transport.ts): it records
// what the page posts, and the test speaks for the worker, with a reply or with the error of a worker that stopped.
import type { FromEngine, ToEngine } from '../src/store/engine-protocol'

type Listener = (event: { data?: FromEngine; message?: string }) => void

export function fakeWorker() {
  const listeners = { message: [] as Listener[], error: [] as Listener[] }
  const posted: ToEngine[] = []
  const worker = {
    postMessage: (message: ToEngine) => void posted.push(message),
    addEventListener: (type: string, listener: Listener) => {
      if (type === 'message' || type === 'error') listeners[type].push(listener)
    },
  }
  return {
    worker: worker as unknown as Worker,
    posted,
    /** A message from the engine's thread. */
    answer: (data: FromEngine) => {
      for (const listener of listeners.message) listener({ data })
    },
    /** The error event of a worker that could not run its script. */
    fail: (message: string) => {
      for (const listener of listeners.error) listener({ message })
    },
  }
}
