// The worker thread that computes finished tables' outcomes, so a Monte Carlo run of tens of
// milliseconds never holds up another session's reveal on the main thread.
import { setPriority } from 'node:os'
import { parentPort } from 'node:worker_threads'
import { computeOutcome, type OutcomeJob } from '../live'
import type { OutcomeRequest } from './outcome-pool'

// The lowest priority for this thread only (Linux schedules threads apart): a reveal on the main
// thread should never wait for a Monte Carlo run. Where that is not allowed, run as we are.
try {
  setPriority(19)
} catch {}

// The pool sends each scenario once and says when to drop one (see OutcomeRequest): kept here, a
// scenario keeps its solved tree from one outcome to the next.
const scenarios = new Map<string, OutcomeJob['scenario']>()

parentPort?.on('message', ({ id, job, scenario, forget }: OutcomeRequest) => {
  try {
    if (forget !== undefined) scenarios.delete(forget)
    if (scenario) scenarios.set(job.scenarioKey, scenario)
    const held = scenarios.get(job.scenarioKey)
    if (!held) throw new Error(`the worker does not hold the scenario ${job.scenarioKey}`)
    parentPort?.postMessage({ id, outcome: computeOutcome({ ...job, scenario: held }) })
  } catch (e) {
    parentPort?.postMessage({ id, error: (e as Error).stack ?? String(e) })
  }
})
