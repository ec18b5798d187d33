// The store's door to the draft checker: a worker in the browser, the same code on this thread where there is
// no Worker (tests, and any browser that refuses to start one).
import type { DraftCheck, DraftRequest } from './draft-check'

export type CheckDraft = (request: DraftRequest) => Promise<DraftCheck>

const inThread: CheckDraft = (request) => import('./draft-check').then((m) => m.checkDraft(request))

export function draftChecker(): CheckDraft {
  if (typeof Worker === 'undefined') return inThread
  let worker: Worker | undefined
  let next = 0
  const waiting = new Map<number, { request: DraftRequest; resolve: (check: DraftCheck) => void }>()
  const start = (): Worker => {
    const w = new Worker(new URL('./draft-worker.ts', import.meta.url), { type: 'module' })
    w.onmessage = (event: MessageEvent<{ id: number; check: DraftCheck }>) => {
      waiting.get(event.data.id)?.resolve(event.data.check)
      waiting.delete(event.data.id)
    }
    // A worker that fails (a browser that forbids it, a crash) leaves its requests to this thread.
    w.onerror = () => {
      worker = undefined
      for (const [id, { request, resolve }] of waiting) {
        waiting.delete(id)
        void inThread(request).then(resolve)
      }
    }
    return w
  }
  return (request) =>
    new Promise((resolve) => {
      worker ??= start()
      const id = ++next
      waiting.set(id, { request, resolve })
      worker.postMessage({ id, request })
    })
}
