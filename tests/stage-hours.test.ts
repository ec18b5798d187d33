// A scenario's `dates.hours`: the hour each stage comes, checked at the boundary like every field (the file, the
// line, the field, and plain words in English and Russian), and the game's own clock when a scenario gives none.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { checkTranslationFile, formatProblem, loadScenario, type Problem } from '../src/scenario'
import { DEFAULT_HOURS, givesHours, stageHours } from '../src/scenario/stage-hours'
import { PROBLEMS_RU } from '../src/scenario/wording/ru'
import { fakeCatalog, fakeScenarioData } from './fakes'

const yaml = (hours: object) =>
  stringify(fakeScenarioData({ dates: { start: '2030-01-02', decision: '2030-01-05', hours } }))
const load = (text: string) => loadScenario(text, 'crisis.yaml', fakeCatalog())
const problemsOf = (hours: object): { text: string; problems: readonly Problem[] } => {
  const text = yaml(hours)
  const r = load(text)
  return { text, problems: r.ok ? [] : r.problems }
}
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1
const russian = (p: Problem) => (PROBLEMS_RU[p.code] as (params: unknown) => string)(p.params)

describe("a scenario's hours of the stages", () => {
  it('accepts the record, every stage or only some, and keeps them on the scenario', () => {
    const all = { request: 21, response: 22, vote: 23, landing: 30, reaction: 60, exit: 156 }
    const r = load(yaml(all))
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([])
    if (!r.ok) return
    expect(stageHours(r.value)).toEqual(all)
    expect(givesHours(r.value)).toBe(true)
    // Only the stages the record dates: the others keep the game's clock.
    const some = load(yaml({ request: 5, vote: 19 }))
    expect(some.ok && stageHours(some.value)).toEqual({ ...DEFAULT_HOURS, request: 5, vote: 19 })
  })

  it("keeps the game's own clock for a scenario that gives no hours", () => {
    const r = load(stringify(fakeScenarioData()))
    expect(r.ok && stageHours(r.value)).toEqual({
      request: 9,
      response: 15,
      vote: 20,
      landing: 30,
      reaction: 36,
      exit: 202,
    })
    expect(r.ok && givesHours(r.value)).toBe(false)
  })

  it('refuses stages out of order, at the later stage, with its line and plain words', () => {
    const { text, problems } = problemsOf({ request: 21, response: 22, vote: 23, landing: 30, reaction: 29 })
    expect(problems).toHaveLength(1)
    const [p] = problems
    expect(p).toMatchObject({
      file: 'crisis.yaml',
      path: 'dates.hours.reaction',
      line: lineOf(text, 'reaction:'),
    })
    expect(p!.message).toBe(
      'the reaction at hour 29 does not come after the landing, at hour 30: the stages come in the order request, response, vote, landing, reaction, exit, each later than the one before',
    )
    expect(russian(p!)).toBe(
      'этап reaction в час 29 наступает не позже этапа landing (час 30): этапы идут в порядке request, response, vote, landing, reaction, exit, и каждый следующий позже предыдущего',
    )
  })

  it("points at the stage the scenario gives when the one it clashes with is the game's own", () => {
    // The response keeps 15:00; a request at 21:00 is after it, and the request is the field to mend.
    const { text, problems } = problemsOf({ request: 21 })
    expect(problems.map((p) => [p.path, p.line, p.message])).toEqual([
      [
        'dates.hours.request',
        lineOf(text, 'request:'),
        'the response at hour 15 does not come after the request, at hour 21: the stages come in the order request, response, vote, landing, reaction, exit, each later than the one before',
      ],
    ])
  })

  it("refuses a landing before the Council's last vote, the votes half an hour apart", () => {
    // Six members: at most five vote, from 23:00 to 01:00.
    const { problems } = problemsOf({ vote: 23, landing: 24.5 })
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      [
        'dates.hours.landing',
        "the landing at hour 24.5 comes before the Council's last vote, at hour 25: the votes come half an hour apart from the vote's hour, one for each member but the leading one, and the landing must come after them",
      ],
    ])
    expect(problemsOf({ vote: 23, landing: 25.5 }).problems).toEqual([])
  })

  it('refuses an hour out of range, with what it expects', () => {
    const late = problemsOf({ exit: 721 })
    expect(late.problems.map((p) => [p.path, p.line, p.message])).toEqual([
      ['dates.hours.exit', lineOf(late.text, 'exit:'), 'expected a number no more than 720, got 721'],
    ])
    const early = problemsOf({ request: -1 })
    expect(early.problems.map((p) => [p.path, p.message])).toEqual([
      ['dates.hours.request', 'expected a number no less than 0, got -1'],
    ])
    expect(problemsOf({ request: 'evening' }).problems.map((p) => [p.path, p.message])).toEqual([
      ['dates.hours.request', 'expected a number, got "evening"'],
    ])
  })

  it('refuses a stage the game does not have, and names the ones it does', () => {
    const { text, problems } = problemsOf({ request: 21, arrival: 30 })
    expect(problems.map((p) => [p.path, p.line, p.message])).toEqual([
      ['dates.hours.arrival', lineOf(text, 'arrival:'), expect.stringMatching(/^unknown field "arrival"/)],
    ])
  })
})

describe('the hours and translations', () => {
  const ROOT = join(import.meta.dirname, '..')
  const file = (name: string) => ({ name, text: readFileSync(join(ROOT, 'scenarios', name), 'utf8') })

  it('a translation of a scenario with hours neither needs nor may carry them', () => {
    const original = file('kazakhstan-2022.yaml')
    expect(original.text).toMatch(/^ {2}hours:$/m)
    const translation = file('kazakhstan-2022.ru.yaml')
    const r = checkTranslationFile('scenario', translation, original)
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([])
    const carrying = { ...translation, text: `${translation.text}dates:\n  hours:\n    request: 21\n` }
    const refused = checkTranslationFile('scenario', carrying, original)
    expect(refused.ok ? [] : refused.problems.map((p) => p.path)).toEqual(['dates'])
  })
})
