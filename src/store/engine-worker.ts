// The engine's own thread: games, replays and searches run here, so the page never waits on the model. Requests
// are answered in the order they come, ahead of any warming of replays, which runs one at a time in between. It
// starts by loading the browser's locale data for the page (warm-intl.ts).

import { engineHandler } from './engine-handler'
import type { FromEngine, ToEngine, WhatIfRequest } from './engine-protocol'
import { warmIntl } from './warm-intl'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToEngine>) => void) | null
  postMessage(message: FromEngine): void
}
const handler = engineHandler()

type Job =
  | { readonly type: 'request'; readonly id: number; readonly run: () => unknown }
  | { readonly type: 'warm'; readonly batch: number; readonly index: number; readonly request: WhatIfRequest }
const requests: Job[] = []
let warming: Job[] = []
let scheduled = false

scope.onmessage = ({ data }) => {
  switch (data.type) {
    case 'scenario':
      handler.register(data.key, data.scenario)
      return
    case 'request':
      requests.push({ type: 'request', id: data.id, run: () => handler.handle(data.request) })
      break
    case 'warm':
      warming.push(
        ...data.requests.map((request, index) => ({
          type: 'warm' as const,
          batch: data.batch,
          index,
          request,
        })),
      )
      break
    case 'cancel':
      warming = warming.filter((job) => job.type !== 'warm' || job.batch !== data.batch)
      return
  }
  schedule()
}

// One job per task: a message that arrives meanwhile (a drag, a cancel) is read before the next job starts.
function schedule(): void {
  if (scheduled || (requests.length === 0 && warming.length === 0)) return
  scheduled = true
  setTimeout(step, 0)
}

function step(): void {
  scheduled = false
  const job = requests.shift() ?? warming.shift()
  if (job?.type === 'request') {
    try {
      scope.postMessage({ type: 'reply', id: job.id, ok: true, value: job.run() })
    } catch (error) {
      scope.postMessage({ type: 'reply', id: job.id, ok: false, message: (error as Error).message })
    }
  } else if (job) {
    try {
      scope.postMessage({
        type: 'warmed',
        batch: job.batch,
        index: job.index,
        text: JSON.stringify(handler.handle(job.request)),
      })
    } catch {
      // A replay that cannot be warmed is made again, and reported, when a drag asks for it.
    }
  }
  schedule()
}

// Only a head start: a browser missing one of these formats must not lose its engine to it (an error that escapes
// this thread tells the page the engine has stopped).
try {
  warmIntl()
} catch {
  // The page's thread loads what it needs when it first formats.
}
