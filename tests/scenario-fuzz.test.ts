// Thousands of mutated files thrown at the loader: it never throws, never hangs, and always explains itself, in its
// problems and nowhere else.
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest'
import { stringify } from 'yaml'
import { type LoadResult, loadScenario, type Scenario } from '../src/scenario'
import { fakeCatalog, fakeScenarioData } from './fakes'

const valid = stringify(fakeScenarioData())
const lines = valid.split('\n')

const json = fc.jsonValue({ maxDepth: 4 })
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('delete-chars' as const),
    at: fc.nat(valid.length),
    n: fc.integer({ min: 1, max: 20 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(valid.length),
    text: fc.string({ maxLength: 12 }),
  }),
  fc.record({
    kind: fc.constant('insert-junk' as const),
    at: fc.nat(valid.length),
    text: fc.constantFrom(
      '[',
      '{',
      ']',
      ':',
      '&a',
      '*a',
      '!!binary',
      '\t',
      '- ',
      '"',
      '---\n',
      '__proto__: 1\n',
      '%YAML 1.1\n',
    ),
  }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat(lines.length - 1) }),
  fc.record({ kind: fc.constant('delete-line' as const), line: fc.nat(lines.length - 1) }),
  fc.record({ kind: fc.constant('replace-value' as const), line: fc.nat(lines.length - 1), value: json }),
  fc.record({
    kind: fc.constant('nest' as const),
    line: fc.nat(lines.length - 1),
    depth: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({
    kind: fc.constant('key' as const),
    line: fc.nat(lines.length - 1),
    key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'x', '', '?', 'facts'),
  }),
)

function mutate(text: string, m: MutationValue): string {
  const ls = text.split('\n')
  switch (m.kind) {
    case 'delete-chars':
      return text.slice(0, m.at) + text.slice(m.at + m.n)
    case 'insert':
    case 'insert-junk':
      return text.slice(0, m.at) + m.text + text.slice(m.at)
    case 'duplicate-line':
      ls.splice(m.line, 0, ls[m.line] ?? '')
      return ls.join('\n')
    case 'delete-line':
      ls.splice(m.line, 1)
      return ls.join('\n')
    case 'replace-value': {
      const l = ls[m.line] ?? ''
      const colon = l.indexOf(': ')
      ls[m.line] =
        colon >= 0 ? `${l.slice(0, colon + 2)}${JSON.stringify(m.value)}` : `${l} ${JSON.stringify(m.value)}`
      return ls.join('\n')
    }
    case 'nest': {
      const l = ls[m.line] ?? ''
      const colon = l.indexOf(': ')
      ls[m.line] = colon >= 0 ? `${l.slice(0, colon + 2)}${'['.repeat(m.depth)}1${']'.repeat(m.depth)}` : l
      return ls.join('\n')
    }
    case 'key': {
      const l = ls[m.line] ?? ''
      const indent = l.length - l.trimStart().length
      ls.splice(m.line, 0, `${' '.repeat(indent)}${m.key}: 1`)
      return ls.join('\n')
    }
  }
}
type MutationValue = typeof mutation extends fc.Arbitrary<infer T> ? T : never

function explainsItself(r: LoadResult<Scenario>): void {
  if (r.ok) return
  expect(r.problems.length).toBeGreaterThan(0)
  for (const p of r.problems) {
    expect(p.line).toBeGreaterThanOrEqual(1)
    expect(p.column).toBeGreaterThanOrEqual(1)
    expect(p.message.length).toBeGreaterThan(3)
    expect(p.file).toBe('fuzz.yaml')
  }
}

// Thousands of loads per property: a fixed amount of work, which a loaded two-core machine may take
// longer than vitest's default five seconds to do. Speed is the benchmark's business, not this file's.
describe('the loader under fuzzing', { timeout: 60_000 }, () => {
  // Nothing of the YAML parser's own reaches the console (under `npm run check`, a Node warning in its words):
  // what the author reads is the problems.
  let spoken: MockInstance[] = []
  beforeEach(() => {
    spoken = [vi.spyOn(process, 'emitWarning'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'error')]
  })
  afterEach(() => {
    const said = spoken.map((spy) => spy.mock.calls.map((call) => String(call[0])))
    for (const spy of spoken) spy.mockRestore()
    expect(said).toEqual([[], [], []])
  })

  it('never throws on mutated files and always says where the problems are', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
        const text = ms.reduce<string>((t, m) => mutate(t, m as MutationValue), valid)
        explainsItself(loadScenario(text, 'fuzz.yaml', fakeCatalog()))
      }),
      { numRuns: 3000 },
    )
  })

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) =>
        explainsItself(loadScenario(text, 'fuzz.yaml', fakeCatalog())),
      ),
      { numRuns: 2000 },
    )
  })

  it('never throws on arbitrary JSON-like data', () => {
    fc.assert(
      fc.property(json, (value) =>
        explainsItself(loadScenario(JSON.stringify(value) ?? 'null', 'fuzz.yaml', fakeCatalog())),
      ),
      { numRuns: 1000 },
    )
  })

  it('loads every valid variation of the facts', () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true })
    fc.assert(
      fc.property(share, share, share, share, share, share, (a, b, c, d, e, f) => {
        const data = fakeScenarioData({
          facts: {
            threat: { armedViolence: a, regimeThreat: b, outsideEvidence: c },
            moscow: { legitimacy: d, commitments: e },
            china: { stakes: f },
          },
        })
        expect(loadScenario(stringify(data), 'fuzz.yaml', fakeCatalog()).ok).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
