// The worker thread that computes finished tables' outcomes, so a Monte Carlo run of tens of
// milliseconds never holds up another session's reveal on the main thread.
import { setPriority } from 'node:os'
import { parentPort } from 'node:worker_threads'
import { computeOutcome, type OutcomeJob } from '../live'

// The lowest priority for this thread only (Linux schedules threads apart): a reveal on the main
// thread should never wait for a Monte Carlo run. Where that is not allowed, run as we are.
try {
  setPriority(19)
} catch {}

// Each job carries a copy of its scenario; keeping one per key lets the solved trees be reused.
const scenarios = new Map<string, OutcomeJob['scenario']>()
const KEEP = 64

parentPort?.on('message', ({ id, job }: { id: number; job: OutcomeJob }) => {
  try {
    let scenario = scenarios.get(job.scenarioKey)
    if (!scenario) {
      scenario = job.scenario
      scenarios.set(job.scenarioKey, scenario)
      if (scenarios.size > KEEP) scenarios.delete(scenarios.keys().next().value!)
    }
    parentPort?.postMessage({ id, outcome: computeOutcome({ ...job, scenario }) })
  } catch (e) {
    parentPort?.postMessage({ id, error: (e as Error).stack ?? String(e) })
  }
})
