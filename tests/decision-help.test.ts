// The help beside each option cites only precedents that came before the scenario's start: no later case,
// and never how the scenario's own crisis ended, before the debrief; and it reads in either language.
import { beforeAll, describe, expect, it } from 'vitest'
import { yearsAfter } from '../src/scenario'
import { DATED_HELP, decisionHelp } from '../src/ui/decision-help'
import { type HelpRead, helpAsOf, precedentsBefore } from '../src/ui/precedents'
import { article4AsOf } from '../src/ui/treaty-copy'
import { bundledScenarios } from './bundled-scenarios'
import { i18n, loadCatalogs, t } from './catalogs'

beforeAll(loadCatalogs)

const starts = bundledScenarios().map((s) => ({ id: s.id, start: s.dates.start }))
/** An option's help whole, as the form shows it: what it means, then its precedents. */
const whole = (help: HelpRead): string => [help.text, ...help.precedents].join(' ')
const texts = (help: ReturnType<typeof decisionHelp>): string[] =>
  Object.values(help).flatMap((table) => Object.values(table as Record<string, HelpRead>).map(whole))
const allHelp = Object.values(DATED_HELP).flatMap((table) =>
  Object.values(
    table as Record<string, { text: string; precedents?: readonly { date: string; text: string }[] }>,
  ),
)
const allPrecedents = allHelp.flatMap((h) => h.precedents ?? [])

describe('dated help', () => {
  const help = {
    text: 'Say no.',
    precedents: [
      { date: '2022-01-06', text: 'B.' },
      { date: '2010-06-12', text: 'A.' },
    ],
  }

  it('shows the precedents dated before the start, oldest first, and none from the start day on', () => {
    expect(helpAsOf(help, '2030-01-01')).toEqual({ text: 'Say no.', precedents: ['A.', 'B.'] })
    expect(helpAsOf(help, '2022-01-06')).toEqual({ text: 'Say no.', precedents: ['A.'] })
    expect(precedentsBefore(help, '2010-06-12')).toEqual([])
  })

  it('never names a year after the start of any bundled scenario', () => {
    expect(starts.length).toBeGreaterThan(0)
    for (const { id, start } of starts) {
      const later = texts(decisionHelp(start, t)).flatMap((t) =>
        yearsAfter(t, start).map((y) => `${y.year}: ${t}`),
      )
      expect(later, id).toEqual([])
    }
  })

  it('keeps each precedent to what was known on its own date', () => {
    expect(allPrecedents.length).toBeGreaterThan(0)
    for (const p of allPrecedents) expect(yearsAfter(t(p.text), p.date), p.text).toEqual([])
  })

  it('has every text in English and in Russian', () => {
    const ids = allHelp.flatMap((h) => [h.text, ...(h.precedents ?? []).map((p) => p.text)])
    expect(ids.length).toBeGreaterThan(50)
    for (const language of ['en', 'ru'] as const) {
      i18n.activate(language)
      for (const id of ids) {
        const text = t(id)
        expect(text, `${id} in ${language}`).not.toBe(id)
        if (language === 'ru') expect(text, id).toMatch(/^[^A-Za-z]*[А-Яа-яЁё][^A-Za-z]*$/)
      }
    }
    i18n.activate('en')
  })

  it('does not tell the Kremlin of 2010 how Osh ended, and tells the Kremlin of 2022 that it was refused', () => {
    const refusal = /refused Kyrgyzstan/
    expect(whole(decisionHelp('2010-06-10', t).response.refuse)).not.toMatch(refusal)
    expect(whole(decisionHelp('2022-01-02', t).response.refuse)).toMatch(refusal)
    expect(whole(decisionHelp('2022-01-02', t).ask.request)).not.toMatch(/Kazakhstan asked/)
  })
})

