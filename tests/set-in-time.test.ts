// A scenario shows what was known when it starts: actors' records before that day, and warnings for later years.
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { type ActorId, loadCatalog, loadScenario, recordAsOf, yearsAfter } from '../src/scenario'
import { fakeCatalog, fakeProfileText, fakeScenarioData } from './fakes'

describe('recordAsOf', () => {
  const record = [
    { date: '2022-01-06', text: 'c' },
    { date: '2010-06-12', text: 'a' },
    { date: '2020-11-10', text: 'b' },
  ]

  it('keeps the entries dated before the day, oldest first', () => {
    expect(recordAsOf(record, '2020-11-11').map((e) => e.text)).toEqual(['a', 'b'])
    expect(recordAsOf(record, '2010-06-11')).toEqual([])
  })

  // A crisis's first day is the crisis itself: an entry dated then (Armenia invoking Article 4 on 13 September
  // 2022, and what the alliance sent) would tell the player the outcome before the first decision.
  it('leaves out what happened on the day itself', () => {
    expect(recordAsOf(record, '2020-11-10').map((e) => e.text)).toEqual(['a'])
    expect(recordAsOf(record, '2010-06-12')).toEqual([])
  })
})

describe('yearsAfter', () => {
  it('finds the years after the start year, and not the start year or earlier', () => {
    expect(
      yearsAfter('In 2010, after 1992 and before 2012 and 2022.', '2010-06-10').map((y) => y.year),
    ).toEqual([2012, 2022])
  })

  it('ignores citation markers, decades and numbers with separators', () => {
    expect(
      yearsAfter('Said so [beliakova-2022] in the 2020s; 2,030 troops; 12030 more.', '2010-01-01'),
    ).toEqual([])
  })
})

describe('loading a scenario in its time', () => {
  const catalogWithRecord = () => {
    const russia = [
      'id: russia',
      'name: Russia',
      'kind: leading-member',
      'summary: The alliance leader.',
      'record:',
      "  - {date: '2010-06-12', text: Refused Kyrgyzstan.}",
      "  - {date: '2022-01-06', text: Sent troops to Kazakhstan.}",
      'interests: {regimeStability: 0, sovereignty: 0, russianInfluence: 0, allianceCredibility: 0, chinaSatisfaction: 0, westRelations: 0, escalationRisk: 0, militaryStrain: 0}',
      'traits: {contingent: 100, externalOnlyReading: 0}',
    ].join('\n')
    const others = [...fakeCatalog().entries()].filter(([id]) => id !== 'russia')
    const r = loadCatalog([{ name: 'russia.yaml', text: russia }])
    if (!r.ok) throw new Error(JSON.stringify(r.problems))
    return new Map([...others, ...r.value])
  }

  it('gives each actor only the record dated before the start', () => {
    const at = (start: string) => {
      const r = loadScenario(stringify(fakeScenarioData({ dates: { start } })), 'c.yaml', catalogWithRecord())
      if (!r.ok) throw new Error(JSON.stringify(r.problems))
      return r.value.actors['russia' as ActorId]!.record.map((e) => e.text)
    }
    expect(at('2011-01-01')).toEqual(['Refused Kyrgyzstan.'])
    expect(at('2030-01-01')).toEqual(['Refused Kyrgyzstan.', 'Sent troops to Kazakhstan.'])
  })

  it('warns, at its line, when a player reads a year after the start before the debrief', () => {
    const text = stringify(
      fakeScenarioData({
        dates: { start: '2010-06-10' },
        background: 'Calm in 2010.\n\nThe alliance acted in Kazakhstan in 2022 [beliakova-2022].',
        sources: [{ id: 'beliakova-2022', title: 'A source', date: '2022' }],
      }),
    )
    const r = loadScenario(text, 'c.yaml', fakeCatalog())
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const line = text.split('\n').findIndex((l) => l.includes('acted in Kazakhstan in 2022')) + 1
    expect(r.warnings).toEqual([
      {
        file: 'c.yaml',
        line,
        column: text.split('\n')[line - 1]!.indexOf('2022') + 1,
        path: 'background',
        code: 'year-after-start',
        params: { start: '2010-06-10', year: 2022 },
        message:
          'names 2022, after the scenario starts (2010-06-10): before the debrief a player knows only what was known that day',
      },
    ])
  })

  it('lets the history and the questions speak of what came later', () => {
    const r = loadScenario(
      stringify(
        fakeScenarioData({
          kind: 'historical',
          dates: { start: '2010-06-10' },
          questions: ['Compare with 2022.'],
          history: {
            requested: false,
            response: 'no-request',
            china: 'silent',
            summary: 'In 2012 it changed.',
          },
        } as never),
      ),
      'c.yaml',
      fakeCatalog(),
    )
    expect(r.ok && r.warnings).toEqual([])
  })

  it('warns when a briefing, an inject or an override names a later year, in file order', () => {
    const r = loadScenario(
      stringify(
        fakeScenarioData({
          dates: { start: '2010-06-10' },
          roles: [
            {
              id: 'government',
              actor: 'kazakhstan',
              title: 'The government',
              briefing: 'You remember 2022.',
            },
            { id: 'russia', actor: 'russia', title: 'The Kremlin', briefing: 'You lead.' },
          ],
          injects: [{ id: 'x', title: 'News', text: 'A report from 2011.' }],
          overrides: { kazakhstan: { interests: { sovereignty: 0.9 }, why: 'As in 2024.' } },
        } as never),
      ),
      'c.yaml',
      fakeCatalog(),
    )
    expect(r.ok ? r.warnings.map((w) => w.path) : r.problems).toEqual([
      'roles.0.briefing',
      'injects.0.text',
      'overrides.kazakhstan.why',
    ])
  })

  it('refuses assumptions in a historical scenario, which states the record', () => {
    const r = loadScenario(
      stringify(fakeScenarioData({ kind: 'historical', assumptions: ['Russia is at war.'] })),
      'c.yaml',
      fakeCatalog(),
    )
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['assumptions'])
  })
})

describe('loading an actor profile', () => {
  const profile = (summary: string, record: string) => fakeProfileText(summary, record)

  it('warns when the timeless summary names a year, or a record entry a year after its own date', () => {
    const r = loadCatalog([
      { name: 'russia.yaml', text: profile('Since 2014 it leads.', 'Said no; in 2022 it said yes.') },
    ])
    expect(r.ok ? r.warnings.map((w) => [w.path, w.line, w.message.slice(0, 10)]) : r.problems).toEqual([
      ['summary', 4, 'names 2014'],
      ['record.0.text', 7, 'names 2022'],
    ])
  })

  it('does not warn about a record entry that names its own year or an earlier one', () => {
    const r = loadCatalog([
      { name: 'russia.yaml', text: profile('It leads.', 'Said in 2010 what it said in 1992.') },
    ])
    expect(r.ok && r.warnings).toEqual([])
  })
})
