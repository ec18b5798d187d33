// The treaty is read on one day, the day of the scenario's first decision (else its start), and anything dated D is
// in force and citable on D and after: the text, the Charter's abstention, the precedents, and the briefing's words.
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { modelContext } from '../src/engine/outcomes/context'
import { play } from '../src/engine/play'
import { CLAUSES, citable } from '../src/engine/treaty/clauses'
import { ABSTENTION_FROM, inForceOn, situationOf, textInForce, treatyDay } from '../src/engine/treaty/text'
import { evaluateTreaty } from '../src/engine/treaty/verdict'
import { article4For } from '../src/ui/treaty-copy'
import { bundledScenarios } from './bundled-scenarios'
import { loadCatalogs, t } from './catalogs'
import { fakeScenario } from './fakes'

beforeAll(loadCatalogs)

const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

/** A crisis on foreign land, where the territory rule stands on Moscow's statement of 7 October 2020. */
const onForeignLand = (dates: { start: string; decision?: string; end?: string }) =>
  fakeScenario({ dates, facts: { territory: 'foreign' } })
const territoryClauses = (dates: { start: string; decision?: string; end?: string }): string[] =>
  evaluateTreaty(situationOf(onForeignLand(dates)), 'none')
    .rules.find((r) => r.rule === 'de-jure-territory')!
    .clauses.map((c) => c.id)

describe('one rule for dated things', () => {
  it('cites a precedent on its own day and after, never before', () => {
    fc.assert(
      fc.property(day, day, (since, date) => {
        const cited = citable([{ id: 'p', label: 'P', citation: 'P.', since }], date).length === 1
        return cited === since <= date && cited === inForceOn(since, date)
      }),
    )
  })

  it('switches the text and the Council options on their own first day', () => {
    expect(textInForce('2012-12-18')).toBe('1992')
    expect(textInForce('2012-12-19')).toBe('amended')
    const kinds = (dates: { start: string; decision?: string; end?: string }) =>
      modelContext(fakeScenario({ dates })).voteOptions.map((v) => v.kind)
    expect(kinds({ start: '2010-12-09' })).not.toContain('abstain')
    expect(kinds({ start: ABSTENTION_FROM })).toContain('abstain')
    expect(kinds({ start: '2010-12-08', decision: ABSTENTION_FROM, end: '2010-12-20' })).toContain('abstain')
  })
})

describe("the treaty's day", () => {
  it('is the decision day when the scenario gives one', () => {
    const s = onForeignLand({ start: '2012-12-17', decision: '2012-12-19', end: '2012-12-30' })
    expect(treatyDay(s.dates)).toBe('2012-12-19')
    expect(situationOf(s)).toMatchObject({ date: '2012-12-19', text: 'amended' })
  })

  it('is the start when the scenario gives no decision day', () => {
    const s = onForeignLand({ start: '2012-12-18' })
    expect(s.dates.decision).toBeUndefined()
    expect(situationOf(s)).toMatchObject({ date: '2012-12-18', text: '1992' })
    expect(territoryClauses({ start: '2020-10-06' })).not.toContain(CLAUSES.karabakh2020.id)
    expect(territoryClauses({ start: '2020-10-07' })).toContain(CLAUSES.karabakh2020.id)
  })

  it('cites a precedent dated on the decision day, and not when it is dated the day after the decision', () => {
    const since = CLAUSES.karabakh2020.since
    expect(territoryClauses({ start: '2020-09-27', decision: since, end: '2020-11-10' })).toContain(
      CLAUSES.karabakh2020.id,
    )
    const dayBefore = '2020-10-06'
    expect(since).toBe('2020-10-07')
    expect(territoryClauses({ start: '2020-09-27', decision: dayBefore, end: '2020-11-10' })).not.toContain(
      CLAUSES.karabakh2020.id,
    )
  })
})

describe('the bundled cases', () => {
  const scenarios = bundledScenarios()
  const byId = (id: string) => {
    const s = scenarios.find((x) => x.id === id)
    if (!s) throw new Error(`${id} is not bundled`)
    return s
  }

  it("cites Moscow's statement of 7 October in Armenia 2020's verdict, read on 9 October", () => {
    const armenia = byId('armenia-2020')
    expect(situationOf(armenia).date).toBe('2020-10-09')
    const result = play(armenia, { seed: 1 })
    if (result.status !== 'finished') throw new Error(`expected a finished game, got ${result.status}`)
    const territory = result.report.verdict.rules.find((r) => r.rule === 'de-jure-territory')
    expect(territory?.status).toBe('fails')
    expect(territory?.clauses.map((c) => c.id)).toContain(CLAUSES.karabakh2020.id)
  })

  it('gives the briefing the same reading as the verdict', () => {
    const said = (id: string) =>
      article4For(byId(id).dates, t)
        .map((p) => p.text)
        .join(' ')
    expect(said('armenia-2020')).toMatch(/do not extend to Karabakh/)
    // The crisis's own players never hear, on the day Tokayev asks, how the alliance took his framing.
    expect(said('kazakhstan-2022')).not.toMatch(/Kazakhstan met that reading/)
    for (const s of scenarios)
      expect(
        article4For(s.dates, t).some((p) => /aggression by any state or group of states/.test(p.text)),
        s.id,
      ).toBe(situationOf(s).text === '1992')
  })
})
