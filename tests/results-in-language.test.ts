// The results file in the facilitator's language: a Council vote names its voters and a table's injects by their
// titles (the column names never change), the historical record's prose has no citation keys, and a browser puts
// the English the workshop server sends into Russian with the bundled translation.
import { describe, expect, it } from 'vitest'
import { outcomeOf, type Results, resultsFileOf, resultsIn, resultsOf, withoutCitations } from '../src/live'
import { lookupsOf } from '../src/scenario/bundled-translations'
import { Driver } from './server-fakes'
import { submit } from './session-fakes'

/** One table that asked for peacekeepers, was granted them after an inject, and let the engine vote. */
function played(): Results {
  const d = new Driver({ format: { kind: 'parallel-whole' } })
  const south = d.join('South')
  d.facilitator({ kind: 'start' })
  expect(submit(d, south, 'request:foreign-backed:peacekeepers:14').ok).toBe(true)
  d.facilitator({ kind: 'advance' })
  d.facilitator({ kind: 'release', inject: 'masimov-arrested' })
  expect(submit(d, south, 'grant:peacekeepers:guard-sites:14').ok).toBe(true)
  d.facilitator({ kind: 'finish' })
  return resultsOf(d.session, d.now, outcomeOf)
}

/** The CSV's first data row, by column name (the BOM dropped; none of its cells is quoted). */
function firstRow(body: string): Record<string, string> {
  const [header, row] = body
    .slice(1)
    .split('\r\n')
    .map((line) => line.split(','))
  return Object.fromEntries(header!.map((column, i) => [column, row![i]!]))
}

const RUSSIAN = { injectRound: (title: string, round: number) => `${title} (раунд ${round})` }

describe('the results file, in the words a reader reads', () => {
  it('names the voters and the injects, not their ids, in English', () => {
    const row = firstRow(resultsFileOf(played(), 'csv').body)
    expect(row.vote).toBe('Belarus consent; Kyrgyzstan consent; Tajikistan consent; Armenia consent')
    expect(row.vote).not.toMatch(/belarus|kyrgyzstan/)
    expect(row.injects).toBe('The head of the security service is arrested for treason (round 2)')
  })

  it('writes them in Russian, put through the bundled translation, with the same column names', () => {
    const english = played()
    const russian = resultsFileOf(resultsIn(english, lookupsOf('kazakhstan-2022', 'ru')), 'csv', RUSSIAN)
    const englishFile = resultsFileOf(english, 'csv')
    expect(russian.body.split('\r\n')[0]).toBe(englishFile.body.split('\r\n')[0])
    expect(russian.filename).toBe(englishFile.filename)
    const row = firstRow(russian.body)
    expect(row.vote).toBe('Беларусь consent; Кыргызстан consent; Таджикистан consent; Армения consent')
    expect(row.injects).toBe('Глава службы безопасности арестован по обвинению в госизмене (раунд 2)')
    // Decisions stay in the notation a spreadsheet reads, whatever the language.
    expect(row.response).toBe('grant:peacekeepers:guard-sites:14')
  })

  it("keeps no citation key in the JSON's historical record, in either language", () => {
    const english = played()
    expect(english.history?.summary).toContain('[armradio-2022-deployed; freriks-2022]')
    for (const results of [english, resultsIn(english, lookupsOf('kazakhstan-2022', 'ru'))]) {
      const json = JSON.parse(resultsFileOf(results, 'json').body) as Results
      expect(json.history?.summary).not.toMatch(/\[[a-z][a-z0-9-]*(;\s*[a-z][a-z0-9-]*)*\]/)
      expect(json.history?.aftermath ?? '').not.toMatch(/\[[a-z][a-z0-9-]*(;\s*[a-z][a-z0-9-]*)*\]/)
    }
    const json = JSON.parse(resultsFileOf(english, 'json').body) as Results
    expect(json.history?.summary).toContain('the first deployment ever\nunder Article 4. The sources')
    expect(json.actors).toContainEqual({ id: 'belarus', name: 'Belarus' })
  })

  it('takes out citation markers and the space before them, and leaves other brackets and links', () => {
    expect(withoutCitations('About 2,500 troops [freriks-2022; beliakova-2022]; then [tass-2022].')).toBe(
      'About 2,500 troops; then.',
    )
    expect(withoutCitations('See [the report](https://example.org) and [Note 1].')).toBe(
      'See [the report](https://example.org) and [Note 1].',
    )
  })
})
