// The outcome model's terms in words: in English each reads as the engine names it (China weighing an indicator
// by its title, not its id), in Russian as Russian, and every term a played game lists has its words.
import { beforeAll, describe, expect, it } from 'vitest'
import { INDICATORS, play } from '../src/engine'
import { CONTRIBUTION_LABELS, type ContributionLabel } from '../src/engine/outcomes/labels'
import { contributionLabel } from '../src/ui/words/contributions'
import { bundledScenarios } from './bundled-scenarios'
import { i18n, loadCatalogs, t } from './catalogs'

beforeAll(loadCatalogs)

const EVERY: readonly ContributionLabel[] = [
  ...CONTRIBUTION_LABELS,
  ...INDICATORS.map((k): ContributionLabel => `as China weighs ${k}`),
]
const RUSSIAN = /^[^A-Za-z]*[А-Яа-яЁё][^A-Za-z]*$/

describe('the terms of the outcome model', () => {
  it('read in English as the engine names them, China weighing an indicator by its title', () => {
    i18n.activate('en')
    for (const label of CONTRIBUTION_LABELS) expect(contributionLabel(label, t)).toBe(label)
    expect(contributionLabel('as China weighs escalationRisk', t)).toBe(
      'as China weighs “Risk of casualties and escalation”',
    )
  })

  it('read in Russian, each its own words', () => {
    i18n.activate('ru')
    const said = EVERY.map((label) => contributionLabel(label, t))
    for (const [i, text] of said.entries()) expect(text, EVERY[i]).toMatch(RUSSIAN)
    expect(new Set(said).size).toBe(said.length)
  })

  it('name every term the engine lists in games of each bundled crisis', () => {
    i18n.activate('ru')
    let listed = 0
    for (const scenario of bundledScenarios()) {
      for (const seed of [1, 2, 3]) {
        const played = play(scenario, { seed })
        if (played.status !== 'finished') throw new Error(`${scenario.id} did not finish`)
        for (const k of INDICATORS)
          for (const c of played.report.outcomes[k].contributions) {
            listed++
            expect(contributionLabel(c.label, t), c.label).toMatch(RUSSIAN)
          }
      }
    }
    expect(listed).toBeGreaterThan(100)
  })
})
