// The loader's messages as an instructor reads them: plain words for every limit, lists counted from one,
// and the usual causes (curly quotes, a lost letter) named.
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { formatPath, formatProblem, loadScenario, type Problem } from '../src/scenario'
import { PROBLEMS_RU } from '../src/scenario/wording/ru'
import { fakeCatalog, fakeScenarioData, type ScenarioInput } from './fakes'

const problemsOf = (text: string): readonly Problem[] => {
  const r = loadScenario(text, 'crisis.yaml', fakeCatalog())
  if (r.ok) throw new Error('expected problems, the file loaded')
  return r.problems
}
const yaml = (overrides: ScenarioInput = {}) => stringify(fakeScenarioData(overrides))
const messages = (text: string) => problemsOf(text).map((p) => p.message)

describe('limits in plain words', () => {
  const role = { id: 'r', actor: 'russia', title: 'T', briefing: 'B' }

  it('says how many items a list may have, naming the items', () => {
    const roles = Array.from({ length: 13 }, (_, i) => ({ ...role, id: `r${i}` }))
    expect(messages(yaml({ roles }))).toContain('expected at most 12 roles, got a list of 13')
    expect(messages(yaml({ roles: [] }))).toContain('expected at least one role, got an empty list')
    expect(messages(yaml({ members: ['russia'] }))).toContain('expected at least 2 members, got a list of 1')
  })

  it('says the bounds of a number without symbols', () => {
    expect(messages(yaml({ place: { lat: 100 } } as never))).toContain(
      'expected a number no more than 90, got 100',
    )
    expect(messages(yaml({ place: { lon: -1000 } } as never))).toContain(
      'expected a number no less than -180, got -1000',
    )
  })

  it('says what a missing choice could be', () => {
    const data = fakeScenarioData()
    delete (data.facts as Record<string, unknown>).territory
    expect(messages(stringify(data))).toContain(
      'missing field "territory": one of "own", "disputed", "foreign"',
    )
  })

  it("never shows zod's own wording", () => {
    const texts = [
      yaml({ roles: [] }),
      yaml({ title: 'x'.repeat(200) }),
      yaml({ place: { lat: 'north' } } as never),
      yaml({ sources: [{ id: 's', title: 'T', url: 'not a link' }] }),
      yaml({ overrides: { Russia: { why: 'x' } } } as never),
      yaml({ citations: { 'nowhere.fact': ['seed-002'] } } as never),
    ]
    for (const text of texts)
      for (const m of messages(text))
        expect(m).not.toMatch(/Too (big|small)|Invalid|[<>]=|expected (array|string|number) to/)
  })
})

describe('places counted from one', () => {
  it.each([
    ['roles.2.actor', 'role 3, actor'],
    ['members.6', 'member 7'],
    ['injects.0.changes.1.to', 'inject 1, change 2, to'],
    ['citations.china.stakes.0', 'citations.china.stakes, source 1'],
    ['sources.0.url', 'source 1, url'],
    ['facts.threat.regimeThreat', 'facts.threat.regimeThreat'],
    ['history.council.objected.1', 'history.council.objected, member 2'],
    ['', ''],
  ])('%s reads "%s"', (path, shown) => {
    expect(formatPath(path)).toBe(shown)
  })

  it('prints a role\'s problem as "role 4"', () => {
    const problems = problemsOf(yaml({ members: ['russia', 'kazakhstan', 'belarus'] }))
    const line = problems.map(formatProblem).find((l) => l.includes('plays no part'))
    expect(line).toMatch(/^crisis\.yaml:\d+:\d+ {2}role 4, actor {2}"armenia" plays no part here/)
  })
})

