// The treaty rules in words: every title and reason a rule can give reads, in English, as the engine's own
// (less the numbers "Show the numbers" lists), and in Russian as a Russian sentence, so a verdict in Russian
// never falls back to English and never says another reason than the engine's.
import { beforeAll, describe, expect, it } from 'vitest'
import { evaluateTreaty, type Situation } from '../src/engine'
import { ruleReason, ruleTitle } from '../src/ui/words/rules'
import { i18n, loadCatalogs, t } from './catalogs'
import { fakeScenario } from './fakes'
import { REQUESTS } from './rule-requests'

const base = fakeScenario().facts
const ADVERSARIES = [
  { kind: 'internal', description: 'armed rioters' },
  { kind: 'outsider', description: 'militants from abroad' },
  { kind: 'outsider', actor: 'azerbaijan', description: 'Azerbaijan' },
  { kind: 'member', actor: 'kyrgyzstan', description: 'Kyrgyzstan' },
] as const
/**
 * Every situation the rules tell apart: both texts (the amended one before and after Moscow's statement of 7
 * October 2020 on Karabakh), members or not, each level of violence and evidence.
 */
function* situations(): Generator<Situation> {
  for (const [date, text] of [
    ['2010-04-07', '1992'],
    ['2016-04-02', 'amended'],
    ['2022-01-05', 'amended'],
  ] as const)
    for (const requesterIsMember of [true, false])
      for (const armedViolence of [0.1, 0.3, 0.7])
        for (const outsideEvidence of [0.1, 0.8])
          for (const territory of ['own', 'disputed', 'foreign'] as const)
            for (const adversary of ADVERSARIES)
              yield {
                date,
                text,
                requesterIsMember,
                facts: {
                  ...base,
                  territory,
                  adversary,
                  threat: { ...base.threat, armedViolence, outsideEvidence },
                },
              } as Situation
}

/** The engine's reason as a reader sees it: the model's numbers in brackets are listed apart. */
const withoutNumbers = (reason: string) =>
  reason.replace(/\s*\((?:[a-z ]+ )?\d+(?:\.\d+)?\)/g, '').replace(/\s+([:.,])/g, '$1')

beforeAll(loadCatalogs)

describe('the treaty rules in words', () => {
  it('say in English what the engine says, for every rule a verdict can give', () => {
    i18n.activate('en')
    const seen = new Set<string>()
    for (const situation of situations())
      for (const request of REQUESTS) {
        const verdict = evaluateTreaty(situation, request)
        for (const rule of verdict.rules) {
          expect(ruleTitle(rule, verdict.text, t)).toBe(rule.title)
          expect(ruleReason(rule, verdict.text, t)).toBe(withoutNumbers(rule.reason))
          seen.add(withoutNumbers(rule.reason))
        }
      }
    // Every reason the rules can give, each text's and each reading's: none of them left untried.
    expect(seen.size).toBe(32)
  })

  it('say every one of them in Russian', () => {
    i18n.activate('ru')
    for (const situation of situations())
      for (const request of REQUESTS) {
        const verdict = evaluateTreaty(situation, request)
        for (const rule of verdict.rules)
          for (const text of [ruleTitle(rule, verdict.text, t), ruleReason(rule, verdict.text, t)])
            expect(text).toMatch(/^[^A-Za-z]*[А-Яа-яЁё][^A-Za-z]*$/)
      }
  })
})
