// Outcomes off the main thread: one worker computes them in order of request. Should the worker fail,
// the pool computes on the main thread instead, slower for others but never wrong.
import { Worker } from 'node:worker_threads'
import {
  computeOutcome,
  knownOutcome,
  type OutcomeJob,
  outcomeJob,
  rememberOutcome,
  type Session,
  type Table,
} from '../live'
import type { OutcomeView } from '../live/protocol'

/** What the worker receives: a job, its scenario only if the worker does not hold that key yet. */
export interface OutcomeRequest {
  readonly id: number
  readonly job: Omit<OutcomeJob, 'scenario'>
  readonly scenario?: OutcomeJob['scenario']
  /** A key the worker may drop: the pool decides which scenarios the worker keeps. */
  readonly forget?: string
}

/** How many scenarios (each with its solved tree, once used) the worker keeps. */
const KEEP = 64

export interface OutcomePool {
  /** The table's outcome, computed once: later calls share the first one's promise. */
  outcome(s: Session, table: Table): Promise<OutcomeView>
  close(): Promise<void>
}

export function outcomePool(log: (message: string) => void): OutcomePool {
  const inFlight = new WeakMap<Table, Promise<OutcomeView>>()
  const waiting = new Map<number, { resolve: (o: OutcomeView) => void; reject: (e: Error) => void }>()
  let next = 0
  let worker: Worker | undefined = new Worker(new URL('./outcome-worker-boot.mjs', import.meta.url))
  worker.unref()
  const giveUp = (why: string) => {
    if (!worker) return
    log(`the outcome worker stopped (${why}); computing outcomes on the main thread`)
    worker = undefined
    for (const w of waiting.values()) w.reject(new Error(why))
    waiting.clear()
  }
  worker.on('message', (m: { id: number; outcome?: OutcomeView; error?: string }) => {
    const w = waiting.get(m.id)
    waiting.delete(m.id)
    if (m.outcome) w?.resolve(m.outcome)
    else w?.reject(new Error(m.error))
  })
  worker.on('error', (e: Error) => giveUp(e.message))
  worker.on('exit', (code) => giveUp(`exit ${code}`))

  // Copying a scenario to the worker takes a third of a millisecond on this thread, and a finished
  // session asks for one outcome per table: the scenario goes once per key, the rest is a few moves.
  const held: string[] = []
  const onWorker = ({ scenario, ...job }: OutcomeJob): Promise<OutcomeView> =>
    new Promise((resolve, reject) => {
      if (!worker) return reject(new Error('no worker'))
      const id = next++
      waiting.set(id, { resolve, reject })
      let request: OutcomeRequest = { id, job }
      if (!held.includes(job.scenarioKey)) {
        held.push(job.scenarioKey)
        request = { ...request, scenario }
        if (held.length > KEEP) request = { ...request, forget: held.shift()! }
      }
      worker.postMessage(request)
    })

  return {
    outcome(s, table) {
      const known = knownOutcome(s, table)
      if (known) return Promise.resolve(known)
      let pending = inFlight.get(table)
      if (!pending) {
        const job = outcomeJob(s, table)
        pending = onWorker(job)
          .catch((e: Error) => {
            // A worker that stopped has said so once; one that failed this job alone is a bug to see.
            if (worker) log(`an outcome failed on the worker (${e.message}); computing it here`)
            return computeOutcome(job)
          })
          .then((outcome) => {
            rememberOutcome(table, outcome)
            return outcome
          })
        inFlight.set(table, pending)
      }
      return pending
    },
    async close() {
      const w = worker
      worker = undefined
      await w?.terminate()
    },
  }
}
