// Outcomes are computed on a worker thread, so a reveal never waits for a Monte Carlo run: the worker
// must start (under tests too, without tsx on the command line) and agree with the main thread.
// @vitest-environment node
import { expect, it } from 'vitest'
import { computeOutcome, outcomeJob } from '../src/live'
import { outcomePool } from '../src/server/outcome-pool'
import { Driver } from './server-fakes'

/** A parallel-whole session of `teams` tables, played to the end, with the first inject or without. */
function finished(teams: number, inject: boolean) {
  const d = new Driver({ format: { kind: 'parallel-whole' } })
  for (let i = 0; i < teams; i++) d.join(`team ${i + 1}`)
  d.facilitator({ kind: 'start' })
  if (inject) d.facilitator({ kind: 'release', inject: d.session.base.injects[0]!.id })
  d.facilitator({ kind: 'finish' })
  return d.session
}

it('computes a finished table outcome on the worker, the same as the main thread, once', async () => {
  const session = finished(1, true)
  const table = session.tables[0]!
  const problems: string[] = []
  const pool = outcomePool((m) => problems.push(m))
  try {
    const first = pool.outcome(session, table)
    expect(pool.outcome(session, table)).toBe(first)
    expect(await first).toEqual(computeOutcome(outcomeJob(session, table)))
    expect(problems).toEqual([])
  } finally {
    await pool.close()
  }
})

it('sends the worker each scenario once, and every table its own outcome under its own facts', async () => {
  // Two sessions with the same facts share a scenario (sent once); the inject makes a second one.
  const sessions = [finished(3, false), finished(2, true), finished(2, false)]
  const problems: string[] = []
  const pool = outcomePool((m) => problems.push(m))
  try {
    for (const s of sessions)
      for (const t of s.tables) expect(await pool.outcome(s, t)).toEqual(computeOutcome(outcomeJob(s, t)))
    // A job whose scenario the worker lacked would have failed there and been computed here, and said so.
    expect(problems).toEqual([])
  } finally {
    await pool.close()
  }
})
