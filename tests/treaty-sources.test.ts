// The treaty's words say what their sources say, and no more: a clause adds nothing to the treaty's text unless
// it names whose reading it is, and the briefing and the verdict say that Article 4 stops at a member's own
// territory only as Moscow's reading of 7 October 2020, from that day on, and before it as the model's own.
import { beforeAll, describe, expect, it } from 'vitest'
import { evaluateTreaty, type Situation, textInForce } from '../src/engine'
import { CLAUSES } from '../src/engine/treaty/clauses'
import { article4AsOf } from '../src/ui/treaty-copy'
import { clauseWords } from '../src/ui/words/clauses'
import { ruleReason } from '../src/ui/words/rules'
import { i18n, loadCatalogs, t } from './catalogs'
import { fakeScenario } from './fakes'

beforeAll(loadCatalogs)

const LANGUAGES = ['en', 'ru'] as const

/** A clause's citation in each language: the engine's English, then the catalogs' English and Russian. */
function citations(clause: (typeof CLAUSES)[keyof typeof CLAUSES]): string[] {
  const said = [clause.citation]
  for (const lang of LANGUAGES) {
    i18n.activate(lang)
    said.push(clauseWords(clause, t).citation)
  }
  return said
}

const briefing = (day: string, lang: (typeof LANGUAGES)[number]): string => {
  i18n.activate(lang)
  return article4AsOf(day, t)
    .map((p) => `${p.title}. ${p.text}`)
    .join(' ')
}

/** The territory rule's reason for fighting on another state's land, asked on `day`: the engine's, then in words. */
function territoryReasons(day: string): { engine: string; en: string; ru: string } {
  const situation: Situation = {
    facts: { ...fakeScenario().facts, territory: 'foreign' },
    date: day,
    text: textInForce(day),
    requesterIsMember: true,
  }
  const verdict = evaluateTreaty(situation, 'hypothetical')
  const rule = verdict.rules.find((r) => r.rule === 'de-jure-territory')
  if (rule?.status !== 'fails') throw new Error(`the territory rule does not fail on ${day}`)
  const said = (lang: (typeof LANGUAGES)[number]) => {
    i18n.activate(lang)
    return ruleReason(rule, verdict.text, t)
  }
  return { engine: rule.reason, en: said('en'), ru: said('ru') }
}

