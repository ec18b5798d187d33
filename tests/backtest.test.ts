// The backtest: every historical scenario, the engine in every role, the standing catalog unchanged, set
// against the record move by move. Where the engine departs from it, docs/model.md must say so.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareWithHistory, formatDecision, play, RESTRAINT_TOLERANCE } from '../src/engine'
import type { HistoricalRecord, Scenario } from '../src/scenario'
import { bundledScenarios } from './bundled-scenarios'

const scenarios = bundledScenarios()
const historical = scenarios.filter(
  (s): s is Scenario & { history: HistoricalRecord } => s.kind === 'historical' && !!s.history,
)
const byId = (id: string) => historical.find((s) => s.id === id)!

const modeled = (s: Scenario) => {
  const result = play(s, { seed: 1, runs: 100 })
  if (result.status !== 'finished') throw new Error(`${s.id}: the engine did not finish`)
  return result
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

/** The engine's game in one line, and where it departs from the record: the row docs/model.md must carry. */
function backtestRow(s: Scenario): string {
  const { moves, report } = modeled(s)
  const game = moves.map((m) => formatDecision(m.decision)).join(', ')
  const departures = compareWithHistory(s, report.course, report.contingent)!.departures
  return `| ${s.id} | ${game} | ${departures.length > 0 ? departures.join(', ') : 'none'} |`
}

describe('the backtest', () => {
  it('covers the seven historical cases', () => {
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
    '%s: the same decisions with id, title, texts and history stripped',
    (_id, s) => {
      const decisions = (x: Scenario) =>
        modeled(x).moves.map((m) => `${m.actor}:${formatDecision(m.decision)}`)
      expect(decisions(stripped(s))).toEqual(decisions(s))
    },
  )

  it.each(historical.map((s) => [s.id, s] as const))(
    '%s: no engine decision rests on rounding: within the tolerance, the more restrained option',
    (_id, s) => {
      for (const m of modeled(s).moves) {
        const index = (d: typeof m.decision | undefined) => m.options.findIndex((o) => o.decision === d)
        if (Math.abs(m.margin) < RESTRAINT_TOLERANCE)
          expect(
            index(m.decision),
            `${m.actor} at the ${m.stage} stage (margin ${m.margin.toFixed(4)}): a tie goes to restraint`,
          ).toBeLessThan(index(m.against))
      }
    },
  )

  it("Kazakhstan 2022: a peacekeeping contingent within the sources' range, about three quarters Russian, guarding sites for two weeks", () => {
    const s = byId('kazakhstan-2022')
    const { report } = modeled(s)
    expect(report.deployment).toMatchObject({
      kind: 'deployed',
      channel: 'alliance',
      unit: 'peacekeepers',
      mission: 'guard-sites',
      days: 14,
    })
    expect(report.contingent!.troops).toBeGreaterThanOrEqual(s.history.troops!.low)
    expect(report.contingent!.troops).toBeLessThanOrEqual(s.history.troops!.high)
    // Beliakova's conservative estimate: about 1,850 of 2,500, "almost 75 percent".
    expect(report.contingent!.leaderShare).toBeGreaterThan(0.7)
    expect(report.contingent!.leaderShare).toBeLessThan(0.8)
  })

  it('Kazakhstan 2022: a member that stays out of the Council departs from the record, where every member took part', () => {
    const s = byId('kazakhstan-2022')
    const { report } = modeled(s)
    const council = (votes: typeof report.course.votes) =>
      compareWithHistory(s, { ...report.course, votes }, report.contingent)!.rows.find(
        (r) => r.aspect === 'council',
      )!
    expect(report.course.votes.every((v) => v.vote.kind === 'consent')).toBe(true)
    expect(council(report.course.votes).matches).toBe(true)
    const [first, ...rest] = report.course.votes
    const stayedOut = council([{ actor: first!.actor, vote: { kind: 'abstain' } }, ...rest])
    expect(stayedOut.matches).toBe(false)
    expect(stayedOut.game).toContain(`${first!.actor} stayed out`)
  })

  it('Kyrgyzstan, June 2010: Moscow itself says no to troops, before any vote in the Council', () => {
    const { report } = modeled(byId('kyrgyzstan-2010'))
    expect(report.course.request?.kind).toBe('request')
    expect(report.course.response?.kind).not.toBe('grant')
    expect(report.course.response?.kind).not.toBe('bilateral')
    expect(report.course.votes).toEqual([])
    expect(report.verdict.text).toBe('1992')
  })

  it('Armenia 2020: fighting on land that is de jure Azerbaijani is outside the treaty, and no troops go', () => {
    const { report } = modeled(byId('armenia-2020'))
    expect(report.verdict.rules.find((r) => r.rule === 'de-jure-territory')?.status).toBe('fails')
    expect(report.deployment.kind).not.toBe('deployed')
  })

  it('Kyrgyzstan–Tajikistan 2021: no troops in a conflict between two members', () => {
    const { report } = modeled(byId('kyrgyzstan-tajikistan-2021'))
    expect(report.verdict.rules.find((r) => r.rule === 'not-between-members')?.status).toBe('fails')
    expect(report.deployment.kind).not.toBe('deployed')
  })

  it('lists every historical game and its departures from the record in docs/model.md', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', 'docs', 'model.md'), 'utf8')
    const table = doc.slice(doc.indexOf('<!-- backtest:start -->'), doc.indexOf('<!-- backtest:end -->'))
    for (const s of historical) {
      const row = backtestRow(s)
      expect(table, `docs/model.md should have the row\n${row}`).toContain(row)
    }
  })
})
