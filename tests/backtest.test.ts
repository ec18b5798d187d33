// The backtest: every historical scenario, the engine in every role, the standing catalog unchanged, against the record.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readScenario, scenarioPaths } from '../src/cli/scenario-files'
import { formatDecision, play, type Report } from '../src/engine'
import type { HistoricalRecord, Scenario } from '../src/scenario'

const scenarios = scenarioPaths().map((p) => {
  const loaded = readScenario(p)
  if (!loaded.ok) throw new Error(`${p} does not load: ${loaded.problems.map((x) => x.message).join('; ')}`)
  return loaded.scenario
})
const historical = scenarios.filter(
  (s): s is Scenario & { history: HistoricalRecord } => s.kind === 'historical' && !!s.history,
)

const modeled = (s: Scenario) => {
  const result = play(s, { seed: 1, runs: 100 })
  if (result.status !== 'finished') throw new Error(`${s.id}: the engine did not finish`)
  return result
}

/** What history calls the response, read off a modeled report. */
function responseOf(report: Report): HistoricalRecord['response'] {
  const { course, deployment } = report
  if (course.request?.kind !== 'request') return 'no-request'
  return deployment.kind === 'deployed' ? deployment.grant.force : 'refused'
}

/** The same scenario with everything but the facts and the actors stripped: the engine must not need them. */
function stripped(s: Scenario): Scenario {
  const { history: _history, ...rest } = s
  return {
    ...rest,
    id: 'x',
    title: 'x',
    summary: 'x',
    background: 'x',
    questions: [],
    roles: s.roles.map((r) => ({ ...r, title: 'x', briefing: 'x' })),
  }
}

describe('the backtest', () => {
  it('covers the four historical cases', () => {
    expect(historical.map((s) => s.id).sort()).toEqual(
      expect.arrayContaining([
        'armenia-2020',
        'kazakhstan-2022',
        'kyrgyzstan-2010',
        'kyrgyzstan-tajikistan-2021',
      ]),
    )
  })

  it.each(historical.map((s) => [s.id, s] as const))(
    '%s: the engine requests and responds as history did',
    (_id, s) => {
      const { report } = modeled(s)
      expect(report.course.request?.kind === 'request').toBe(s.history.requested)
      expect(responseOf(report)).toBe(s.history.response)
    },
  )

  it.each(historical.map((s) => [s.id, s] as const))(
    '%s: the same decisions with id, title, texts and history stripped',
    (_id, s) => {
      const decisions = (x: Scenario) =>
        modeled(x).moves.map((m) => `${m.actor}:${formatDecision(m.decision)}`)
      expect(decisions(stripped(s))).toEqual(decisions(s))
    },
  )

  it('Kazakhstan 2022: granted, a small mostly Russian contingent guarding strategic sites, gone within about two weeks', () => {
    const { report } = modeled(historical.find((s) => s.id === 'kazakhstan-2022')!)
    expect(report.deployment.kind).toBe('deployed')
    if (report.deployment.kind !== 'deployed') return
    expect(report.deployment.grant.force).toBe('symbolic')
    expect(report.deployment.grant.mission).toBe('guard-sites')
    expect(report.deployment.days).toBeLessThanOrEqual(21)
    expect(report.contingent!.leaderShare).toBeGreaterThan(0.6)
    expect(report.contingent!.troops).toBeLessThan(5000)
  })

  it('Kyrgyzstan 2010: asked, and refused', () => {
    const { report } = modeled(historical.find((s) => s.id === 'kyrgyzstan-2010')!)
    expect(report.course.request?.kind).toBe('request')
    expect(report.deployment).toMatchObject({ kind: 'none' })
  })

  it('Armenia 2020: not eligible, and no help', () => {
    const s = historical.find((x) => x.id === 'armenia-2020')!
    const { report } = modeled(s)
    expect(report.verdict.status).toBe('not-eligible')
    expect(report.verdict.rules.find((r) => r.rule === 'de-jure-territory')?.status).toBe('fails')
    expect(report.deployment.kind).toBe('none')
  })

  it('Kyrgyzstan–Tajikistan 2021: no intervention between two members', () => {
    const { report } = modeled(historical.find((s) => s.id === 'kyrgyzstan-tajikistan-2021')!)
    expect(report.verdict.rules.find((r) => r.rule === 'not-between-members')?.status).toBe('fails')
    expect(report.deployment.kind).toBe('none')
  })

  it('matches the table in docs/model.md', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', 'docs', 'model.md'), 'utf8')
    const table = doc.slice(doc.indexOf('<!-- backtest:start -->'), doc.indexOf('<!-- backtest:end -->'))
    for (const s of historical) {
      const { report, moves } = modeled(s)
      const china = moves.find((m) => m.stage === 'reaction')?.decision.kind ?? '—'
      const row = `| ${s.id} | ${report.course.request?.kind === 'request' ? formatDecision(report.course.request) : 'no request'} | ${responseOf(report)}${report.deployment.kind === 'deployed' ? `, ${report.deployment.grant.mission}, ${report.deployment.days} days` : ''} | ${china} |`
      expect(table, `docs/model.md should have the row\n${row}`).toContain(row)
    }
  })
})
