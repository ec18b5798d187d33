// The engine in a worker of its own: the page keeps drawing while the model thinks.
import type { EngineTransport, FromEngine, ToEngine } from './engine-protocol'
import type { WhatIfView } from './session'

type Waiting = { readonly resolve: (value: never) => void; readonly reject: (error: Error) => void }

export function workerTransport(worker: Worker): EngineTransport {
  const waiting = new Map<number, Waiting>()
  // A worker that could not load its script (a build replaced under an open page, no network and no cache) stays
  // stopped: every later request fails at once rather than waiting for a reply that cannot come. The worker's own
  // errors are caught and answered as replies (engine-worker.ts), so an error event means the worker is gone.
  let stopped: Error | undefined
  const batches = new Map<number, (index: number, view: () => WhatIfView) => void>()
  let next = 0
  const post = (message: ToEngine) => worker.postMessage(message)
  // Listening before the first message is posted: no reply can arrive before its listener.
  worker.addEventListener('message', ({ data }: MessageEvent<FromEngine>) => {
    // A warmed replay stays text until the student comes to its position.
    if (data.type === 'warmed') return batches.get(data.batch)?.(data.index, () => JSON.parse(data.text))
    const request = waiting.get(data.id)
    waiting.delete(data.id)
    if (data.ok) request?.resolve(data.value as never)
    else request?.reject(new Error(data.message))
  })
  worker.addEventListener('error', (event) => {
    const error = new Error(`the engine stopped: ${event.message || 'its script could not run'}`)
    stopped ??= error
    for (const request of waiting.values()) request.reject(error)
    waiting.clear()
  })
  return {
    register: (key, scenario) => post({ type: 'scenario', key, scenario }),
    request: (request) =>
      new Promise((resolve, reject) => {
        if (stopped) return reject(stopped)
        const id = ++next
        waiting.set(id, { resolve: resolve as Waiting['resolve'], reject })
        post({ type: 'request', id, request })
      }),
    warm(requests, warmed) {
      const batch = ++next
      batches.set(batch, warmed)
      post({ type: 'warm', batch, requests })
      return () => {
        batches.delete(batch)
        post({ type: 'cancel', batch })
      }
    },
  }
}
