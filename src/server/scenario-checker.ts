// Imported scenarios are read on a thread of their own (scenario-worker.ts), one at a time, each within a
// time and a memory budget: past either, the thread is stopped, the file refused in plain words, and a
// new thread takes the next one. A scenario file costs the server at most that, and never its event loop.
import { Worker } from 'node:worker_threads'
import type { ActorCatalog, LoadResult, Problem, Scenario } from '../scenario'
import { type Said, said } from '../scenario/wording/en'

export interface CheckRequest {
  readonly id: number
  readonly text: string
  readonly file: string
}
export type CheckReply = { readonly id: number } & LoadResult<Scenario>

/** What reading one file may cost: wall-clock time, and the thread's heap. */
export interface CheckBudget {
  readonly ms: number
  readonly megabytes: number
}

export type Checked =
  /** The scenario, with the file's warnings for the facilitator who sent it. */
  | { readonly kind: 'loaded'; readonly scenario: Scenario; readonly warnings: readonly Problem[] }
  /** The loader's problems, or the budget's, as a problem of the file; and the loader's warnings, if it got so far. */
  | { readonly kind: 'invalid'; readonly problems: readonly Problem[]; readonly warnings: readonly Problem[] }
  /** Too many files already waiting: nothing wrong with this one. */
  | { readonly kind: 'busy' }

export interface ScenarioChecker {
  check(text: string, file: string): Promise<Checked>
  close(): Promise<void>
}

/** Files being read or waiting; past this, a new one is turned away at once. */
const PENDING = 8

interface Job extends CheckRequest {
  readonly done: (checked: Checked) => void
}

export function scenarioChecker(
  catalog: ActorCatalog,
  budget: CheckBudget,
  log: (message: string) => void,
): ScenarioChecker {
  const queue: Job[] = []
  let worker: Worker | undefined
  let ready = false
  let current: { job: Job; timer: NodeJS.Timeout } | undefined
  let next = 0
  let closed = false

  const problem = (file: string, what: Said): Checked => ({
    kind: 'invalid',
    problems: [{ file, line: 1, column: 1, path: '', ...what }],
    warnings: [],
  })

  /** Settles the file being read, and passes to the next. */
  const finish = (checked: Checked) => {
    if (!current) return
    clearTimeout(current.timer)
    current.job.done(checked)
    current = undefined
    pump()
  }

  /** The thread is gone, by our hand or by its own failure: the file it was reading gets `why`. */
  const lost = (why: (file: string) => Checked) => {
    worker = undefined
    ready = false
    if (current) finish(why(current.job.file))
    else pump()
  }

  const start = () => {
    const started = new Worker(new URL('./scenario-worker-boot.mjs', import.meta.url), {
      workerData: { catalog },
      resourceLimits: { maxOldGenerationSizeMb: budget.megabytes },
    })
    worker = started
    started.unref()
    started.on('message', (m: 'ready' | CheckReply) => {
      if (started !== worker) return
      if (m === 'ready') {
        ready = true
        return pump()
      }
      if (m.id !== current?.job.id) return
      finish(
        m.ok
          ? { kind: 'loaded', scenario: deepFreeze(m.value), warnings: m.warnings }
          : { kind: 'invalid', problems: m.problems, warnings: m.warnings },
      )
    })
    started.on('error', (e: Error & { code?: string }) => {
      if (started !== worker) return
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY')
        return lost((file) => problem(file, said('too-much-memory', { mb: budget.megabytes })))
      log(`the scenario checker failed: ${e.stack ?? e.message}`)
      lost((file) => problem(file, said('unchecked', { workshop: true })))
    })
    started.on('exit', () => {
      if (started === worker) lost((file) => problem(file, said('unchecked', { workshop: false })))
    })
  }

  function pump() {
    if (closed || current || queue.length === 0) return
    if (!worker) return start()
    if (!ready) return
    const job = queue.shift()!
    const reading = worker
    // The clock starts when the thread has the file: a thread's own start-up is not the file's cost.
    const timer = setTimeout(() => {
      if (reading !== worker) return
      void reading.terminate()
      lost((file) => problem(file, said('too-slow', { seconds: budget.ms / 1000 })))
    }, budget.ms)
    current = { job, timer }
    reading.postMessage({ id: job.id, text: job.text, file: job.file } satisfies CheckRequest)
  }

  return {
    check: (text, file) =>
      new Promise((done) => {
        if (closed || queue.length + (current ? 1 : 0) >= PENDING) return done({ kind: 'busy' })
        queue.push({ id: next++, text, file, done })
        pump()
      }),
    async close() {
      closed = true
      for (const job of queue.splice(0)) job.done({ kind: 'busy' })
      if (current) finish({ kind: 'busy' })
      const stopping = worker
      worker = undefined
      await stopping?.terminate()
    },
  }
}

/** As the loader leaves it: frozen all the way down (a copy from another thread arrives unfrozen). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}
