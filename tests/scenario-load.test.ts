import { describe, expect, it, vi } from 'vitest'
import { stringify } from 'yaml'
import { type ActorId, loadCatalog, loadScenario, type Problem, parseActorFile } from '../src/scenario'
import { fakeCatalog, fakeProfileText, fakeScenarioData } from './fakes'

const load = (text: string) => loadScenario(text, 'crisis.yaml', fakeCatalog())
const problemsOf = (text: string): readonly Problem[] => {
  const r = load(text)
  if (r.ok) throw new Error('expected problems, the file loaded')
  return r.problems
}
const yaml = (overrides = {}) => stringify(fakeScenarioData(overrides))
/** The 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1

describe('loading a scenario', () => {
  it('gives a typed, frozen scenario for a valid file', () => {
    const r = load(yaml())
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.facts.threat.regimeThreat).toBe(0.8)
    expect(Object.isFrozen(r.value.facts.threat)).toBe(true)
    expect(r.value.actors['russia' as ActorId]?.kind).toBe('leading-member')
  })

  it('accepts JSON as well as YAML', () => {
    expect(loadScenario(JSON.stringify(fakeScenarioData()), 'crisis.json', fakeCatalog()).ok).toBe(true)
  })

  it('points at broken YAML with its line and column', () => {
    const [p] = problemsOf('id: x\ntitle: [unclosed\nkind: historical\n')
    expect(p).toMatchObject({ file: 'crisis.yaml', line: 2, column: 8 })
    expect(p!.message).toBe('the [ that starts the value of "title" is never closed: end the list with ]')
  })

  it('says which field has the wrong type, where, and what it got', () => {
    const text = yaml().replace('regimeThreat: 0.8', 'regimeThreat: high')
    const [p] = problemsOf(text)
    expect(p).toMatchObject({ path: 'facts.threat.regimeThreat', line: lineOf(text, 'regimeThreat') })
    expect(p!.message).toBe('expected a number, got "high"')
  })

  it('names a missing field at its parent', () => {
    const data = fakeScenarioData()
    delete data.requester
    const text = stringify(data)
    expect(problemsOf(text)).toContainEqual(
      expect.objectContaining({ path: 'requester', message: 'missing field "requester"', line: 1 }),
    )
  })

  it('points at an unknown field by its key', () => {
    const text = yaml({ facts: { threat: { colour: 'orange' } } } as never)
    expect(problemsOf(text)).toContainEqual(
      expect.objectContaining({
        path: 'facts.threat.colour',
        message: 'unknown field "colour"',
        line: lineOf(text, 'colour:'),
      }),
    )
  })

  it('refuses a number out of range with the range in plain words', () => {
    const text = yaml({ facts: { moscow: { commitments: 1.5 } } })
    expect(problemsOf(text)).toContainEqual(
      expect.objectContaining({
        path: 'facts.moscow.commitments',
        message: 'expected a number from 0 to 1, got 1.5',
      }),
    )
  })

  it('lists the allowed values of a choice', () => {
    const [p] = problemsOf(yaml({ facts: { territory: 'ours' } } as never))
    expect(p!.message).toBe('expected one of "own", "disputed", "foreign", got "ours"')
  })

  it('refuses references to unknown actors and roles of actors not in the crisis', () => {
    const text = yaml({ members: ['russia', 'kazakhstan', 'narnia'] })
    expect(problemsOf(text)).toContainEqual(
      expect.objectContaining({
        path: 'members.2',
        line: lineOf(text, '- narnia'),
        message: expect.stringMatching(/unknown actor "narnia"/),
      }),
    )
    const roles = problemsOf(yaml({ members: ['russia', 'kazakhstan', 'belarus'] }))
    expect(roles).toContainEqual(
      expect.objectContaining({ path: 'roles.3.actor', message: expect.stringMatching(/plays no part/) }),
    )
  })

  it('refuses a day of decision outside the crisis, and an end before the start, at their fields', () => {
    const said = (dates: object) => {
      const r = load(yaml({ dates }))
      return r.ok ? [] : r.problems.map((p) => [p.path, p.message])
    }
    const outside = [['dates.decision', 'the decision date is not between the start and end dates']]
    expect(said({ start: '2030-01-02', end: '2030-01-19', decision: '2030-01-05' })).toEqual([])
    expect(said({ start: '2030-01-02', end: '2030-01-19', decision: '2030-01-02' })).toEqual([])
    expect(said({ start: '2030-01-02', end: '2030-01-19', decision: '2030-01-01' })).toEqual(outside)
    expect(said({ start: '2030-01-02', end: '2030-01-19', decision: '2030-01-20' })).toEqual(outside)
    // A crisis with no end yet: any day from its start.
    expect(said({ start: '2030-01-02', decision: '2031-06-01' })).toEqual([])
    expect(said({ start: '2030-01-05', end: '2030-01-02' })).toEqual([
      ['dates.end', 'the end date is before the start date'],
    ])
  })

  it('refuses duplicate ids', () => {
    const data = fakeScenarioData()
    const roles = data.roles as { id: string }[]
    roles[1]!.id = 'government'
    expect(problemsOf(stringify(data))).toContainEqual(
      expect.objectContaining({ path: 'roles.1.id', message: 'role id "government" is used twice' }),
    )
  })

  it('accepts a requester outside the alliance, listed among the observers, and says what that means', () => {
    const r = load(yaml({ requester: 'uzbekistan', observers: ['china', 'west', 'uzbekistan'] }))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.warnings).toContainEqual(
      expect.objectContaining({
        path: 'requester',
        message: expect.stringMatching(
          /"uzbekistan" is not one of the members: Article 4 protects members only/,
        ),
      }),
    )
  })

  it('refuses a requester the scenario does not name, and a member adversary that is not named', () => {
    const p = problemsOf(
      yaml({ requester: 'uzbekistan', facts: { adversary: { kind: 'member', description: 'x' } } }),
    )
    expect(p).toContainEqual(
      expect.objectContaining({
        path: 'requester',
        message: expect.stringMatching(/"uzbekistan" is in neither members nor observers/),
      }),
    )
    expect(p.map((x) => x.path)).toContain('facts.adversary.actor')
  })

  it('refuses a citation of a source that is not listed', () => {
    expect(problemsOf(yaml({ citations: { 'china.stakes': ['nowhere'] } }))).toContainEqual(
      expect.objectContaining({
        path: 'citations.china.stakes.0',
        message: 'no source with id "nowhere" in sources',
      }),
    )
  })

  it('refuses __proto__, constructor and prototype keys without touching any prototype', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = `${yaml()}\nfacts2:\n  ${key}:\n    polluted: true\n`
      const problems = problemsOf(text)
      expect(problems).toContainEqual(
        expect.objectContaining({ message: `"${key}" is not allowed as a field name` }),
      )
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('says in words that a placeholder in braces is not a field name, before yaml warns on the console', () => {
    const warnings = vi.spyOn(process, 'emitWarning')
    const text = `${yaml()}\nfacts2:\n  {{ actor }}: 0.5\n`
    const line = text.split('\n').indexOf('  {{ actor }}: 0.5') + 1
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({
        line,
        column: 3,
        path: 'facts2',
        code: 'collection-key',
        message:
          '"{{ actor }}" is written in brackets or braces, so YAML reads it as a list or a group of fields, not as a field\'s name: write the name as a plain word',
      }),
    ])
    expect(warnings).not.toHaveBeenCalled()
    warnings.mockRestore()
  })

  it('refuses a file over 1 MB before parsing it', () => {
    expect(problemsOf(`background: "${'x'.repeat(1_000_001)}"`)).toEqual([
      {
        file: 'crisis.yaml',
        line: 1,
        column: 1,
        path: '',
        code: 'too-large',
        params: { mb: 1 },
        message: 'the file is larger than 1 MB',
      },
    ])
  })

  it('refuses an alias bomb', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...Array.from({ length: 8 }, (_, i) => {
        const prev = i === 0 ? 'a' : `b${i - 1}`
        return `b${i}: &b${i} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`
      }),
    ].join('\n')
    expect(problemsOf(bomb)[0]!.message).toMatch(/aliases/)
  })

  it('refuses several YAML documents in one file', () => {
    expect(problemsOf(`${yaml()}---\n${yaml()}`)[0]!.message).toMatch(/several YAML documents/)
  })

  it('reports every mistake at once, in file order', () => {
    const text = yaml({
      title: '',
      facts: { moscow: { legitimacy: -1 }, china: { stakes: 'lots' } },
    } as never)
    const p = problemsOf(text)
    expect(p.length).toBeGreaterThanOrEqual(3)
    expect(p.map((x) => x.line)).toEqual([...p.map((x) => x.line)].sort((a, b) => a - b))
  })
})

describe('overrides', () => {
  it('apply to the named actor only, and record what changed and why', () => {
    const r = load(
      yaml({
        overrides: { kazakhstan: { interests: { sovereignty: 0.95 }, why: 'Trust in Moscow is low.' } },
      }),
    )
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const kz = r.value.actors['kazakhstan' as ActorId]!
    expect(kz.interests.sovereignty).toBe(0.95)
    expect(kz.interests.regimeStability).toBe(fakeCatalog().get(kz.id)!.interests.regimeStability)
    expect(kz.override).toMatchObject({ why: 'Trust in Moscow is low.', fields: ['interests.sovereignty'] })
    expect(kz.override?.standing.interests.sovereignty).toBe(fakeCatalog().get(kz.id)!.interests.sovereignty)
    expect(r.value.actors['russia' as ActorId]?.override).toBeUndefined()
  })

  it('must say why', () => {
    expect(
      problemsOf(yaml({ overrides: { kazakhstan: { interests: { sovereignty: 0.9 } } } } as never)),
    ).toContainEqual(
      expect.objectContaining({ path: 'overrides.kazakhstan.why', message: 'missing field "why"' }),
    )
  })
})

describe('the catalog', () => {
  it('refuses the same actor id twice, naming the first file', () => {
    const text =
      'id: russia\nname: R\nkind: leading-member\nsummary: s\ninterests: {regimeStability: 0, sovereignty: 0, russianInfluence: 0, allianceCredibility: 0, chinaSatisfaction: 0, westRelations: 0, escalationRisk: 0, militaryStrain: 0}\ntraits: {contingent: 1, externalOnlyReading: 0}\n'
    const r = loadCatalog([
      { name: 'a.yaml', text },
      { name: 'b.yaml', text },
    ])
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.problems).toEqual([
        {
          file: 'b.yaml',
          line: 1,
          column: 5,
          path: 'id',
          code: 'actor-defined-twice',
          params: { first: 'a.yaml', id: 'russia' },
          message: 'actor "russia" is already defined in a.yaml',
        },
      ])
  })
})

describe('messages for common slips', () => {
  it('suggest the field an unknown one was probably meant to be, and do not also call that field missing', () => {
    const text = stringify(fakeScenarioData()).replace('outsideEvidence:', 'outsideEvidense:')
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({
        path: 'facts.threat.outsideEvidense',
        message: 'unknown field "outsideEvidense" (did you mean "outsideEvidence"?)',
        line: lineOf(text, 'outsideEvidense:'),
      }),
    ])
  })

  it('report a misspelt field with a list of choices once, as the field it was meant to be', () => {
    const text = yaml().replace('kind: unrest', 'knd: unrest')
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({
        path: 'facts.threat.knd',
        message: 'unknown field "knd" (did you mean "kind"?)',
        line: lineOf(text, 'knd:'),
      }),
    ])
  })

  it('still call a field missing when the unknown field beside it is not a spelling of it', () => {
    const text = yaml().replace('outsideEvidence: 0.1', 'colour: 0.1')
    expect(problemsOf(text).map((p) => [p.path, p.message])).toEqual([
      ['facts.threat.outsideEvidence', 'missing field "outsideEvidence"'],
      ['facts.threat.colour', 'unknown field "colour"'],
    ])
  })

  it('still call a field missing when its near spelling is in another group', () => {
    const data = fakeScenarioData({ facts: { moscow: { outsideEvidense: 0.1 } } } as never)
    delete (data.facts as { threat: Record<string, unknown> }).threat.outsideEvidence
    const problems = problemsOf(stringify(data)).map((p) => [p.path, p.message])
    expect(problems).toContainEqual(['facts.threat.outsideEvidence', 'missing field "outsideEvidence"'])
    expect(problems).toContainEqual(['facts.moscow.outsideEvidense', 'unknown field "outsideEvidense"'])
  })

  it('report a misspelt field of an actor profile once', () => {
    const r = parseActorFile(
      fakeProfileText('S.', 'R.').replace('name: Russia', 'nmae: Russia'),
      'russia.yaml',
    )
    expect(r.ok ? [] : r.problems.map((p) => [p.line, p.path, p.message])).toEqual([
      [2, 'nmae', 'unknown field "nmae" (did you mean "name"?)'],
    ])
  })

  it('report a tab in the indentation once, not with its echoes', () => {
    const text = stringify(fakeScenarioData()).replace('  kind: unrest', '\tkind: unrest')
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({ message: 'indent with spaces, not tabs', line: lineOf(text, '\tkind') }),
    ])
  })
})
