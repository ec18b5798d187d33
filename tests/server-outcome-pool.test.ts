// Outcomes are computed on a worker thread, so a reveal never waits for a Monte Carlo run: the worker
// must start (under tests too, without tsx on the command line) and agree with the main thread.
// @vitest-environment node
import { expect, it } from 'vitest'
import { computeOutcome, outcomeJob } from '../src/live'
import { outcomePool } from '../src/server/outcome-pool'
import { Driver } from './server-fakes'

it('computes a finished table outcome on the worker, the same as the main thread, once', async () => {
  const d = new Driver({ format: { kind: 'parallel-whole' } })
  d.join('A')
  d.facilitator({ kind: 'start' })
  d.facilitator({ kind: 'release', inject: d.session.base.injects[0]!.id })
  d.facilitator({ kind: 'finish' })
  const table = d.session.tables[0]!
  const problems: string[] = []
  const pool = outcomePool((m) => problems.push(m))
  try {
    const first = pool.outcome(d.session, table)
    expect(pool.outcome(d.session, table)).toBe(first)
    expect(await first).toEqual(computeOutcome(outcomeJob(d.session, table)))
    expect(problems).toEqual([])
  } finally {
    await pool.close()
  }
})
