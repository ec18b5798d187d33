// What each what-if switch shows: every bundled scenario's switch, on each value it offers, played as the backtest
// plays (the engine in every role, temperature 0, game 1), with each move's margin over its rival and the treaty's
// rules that changed status from the scenario's own value. docs/model.md carries the table and must match it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type FactChange, formatDecision, play, withFacts } from '../src/engine'
import { firmnessOf } from '../src/engine/decisions/margin'
import type { Verdict } from '../src/engine/treaty/verdict'
import type { Scenario } from '../src/scenario'
import { type FactSwitch, switchKey, whatIfItems } from '../src/scenario/what-if-items'
import { bundledScenarios } from './bundled-scenarios'
import { firmnessText } from './move-firmness'

const scenarios = bundledScenarios()

/** The game the backtest plays: the engine in every role, at temperature 0, game 1. */
function finished(s: Scenario) {
  const result = play(s, { seed: 1, runs: 100 })
  if (result.status !== 'finished') throw new Error(`${s.id}: the engine did not finish`)
  return result
}

/**
 * Each rule whose status differs between two verdicts, as "rule from → to", and the verdicts' statuses where any does.
 * Only the Council's consensus can be missing from a verdict: no force was put to the vote.
 */
function changedRules(own: Verdict, other: Verdict): string {
  const status = (v: Verdict, rule: string) => v.rules.find((r) => r.rule === rule)?.status ?? '(no vote)'
  const rules = [...new Set([...own.rules, ...other.rules].map((r) => r.rule))]
  const changed = rules
    .filter((rule) => status(own, rule) !== status(other, rule))
    .map((rule) => `${rule} ${status(own, rule)} → ${status(other, rule)}`)
  if (changed.length === 0) return 'none'
  return `${changed.join('; ')} (verdict ${own.status} → ${other.status})`
}

/** One row per value the switch offers, the scenario's own first: the rows docs/model.md must carry, in order. */
function switchRows(s: Scenario, item: FactSwitch): string[] {
  const own = finished(s).report.verdict
  return [item.own, ...item.alternatives].map((value, i) => {
    const { moves, report } = finished(withFacts(s, [{ fact: item.fact, to: value } as FactChange]))
    const game = moves.map((m) => formatDecision(m.decision)).join(', ')
    const margins = moves.map((m) => firmnessText(firmnessOf(m))).join(', ')
    const fact = `${item.fact}: ${switchKey(value)}${i === 0 ? ' (as it was)' : ''}`
    return `| ${s.id} | ${fact} | ${game} | ${margins} | ${i === 0 ? '–' : changedRules(own, report.verdict)} |`
  })
}

const switches = scenarios.flatMap((s) =>
  whatIfItems(s, []).flatMap((item) => (item.kind === 'switch' ? [[s, item] as const] : [])),
)

describe('the switches in docs/model.md', () => {
  it('every bundled scenario offers a switch', () => {
    expect(scenarios.filter((s) => !switches.some(([x]) => x === s)).map((s) => s.id)).toEqual([])
  })

  it('lists every switch value, its game, its margins and the rules it changed, and nothing else', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', 'docs', 'model.md'), 'utf8')
    const table = doc.slice(doc.indexOf('<!-- switches:start -->'), doc.indexOf('<!-- switches:end -->'))
    expect(table.startsWith('<!-- switches:start -->')).toBe(true)
    const rows = table
      .split('\n')
      .filter(
        (line) => line.startsWith('| ') && !line.startsWith('| scenario ') && !line.startsWith('| --- '),
      )
    const expected = switches.flatMap(([s, item]) => switchRows(s, item))
    expect(rows, `docs/model.md's switch table should read\n${expected.join('\n')}`).toEqual(expected)
  })
})