describe('the usual causes, named', () => {
  it('names curly quotes around a date as the cause', () => {
    const text = yaml().replace(/start: "?'?2030-01-01"?'?/, 'start: “2030-01-01”')
    const [p] = problemsOf(text)
    expect(p).toMatchObject({ path: 'dates.start' })
    expect(p!.message).toMatch(
      /^expected a date written YYYY-MM-DD, got "“2030-01-01”": the value is wrapped in curly quotes/,
    )
    expect(p!.message).toMatch(/straight quotes/)
  })

  it.each(['2027-02-30', '2027-13-45', '2026-02-29'])(
    'refuses %s, a date the calendar does not have, where it stands',
    (day) => {
      const text = yaml().replace(/start: "?'?2030-01-01"?'?/, `start: "${day}"`)
      const [p] = problemsOf(text)
      expect(p).toMatchObject({
        path: 'dates.start',
        line: text.split('\n').findIndex((l) => l.includes(day)) + 1,
      })
      expect(p!.message).toBe(`expected a day the calendar has, written YYYY-MM-DD, got "${day}"`)
    },
  )

  it('takes 29 February in a leap year', () => {
    const text = yaml().replace(/start: "?'?2030-01-01"?'?/, 'start: "2028-02-29"')
    expect(text).toContain('2028-02-29')
    expect(loadScenario(text, 'crisis.yaml', fakeCatalog()).ok).toBe(true)
  })

  it('names a Cyrillic letter in an id, which looks Latin on screen, as the cause', () => {
    const text = yaml().replace('requester: kazakhstan', 'requester: kazakhstаn')
    expect(messages(text)).toContainEqual(
      expect.stringMatching(/got "kazakhstаn": it has the Cyrillic letter "а", which looks like a Latin one/),
    )
  })

  // An instructor typing a source's date as a year, or a title that is a year, reads it as text; YAML reads a
  // number, and the message once said only "expected a text, got 2021", with nothing to act on.
  it('names missing quotes as the cause of a number or true/false where a text belongs', () => {
    const text = yaml({ title: 1917 as never })
    const [p] = problemsOf(text)
    expect(p).toMatchObject({ path: 'title' })
    expect(p!.message).toBe(
      'expected a text, got 1917: without quotes YAML does not read 1917 as a text; write it in quotes, "1917"',
    )
    expect(messages(yaml({ title: true as never }))).toContainEqual(
      'expected a text, got true: without quotes YAML does not read true as a text; write it in quotes, "true"',
    )
  })

  it('does not name quotes where a number was expected', () => {
    const text = yaml().replace(/regimeThreat: [0-9.]+/, 'regimeThreat: high')
    expect(messages(text)).toEqual(['expected a number, got "high"'])
  })

  it('names a character that shows nothing as the cause', () => {
    const text = yaml().replace('requester: kazakhstan', 'requester: kazakh\u200bstan')
    expect(messages(text)).toContainEqual(
      expect.stringMatching(/it has a character that shows nothing \(U\+200B\)/),
    )
  })

  // A field's name with such a letter once read 'unknown field "requ​ester" (did you mean "requester"?)': the
  // two names look the same on screen, and nothing said what differs.
  it('names a character that shows nothing, or a Cyrillic letter, in a field name as the cause', () => {
    const invisible = problemsOf(yaml().replace('requester: kazakhstan', 'requ\u200bester: kazakhstan'))
    expect(invisible.map((p) => p.message)).toEqual([
      'unknown field "requ\u200bester" (did you mean "requester"?): it has a character that shows nothing (U+200B), often pasted in with the text. Type the name again',
    ])
    expect(PROBLEMS_RU[invisible[0]!.code](invisible[0]!.params as never)).toBe(
      'неизвестное поле «requ\u200bester» (может быть, «requester»?): в нём символ, которого не видно (U+200B), — его часто вставляют вместе с текстом. Наберите имя заново',
    )
    expect(messages(yaml().replace('requester: kazakhstan', 'rеquester: kazakhstan'))).toEqual([
      'unknown field "rеquester" (did you mean "requester"?): it has the Cyrillic letter "е", which looks like a Latin one. Type it again with the keyboard set to English',
    ])
  })

  it('leaves the script of a text alone: a text may mix its letters', () => {
    const text = yaml({ title: 'x'.repeat(400).replace('xx', 'Бx') })
    expect(messages(text).join('\n')).not.toMatch(/Cyrillic/)
  })

  it('names curly quotes around a field name as the cause', () => {
    const text = yaml().replace('title: A test crisis', '“title”: A test crisis')
    expect(messages(text)).toContainEqual(
      expect.stringMatching(/^unknown field "“title”": the value is wrapped in curly quotes/),
    )
  })

  it('refuses a letter already lost to a wrong encoding, at its line and column', () => {
    const text = yaml().replace('Protests over fuel prices', 'Tajikistan\uFFFDs protests')
    const [p] = problemsOf(text)
    const line = text.split('\n').findIndex((l) => l.includes('\uFFFD')) + 1
    expect(p).toMatchObject({ line, column: text.split('\n')[line - 1]!.indexOf('\uFFFD') + 1 })
    expect(p!.message).toMatch(/a letter here was lost .* saved in another encoding than UTF-8/)
  })
})
