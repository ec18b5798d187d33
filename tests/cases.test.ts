// The cases page sets every historical scenario beside the others: oldest first, each under the treaty text in
// force on its first day, with the engine's game set beside the record.
import { describe, expect, it } from 'vitest'
import { CASE_GAME, compareCases, compareWithHistory, play } from '../src/engine'
import type { Scenario } from '../src/scenario'
import { bundledScenarios } from './bundled-scenarios'
import { fakeScenario } from './fakes'

const bundled: readonly Scenario[] = bundledScenarios()

describe('compareCases', { timeout: 60_000 }, () => {
  const rows = compareCases(bundled)

  it('lists every historical scenario with a record, oldest first, and no hypothetical', () => {
    const historical = bundled.filter((s) => s.kind === 'historical' && s.history)
    expect(rows.map((r) => r.scenario.id).sort()).toEqual(historical.map((s) => s.id).sort())
    const starts = rows.map((r) => r.scenario.dates.start)
    expect(starts).toEqual([...starts].sort())
    expect(rows.some((r) => r.scenario.kind === 'hypothetical')).toBe(false)
  })

  it('reads each case under the text in force on its first day: 1992 before 19 December 2012, amended after', () => {
    for (const r of rows)
      expect(r.verdict.text).toBe(r.scenario.dates.start < '2012-12-19' ? '1992' : 'amended')
  })

  it("sets the engine's game on the shared game number beside the record", () => {
    for (const r of rows) {
      const result = play(r.scenario, { seed: CASE_GAME })
      if (result.status !== 'finished') throw new Error(`${r.scenario.id} did not finish`)
      expect(r.game).toEqual(compareWithHistory(r.scenario, result.report.course, result.report.contingent))
      expect(r.verdict).toEqual(result.report.verdict)
    }
  })

  it('leaves out a historical scenario without a record', () => {
    const bare = fakeScenario({ kind: 'historical', history: undefined } as never)
    expect(compareCases([bare])).toEqual([])
  })
})
