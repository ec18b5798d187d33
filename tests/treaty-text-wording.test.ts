// A verdict speaks in the words of the treaty text it reads. The 1992 text (in force until 18 December 2012)
// speaks of aggression "by any state or group of states"; "an armed attack threatening security, stability,
// territorial integrity and sovereignty" is the wording of the Protocol of 10 December 2010, in force from
// 19 December 2012. So a verdict under the 1992 text never uses the amended wording, in the engine's English or
// in either language's words, and one under the amended text does when the violence is serious.
import { beforeAll, describe, expect, it } from 'vitest'
import { type Situation, situationOf } from '../src/engine'
import { textInForce } from '../src/engine/treaty/text'
import { evaluateTreaty } from '../src/engine/treaty/verdict'
import { clauseWords } from '../src/ui/words/clauses'
import { ruleReason, ruleTitle } from '../src/ui/words/rules'
import { bundledScenarios } from './bundled-scenarios'
import { i18n, loadCatalogs, t } from './catalogs'
import { fakeScenario } from './fakes'
import { REQUESTS } from './rule-requests'

beforeAll(loadCatalogs)

const AMENDED_WORDING = /armed attack|stability|вооружённ\S* нападени|стабильност/i

/** A verdict's words on this situation, for every request: the engine's English, then the catalogs' en and ru. */
function words(situation: Situation): string[] {
  const said: string[] = []
  for (const request of REQUESTS) {
    const verdict = evaluateTreaty(situation, request)
    for (const r of verdict.rules) {
      said.push(r.title, r.reason, ...r.clauses.flatMap((c) => [c.label, c.citation]))
      for (const lang of ['en', 'ru']) {
        i18n.activate(lang)
        said.push(ruleTitle(r, verdict.text, t), ruleReason(r, verdict.text, t))
        for (const c of r.clauses) said.push(...Object.values(clauseWords(c, t)))
      }
    }
  }
  return said
}

const BASE = fakeScenario().facts
/** A situation read on `date`, at each level of armed violence the rules tell apart. */
const atEveryLevel = (date: string): Situation[] =>
  [0.1, 0.3, 0.7].map(
    (armedViolence) =>
      ({
        date,
        text: textInForce(date),
        requesterIsMember: true,
        facts: { ...BASE, threat: { ...BASE.threat, armedViolence } },
      }) as Situation,
  )

describe("a verdict's wording follows the text in force", () => {
  it('never uses the amended wording under the 1992 text, in any bundled scenario', () => {
    const under1992 = bundledScenarios().filter((s) => situationOf(s).text === '1992')
    expect(under1992.map((s) => s.id).sort()).toEqual(['kyrgyzstan-2010', 'kyrgyzstan-april-2010'])
    for (const s of under1992)
      for (const text of words(situationOf(s))) expect(text, s.id).not.toMatch(AMENDED_WORDING)
  })

  it('never uses it under the 1992 text at any level of violence, up to its last day', () => {
    for (const date of ['2005-03-24', '2010-06-12', '2012-12-18'])
      for (const situation of atEveryLevel(date))
        for (const text of words(situation)) expect(text, date).not.toMatch(AMENDED_WORDING)
  })

  it('uses it under the amended text, from its first day', () => {
    const [, , serious] = atEveryLevel('2012-12-19')
    if (!serious) throw new Error('no serious level')
    const armed = evaluateTreaty(serious, 'hypothetical').rules.find((r) => r.rule === 'armed-attack')
    expect(armed?.reason).toMatch(/threatens the member's security and stability/)
    i18n.activate('ru')
    expect(armed && ruleReason(armed, 'amended', t)).toMatch(/угрожает безопасности и стабильности/)
  })
})