describe('the treaty in plain words, for the briefing', () => {
  const said = (start: string) => article4AsOf(start, t).map((p) => `${p.title}: ${p.text}`)

  it('gives the text in force on the start date: aggression by states in 1992, an armed attack and a request after 2012', () => {
    expect(said('2010-06-10').join(' ')).toMatch(/aggression by any state or group of states/)
    expect(said('2010-06-10').join(' ')).not.toMatch(/Only if the member asks/)
    expect(said('2022-01-02').join(' ')).toMatch(
      /Only if the member asks: At the request of the attacked member/,
    )
  })

  it('cites only the precedents that came before the start', () => {
    expect(said('2010-06-10').join(' ')).not.toMatch(/Medvedev|Karabakh|Kazakhstan/)
    expect(said('2020-09-27').join(' ')).toMatch(/Medvedev/)
    expect(said('2022-01-02').join(' ')).toMatch(/Karabakh/)
    expect(said('2022-01-02').join(' ')).not.toMatch(/Kazakhstan/)
    for (const { id, start } of starts)
      expect(
        said(start).flatMap((t) => yearsAfter(t, start)),
        id,
      ).toEqual([])
  })

  it('reads in Russian too, with the same text in force', () => {
    i18n.activate('ru')
    try {
      expect(said('2010-06-10').join(' ')).toMatch(/со стороны какого-либо государства или группы государств/)
      expect(said('2022-01-02').join(' ')).toMatch(/Только по просьбе участника/)
      for (const line of [...said('2010-06-10'), ...said('2022-01-02')])
        expect(line).toMatch(/^[^A-Za-z]*[А-Яа-яЁё][^A-Za-z]*$/)
    } finally {
      i18n.activate('en')
    }
  })

  it('tells of staying out of a decision only from the Charter amendments of 10 December 2010, in both languages', () => {
    const consensus = (start: string) =>
      said(start).find((line) => line.startsWith(t('treaty.consensus.title'))) ?? ''
    for (const language of ['en', 'ru'] as const) {
      i18n.activate(language)
      try {
        const optOut = language === 'en' ? /no interest in a matter/ : /незаинтересованности/
        const rule = language === 'en' ? /decides by consensus/ : /принимает решения консенсусом/
        const article2 = language === 'en' ? /Article 2 offers a weaker path/ : /Статья 2 предлагает/
        for (const start of ['2010-04-06', '2010-06-10', '2010-12-09']) {
          expect(consensus(start), `${start} in ${language}`).toMatch(rule)
          expect(consensus(start), `${start} in ${language}`).toMatch(article2)
          expect(said(start).join(' '), `${start} in ${language}`).not.toMatch(optOut)
        }
        for (const start of ['2010-12-10', '2022-01-02']) {
          expect(consensus(start), `${start} in ${language}`).toMatch(rule)
          expect(consensus(start), `${start} in ${language}`).toMatch(optOut)
          expect(consensus(start), `${start} in ${language}`).toMatch(article2)
        }
      } finally {
        i18n.activate('en')
      }
    }
    expect(consensus('2022-01-02')).toBe(
      'Everyone must agree: The Collective Security Council decides by consensus: one member’s objection stops a decision. ' +
        'Since December 2010 a member may declare it has no interest in a matter and stay out without blocking the others. ' +
        'Article 2 offers a weaker path — consultations when a member feels threatened, and then measures against the threat.',
    )
  })

  it("says the text is silent on the attacker's origin and that Medvedev read it narrowly, not that he agreed", () => {
    // The point after 2012 says the text does not require an attacker from abroad; the precedent beside it must not
    // read as Medvedev endorsing that silence ("read it that way"), since in 2010 he said the opposite.
    const silent = said('2022-01-02').find((line) => line.startsWith('From outside?')) ?? ''
    expect(silent).toMatch(/Medvedev read Article 4 as covering only an attack from outside/)
    expect(silent).toMatch(/not a member's internal unrest/)
    expect(silent).not.toMatch(/read it that way/)
    i18n.activate('ru')
    try {
      const russian = said('2022-01-02').find((line) => line.startsWith('Извне?')) ?? ''
      expect(russian).toMatch(/Медведев истолковал статью 4 как относящуюся только к нападению извне/)
      expect(russian).toMatch(/а не при внутренних беспорядках/)
      expect(russian).not.toMatch(/Так его и толковал/)
    } finally {
      i18n.activate('en')
    }
  })

  it("gives Moscow's own-territory reading as its statement of October 2020, not as the treaty's text before it", () => {
    // Article 4 speaks of aggression against a member state and says nothing of where; that it covers only a
    // member's own land is the Kremlin's reading of 7 October 2020 (over Karabakh), a precedent from that day on.
    const framing = (start: string) => whole(decisionHelp(start, t).framing['external-attack'])
    expect(framing('2016-04-02')).toMatch(
      /open to doubt: the treaty speaks of aggression against a member state/,
    )
    expect(framing('2016-04-02')).not.toMatch(/Karabakh|Not on land/)
    expect(framing('2022-09-13')).toMatch(/“do not extend to Karabakh”/)
    i18n.activate('ru')
    try {
      expect(framing('2016-04-02')).toMatch(
        /это спорно: договор говорит об агрессии против государства-участника/,
      )
      expect(framing('2016-04-02')).not.toMatch(/Но не на земле/)
    } finally {
      i18n.activate('en')
    }
  })
})
