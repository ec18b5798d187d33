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
    expect(codes(r.warnings)).toEqual(['history history-of-hypothetical', 'history.response renamed-force'])
  })
})

/** The warnings of a file whose `id` the schema refuses, a field no warning reads; fails if the file loads. */
function refused(data: Record<string, unknown>): string[] {
  const r = load({ id: 'Not An Id', ...data })
  if (r.ok) throw new Error('the file loaded')
  expect(codes(r.problems)).toContain('id expected-words')
  return codes(r.warnings)
}

/** A record that asked, without saying how, and so warns (request-unframed). */
const UNFRAMED = { requested: true, response: 'refused', china: 'silent', summary: 'It asked; no one came.' }

describe('a file the schema refused is warned about each field that passed', () => {
  it('a historical scenario without its history', () => {
    expect(refused({ kind: 'historical' })).toEqual(['kind historical-without-history'])
  })

  it('an override in a historical scenario', () => {
    expect(
      refused({ kind: 'historical', history: UNFRAMED, overrides: { kazakhstan: { why: 'Because.' } } }),
    ).toEqual(['history.requested request-unframed', 'overrides.kazakhstan historical-override'])
  })

  it('an adversary that does not fit the threat', () => {
    expect(refused({ facts: { threat: { kind: 'interstate-war' } } })).toEqual([
      'facts.threat.kind internal-war',
    ])
  })

  it('a place far outside the region', () => {
    expect(refused({ place: { name: 'Cape Town', lat: -33.9, lon: 18.4 } })).toEqual(['place.lat place-far'])
  })

  it('a requester outside the alliance', () => {
    expect(refused({ requester: 'azerbaijan' })).toEqual(['requester requester-outside'])
  })

  it("the record's own warnings", () => {
    expect(refused({ kind: 'historical', history: UNFRAMED })).toEqual(['history.requested request-unframed'])
  })

  it('a year after the start in a text read before the debrief', () => {
    expect(refused({ background: 'It flared up again in 2031.' })).toEqual(['background year-after-start'])
  })
})

describe('no warning is given from a field the schema refused', () => {
  it('not that history is missing, when the kind or the history is refused', () => {
    expect(refused({ kind: 'historic' })).toEqual([])
    expect(refused({ kind: 'historical', history: { ...UNFRAMED, china: 'loud' } })).toEqual([])
  })

  it('not of an override, when the overrides are refused; the rest of the record still warns', () => {
    const overrides = { kazakhstan: { why: 'Because.', mood: 1 } }
    expect(refused({ kind: 'historical', history: UNFRAMED, overrides })).toEqual([
      'history.requested request-unframed',
    ])
  })

  it('not of the adversary, when the facts are refused', () => {
    expect(refused({ facts: { threat: { kind: 'interstate-war', armedViolence: 2 } } })).toEqual([])
  })

  it('not of the place, when the place is refused', () => {
    expect(refused({ place: { name: 'Cape Town', lat: -33.9, lon: 'east' } })).toEqual([])
  })

  it('not of the requester, when the members or the requester are refused', () => {
    expect(refused({ requester: 'azerbaijan', members: ['russia', 'Kazakhstan'] })).toEqual([])
    expect(refused({ requester: 'Azerbaijan' })).toEqual([])
  })

  it('not of the record, when a field it is held against is refused', () => {
    expect(refused({ kind: 'historical', history: UNFRAMED, requester: 'Kazakhstan' })).toEqual([])
  })

  it('not of a later year, when the dates are refused', () => {
    expect(refused({ background: 'It flared up again in 2031.', dates: { start: 'soon' } })).toEqual([])
  })
})
