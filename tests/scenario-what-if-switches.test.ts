// A scenario's what-if switches (docs/authoring.md §3.5): a one-key map naming where the fighting is, the kind of
// crisis or the adversary, with the alternatives to offer beside the scenario's own value, checked with plain words.
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { loadScenario, type Problem } from '../src/scenario'
import { whatIfItems } from '../src/scenario/what-if-items'
import { PROBLEMS_RU } from '../src/scenario/wording/ru'
import { wordProblem } from '../src/scenario/wording/word-problem'
import { fakeCatalog, fakeScenarioData } from './fakes'

const load = (whatIf: unknown, more: Record<string, unknown> = {}) =>
  loadScenario(stringify({ ...fakeScenarioData(), whatIf, ...more }), 'crisis.yaml', fakeCatalog())
const problemsOf = (whatIf: unknown, more: Record<string, unknown> = {}): readonly Problem[] => {
  const r = load(whatIf, more)
  if (r.ok) throw new Error('expected problems, the file loaded')
  return r.problems
}
const said = (whatIf: unknown) => problemsOf(whatIf).map((p) => `${p.path}: ${p.message}`)

describe('a what-if switch in a scenario file', () => {
  it("loads beside the sliders, in order, with the scenario's own value first", () => {
    const r = load(
      [{ 'threat.kind': ['insurgency'] }, 'moscow.legitimacy', { adversary: [{ kind: 'outsider' }] }],
      {
        inert: { adversary: "An outside hand changes no one's decision here." },
      },
    )
    if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '))
    expect(whatIfItems(r.value, [])).toEqual([
      { kind: 'switch', fact: 'threat.kind', own: 'unrest', alternatives: ['insurgency'] },
      { kind: 'slider', fact: 'moscow.legitimacy' },
      { kind: 'switch', fact: 'adversary', own: { kind: 'internal' }, alternatives: [{ kind: 'outsider' }] },
    ])
  })

  it('names a misspelt fact, a value of no fact and a switch of two facts', () => {
    expect(said([{ territry: ['foreign'] }])).toEqual(['whatIf.0.territry: unknown field "territry"'])
    expect(said([{ territory: ['abroad'] }])).toEqual([
      'whatIf.0.territory.0: expected one of "own", "disputed", "foreign", got "abroad"',
    ])
    expect(said(['moscow.legitimcy'])[0]).toMatch(
      /^whatIf\.0: expected one of "threat\.armedViolence", .*got "moscow\.legitimcy"$/,
    )
    expect(said([{ territory: ['foreign'], 'threat.kind': ['insurgency'] }])).toEqual([
      'whatIf.0: expected one fact per switch: territory, threat.kind or adversary, got a group of fields',
    ])
  })

  it("refuses the scenario's own value, a value twice and a fact offered twice", () => {
    expect(said([{ territory: ['own'] }])).toEqual([
      `whatIf.0.territory.0: "own" is the scenario's own value, which the switch always offers: list only the others`,
    ])
    expect(said([{ territory: ['foreign', 'foreign'] }])).toEqual([
      'whatIf.0.territory.1: "foreign" is listed twice',
    ])
    expect(said([{ territory: ['foreign'] }, { territory: ['disputed'] }])).toEqual([
      'whatIf.1: "territory" is offered twice: list each fact once',
    ])
  })

  it('says in plain words that a switch with an empty list offers nothing, in English and Russian', () => {
    const [empty, ...rest] = problemsOf([{ territory: [] }, 'moscow.legitimacy'])
    expect(rest).toEqual([])
    expect(`${empty!.path}: ${empty!.message}`).toBe(
      `whatIf.0.territory: the switch on "territory" lists no value to offer beside the scenario's own: list at least one, or remove the switch`,
    )
    expect(wordProblem(PROBLEMS_RU, empty!)).toBe(
      'переключатель «territory» не предлагает ни одного значения, кроме собственного значения сценария: укажите хотя бы одно или уберите переключатель',
    )
    // A list of too many values is still told as a count.
    const many = problemsOf([{ adversary: Array.from({ length: 7 }, () => ({ kind: 'outsider' })) }])
    expect(many.map((p) => p.message)).toContain('expected at most 6 items, got a list of 7')
  })

  it("holds an adversary to the facts' own rules", () => {
    expect(said([{ adversary: [{ kind: 'partner-of-russia' }] }])).toEqual([
      'whatIf.0.adversary.0.actor: an adversary of kind "partner-of-russia" must name the state',
    ])
    expect(said([{ adversary: [{ kind: 'outsider', actor: 'atlantis' }] }])[0]).toMatch(
      /^whatIf\.0\.adversary\.0\.actor: unknown actor "atlantis"/,
    )
  })

  it('refuses a note on a fact that changes no decision where the page does not offer that fact', () => {
    const note = "Trust changes no one's decision here."
    expect(
      problemsOf(['moscow.legitimacy'], { inert: { territory: note } }).map((p) => `${p.path}: ${p.message}`),
    ).toEqual([
      'inert.territory: a note on "territory", which the what-if page does not offer: add the fact to whatIf, or remove the note',
    ])
    // A file that lists no what-if facts gets the page's default sliders, and may note one of those.
    expect(load([], { inert: { 'china.stakes': note } }).ok).toBe(true)
    expect(problemsOf([], { inert: { 'moscow.legitimacy': note } }).map((p) => p.path)).toEqual([
      'inert.moscow.legitimacy',
    ])
    expect(load([{ territory: ['foreign'] }], { inert: { territory: note } }).ok).toBe(true)
  })

  it('says the same in Russian', () => {
    const [twice] = problemsOf([{ territory: ['own'] }])
    expect(PROBLEMS_RU['what-if-as-it-was']({ value: 'own' })).toBe(
      '«own» — собственное значение сценария, переключатель предлагает его всегда: укажите только другие',
    )
    expect(twice!.code).toBe('what-if-as-it-was')
  })
})
