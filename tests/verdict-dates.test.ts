// A verdict never knows its own future: nothing it cites, in the engine's English or in either language's words,
// tells of an event dated after the day the treaty is read (`treatyDay`). Checked two ways, over every bundled
// scenario and over any day: each cited clause's dates (its own, its example's) are on or before that day, and
// every date the words name (a year, a month, a day) could be on or before it.
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Situation, situationOf } from '../src/engine'
import type { Vote } from '../src/engine/decisions/types'
import { type Clause, clauseText } from '../src/engine/treaty/clauses'
import type { RuleResult } from '../src/engine/treaty/rule-types'
import { textInForce } from '../src/engine/treaty/text'
import { consensusResult, evaluateTreaty } from '../src/engine/treaty/verdict'
import type { ActorId } from '../src/scenario/types'
import { clauseWords } from '../src/ui/words/clauses'
import { ruleReason, ruleTitle } from '../src/ui/words/rules'
import { bundledScenario, bundledScenarios } from './bundled-scenarios'
import { i18n, loadCatalogs, t } from './catalogs'
import { fakeScenario } from './fakes'
import { REQUESTS } from './rule-requests'

beforeAll(loadCatalogs)

/** The Council's votes a consensus result can read: none, an objection, an abstention beside a consent. */
const COUNCILS: readonly (readonly Vote[])[] = [
  [],
  [{ actor: 'a' as ActorId, vote: { kind: 'object' } }],
  [
    { actor: 'a' as ActorId, vote: { kind: 'consent' } },
    { actor: 'b' as ActorId, vote: { kind: 'abstain' } },
  ],
]

const BASE = fakeScenario().facts

/** Every situation the rules tell apart, read on `date`: each territory, adversary, level of violence and evidence. */
function* situationsOn(date: string): Generator<Situation> {
  for (const territory of ['own', 'disputed', 'foreign'] as const)
    for (const adversary of [
      { kind: 'internal', description: 'armed rioters' },
      { kind: 'outsider', description: 'militants from abroad' },
      { kind: 'member', actor: 'kyrgyzstan', description: 'Kyrgyzstan' },
    ] as const)
      for (const armedViolence of [0.1, 0.3, 0.7])
        for (const outsideEvidence of [0.1, 0.8])
          yield {
            date,
            text: textInForce(date),
            requesterIsMember: true,
            facts: {
              ...BASE,
              territory,
              adversary,
              threat: { ...BASE.threat, armedViolence, outsideEvidence },
            },
          } as Situation
}

/** Every rule result a verdict read on this situation can give, the Council's included. */
function results(situation: Situation): RuleResult[] {
  const rules = REQUESTS.flatMap((request) => evaluateTreaty(situation, request).rules)
  const council = COUNCILS.map((votes) => consensusResult(votes, (a) => a.toUpperCase(), situation.date))
  return [...rules, ...council]
}

/** The words a reader of the verdict sees, in the engine's English and in the catalogs' English and Russian. */
function words(situation: Situation): string[] {
  const all = results(situation)
  const said: string[] = []
  for (const r of all) said.push(r.title, r.reason, ...r.clauses.flatMap((c) => [c.label, clauseText(c)]))
  for (const lang of ['en', 'ru']) {
    i18n.activate(lang)
    for (const r of all) {
      said.push(ruleTitle(r, situation.text, t), ruleReason(r, situation.text, t))
      for (const c of r.clauses) said.push(...Object.values(clauseWords(c, t)))
    }
  }
  return said
}

const MONTHS: readonly [RegExp, string][] = [
  [/^(january|январ)/, '01'],
  [/^(february|феврал)/, '02'],
  [/^(march|март)/, '03'],
  [/^(april|апрел)/, '04'],
  [/^(may|ма[йяе])$/, '05'],
  [/^(june|июн)/, '06'],
  [/^(july|июл)/, '07'],
  [/^(august|август)/, '08'],
  [/^(september|сентябр)/, '09'],
  [/^(october|октябр)/, '10'],
  [/^(november|ноябр)/, '11'],
  [/^(december|декабр)/, '12'],
]

/**
 * The scholarship the model rests on, cited by author and year of publication: when it was written, not an
 * event the verdict tells of. And the 1992 text's label, which names its last day to say which text it is (in
 * the glossary's fixed form, docs/glossary.md).
 */
const NOT_EVENTS =
  /(Freriks|Beliakova|Фрерикс|Белякова),? \d{4}|(in force until|действовала до) 18 (December|декабря) 2012/g

/** The earliest day each date the text names could be: "2024" from 1 January, "December 2024" from the 1st. */
function datesNamed(text: string): string[] {
  const named: string[] = []
  for (const m of text
    .replace(NOT_EVENTS, '')
    .matchAll(/(?:(\d{1,2}) )?(?:([A-Za-zА-Яа-яЁё]+) )?((?:19|20)\d{2})\b/g)) {
    const month = MONTHS.find(([re]) => re.test((m[2] ?? '').toLowerCase()))?.[1]
    const day = month && m[1] ? m[1].padStart(2, '0') : '01'
    named.push(`${m[3]}-${month ?? '01'}-${day}`)
  }
  return named
}

/** What the verdict on `situation` cites or names that is dated after its day. */
function future(situation: Situation): string[] {
  const late: string[] = []
  for (const c of results(situation).flatMap((r) => r.clauses as Clause[])) {
    if (c.since && c.since > situation.date) late.push(`${c.id} set ${c.since}`)
    if (c.example && c.example.since > situation.date) late.push(`${c.id}'s example of ${c.example.since}`)
  }
  for (const text of words(situation))
    for (const date of datesNamed(text)) if (date > situation.date) late.push(`${date}: ${text}`)
  return late
}

describe("a verdict's dates", () => {
  it('reads a date named in words as its earliest day', () => {
    expect(datesNamed('at the Yerevan summit of 23 November 2022 (Beliakova 2022)')).toEqual(['2022-11-23'])
    expect(datesNamed('Армения в декабре 2024 года; Белякова, 2022')).toEqual(['2024-12-01'])
    expect(datesNamed('since 2010, in May 2021')).toEqual(['2010-01-01', '2021-05-01'])
  })

  it('never cites or names an event after the day the treaty is read, in any bundled scenario', () => {
    for (const scenario of bundledScenarios())
      expect(future(situationOf(scenario)), `${scenario.id} read on ${situationOf(scenario).date}`).toEqual(
        [],
      )
  })

  it('gives the Council rule no example from later in the year of a January 2022 crisis', () => {
    const kazakhstan = bundledScenario('kazakhstan-2022')
    const text = words(situationOf(kazakhstan)).join(' ')
    expect(text).not.toMatch(/Yerevan summit|refrain from using our veto|Ереван|вето/)
    expect(text).toMatch(/One member that objects blocks a decision\./)
  })

  it('gives the examples once their events have happened', () => {
    const text = words(situationOf(fakeScenario({ dates: { start: '2025-03-01' } }))).join(' ')
    expect(text).toMatch(/Yerevan summit of 23 November 2022/)
    expect(text).toMatch(/we simply refrain from using our veto/)
    expect(text).toMatch(/«мы просто воздерживаемся от использования права вето»/)
  })

  it('never names a later date, on any day', () => {
    const day = fc
      .date({
        min: new Date('2005-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, (date) => {
        for (const situation of situationsOn(date)) expect(future(situation)).toEqual([])
      }),
      { numRuns: 25 },
    )
  })
})