describe("the treaty's words and their sources", () => {
  it("give Article 1 Beliakova's own point: the forces are not for conflicts between members", () => {
    const [engine, en, ru] = citations(CLAUSES.article1)
    for (const text of [engine, en])
      expect(text).toMatch(/forces cannot be used to manage conflicts between its members \(Beliakova 2022\)/)
    expect(ru).toMatch(/силы организации нельзя использовать для урегулирования конфликтов между её членами/)
    for (const text of [engine, en, ru])
      expect(text).not.toMatch(/third part|interfere|третьи стороны|вмешива/)
  })

  it('give Article 2 no limit on the help that the treaty does not set', () => {
    for (const clause of [CLAUSES.article2of1992, CLAUSES.article2])
      for (const text of citations(clause)) expect(text).not.toMatch(/troops|войск/)
  })

  it('give Article 2 in the words of the text in force: "stability" and help to the members only from 2012', () => {
    const labels = (clause: (typeof CLAUSES)[keyof typeof CLAUSES]) => [
      clause.label,
      ...LANGUAGES.map((lang) => {
        i18n.activate(lang)
        return clauseWords(clause, t).label
      }),
    ]
    const [engine1992, en1992, ru1992] = citations(CLAUSES.article2of1992)
    for (const text of [engine1992, en1992]) {
      expect(text).toMatch(
        /the security, territorial integrity and sovereignty of one or more members, or international peace and security/,
      )
      expect(text).toMatch(/take measures to remove the threat\.$/)
    }
    expect(ru1992).toMatch(
      /безопасность, территориальная целостность и суверенитет одного или нескольких участников либо международный мир/,
    )
    for (const text of [engine1992, en1992, ru1992]) expect(text).not.toMatch(/stability|стабильн|help|помощ/)
    const [engine, en, ru] = citations(CLAUSES.article2)
    for (const text of [engine, en]) {
      expect(text).toMatch(
        /the security, stability, territorial integrity and sovereignty of one or more members, or international peace and security/,
      )
      expect(text).toMatch(/measures to help those members remove the threat\.$/)
    }
    expect(ru).toMatch(
      /безопасность, стабильность, территориальная целостность и суверенитет[^.]*меры помощи этим участникам/,
    )
    const [label1992, en1992Label, ru1992Label] = labels(CLAUSES.article2of1992)
    for (const label of [label1992, en1992Label])
      expect(label).toMatch(/text of 1992, in force until 18 December 2012/)
    expect(ru1992Label).toMatch(/в редакции 1992 года, действовала до 18 декабря 2012 года/)
    const [label, enLabel, ruLabel] = labels(CLAUSES.article2)
    for (const text of [label, enLabel])
      expect(text).toMatch(/Protocol of 10 December 2010, in force from 19 December 2012/)
    expect(ruLabel).toMatch(/Протокола от 10 декабря 2010 года, действует с 19 декабря 2012 года/)
  })

  it("say that Article 4 stops at a member's own territory only as Moscow's reading, from 7 October 2020", () => {
    const borders = /own territory|beyond their borders|собственн\S* территори|за их границами/
    for (const day of ['2010-06-12', '2020-10-06']) {
      expect(briefing(day, 'en'), day).not.toMatch(borders)
      expect(briefing(day, 'ru'), day).not.toMatch(borders)
      expect(briefing(day, 'en'), day).toMatch(/a clash between two members falls outside Article 4\./)
    }
    for (const day of ['2020-10-07', '2022-01-05']) {
      expect(briefing(day, 'en'), day).toMatch(
        /In October 2020 Moscow said [^.]*: it would help only if Armenia’s own territory were attacked\./,
      )
      expect(briefing(day, 'ru'), day).toMatch(
        /В октябре 2020 года Москва заявила[^.]*собственная территория Армении/,
      )
    }
    // Nowhere is it said as the treaty's own words.
    for (const lang of LANGUAGES)
      expect(briefing('2022-01-05', lang)).not.toMatch(/Article 4 protects|статья 4 защищает/i)
  })

  it("give the territory rule's failure as the model's assumption before 7 October 2020, then as Moscow's reading", () => {
    const treatySays = /treaty protects|own territory is protected|договор защищает/i
    for (const day of ['2010-06-12', '2016-04-02', '2020-10-06']) {
      const { engine, en, ru } = territoryReasons(day)
      for (const text of [engine, en])
        expect(text, day).toMatch(
          /Article 4 speaks of aggression against a member state, and the model assumes that means an attack on the member's own territory: the treaty's text does not say so\.$/,
        )
      expect(ru, day).toMatch(
        /Статья 4 говорит об агрессии против государства-участника, и модель исходит из того/,
      )
      for (const text of [engine, en, ru])
        expect(text, day).not.toMatch(/Karabakh|Карабах|TASS|ТАСС|Moscow|Москва/)
    }
    for (const day of ['2020-10-07', '2022-01-05']) {
      const { engine, en, ru } = territoryReasons(day)
      for (const text of [engine, en])
        expect(text, day).toMatch(
          /On 7 October 2020 Moscow said its obligations "do not extend to Karabakh", de jure Azerbaijani land, and cover only Armenia's own territory \(TASS\); the model applies that reading to any such land\.$/,
        )
      expect(ru, day).toMatch(
        /7 октября 2020 года Москва заявила, что её обязательства «не распространяются на Карабах»[^.]*\(ТАСС\)/,
      )
    }
    for (const day of ['2010-06-12', '2016-04-02', '2020-10-06', '2020-10-07', '2022-01-05'])
      for (const text of Object.values(territoryReasons(day))) expect(text, day).not.toMatch(treatySays)
  })
})
