// A scenario with problems keeps its warnings: the loader gives both, so an author mends the file in one go
// rather than meeting the warnings only once the problems are gone.
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { loadScenario } from '../src/scenario'
import { fakeCatalog, fakeScenarioData } from './fakes'

const load = (data: Record<string, unknown>) =>
  loadScenario(stringify(fakeScenarioData(data as never)), 'crisis.yaml', fakeCatalog())
const codes = (list: readonly { path: string; code: string }[]) => list.map((p) => `${p.path} ${p.code}`)

/** A record of a request no one made, which the loader refuses, in a file that uses a force's former name. */
const HISTORY = {
  requested: false,
  response: 'large',
  china: 'silent',
  summary: 'No one asked.',
}

describe('a scenario with problems', () => {
  it('keeps the warnings of a file the schema accepted', () => {
    // "narnia" is no actor (a problem) and no member (a warning): both are told, each at the requester.
    const r = load({ requester: 'narnia' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(codes(r.problems)).toEqual(['requester unknown-actor'])
    expect(codes(r.warnings)).toEqual(['requester requester-outside'])
    expect(r.warnings[0]!.line).toBe(r.problems[0]!.line)
  })

  it('keeps the warnings of a record it refuses: a hypothetical with a history, a force by its former name', () => {
    const r = load({ history: HISTORY })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(codes(r.problems)).toEqual(['history.response response-unrequested'])
    expect(codes(r.warnings)).toEqual(['history history-of-hypothetical', 'history.response renamed-force'])
  })

  it('keeps the former force names of a file the schema refused', () => {
    const r = load({ history: HISTORY, place: { name: 'Almaty', lat: 'north', lon: 77 } })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(codes(r.problems)).toContain('place.lat expected-type')
    expect(codes(r.warnings)).toEqual(['history.response renamed-force'])
  })
})
