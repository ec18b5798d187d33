// What a valid scenario may say but probably does not mean: the loader warns, and still loads it.
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { loadScenario, type Problem } from '../src/scenario'
import { fakeCatalog, fakeScenarioData, type ScenarioInput } from './fakes'

function warningsOf(overrides: ScenarioInput): readonly Problem[] {
  const r = loadScenario(stringify(fakeScenarioData(overrides)), 'crisis.yaml', fakeCatalog())
  if (!r.ok) throw new Error(`expected a valid file: ${r.problems.map((p) => p.message).join('; ')}`)
  return r.warnings
}
const warned = (path: string, message: RegExp) =>
  expect.objectContaining({ path, message: expect.stringMatching(message) })

describe('scenario warnings', () => {
  it('none for a plain hypothetical', () => {
    expect(warningsOf({})).toEqual([])
  })

  it('a historical scenario without its history', () => {
    expect(warningsOf({ kind: 'historical' })).toEqual([
      warned('kind', /a historical scenario without "history"/),
    ])
  })

  it('an override in a historical scenario, at the overridden actor', () => {
    const w = warningsOf({
      kind: 'historical',
      overrides: { kazakhstan: { interests: { sovereignty: 0.9 }, why: 'Because.' } },
    } as never)
    expect(w).toContainEqual(
      warned('overrides.kazakhstan', /an override of "kazakhstan" in a historical scenario/),
    )
  })

  it('China as a partner of Russia fighting a member', () => {
    const w = warningsOf({
      observers: ['china', 'west', 'azerbaijan'],
      facts: { adversary: { kind: 'partner-of-russia', actor: 'china', description: 'PLA units' } },
    } as never)
    expect(w).toContainEqual(warned('facts.adversary.kind', /"china" is a neighbouring great power/))
  })

  it('an interstate war or a border clash against an internal adversary', () => {
    for (const kind of ['interstate-war', 'border-clash'] as const)
      expect(warningsOf({ facts: { threat: { kind } } })).toContainEqual(
        warned('facts.threat.kind', new RegExp(`"${kind}" against an internal adversary`)),
      )
  })

  it('fighting on foreign land with an internal adversary', () => {
    expect(warningsOf({ facts: { territory: 'foreign' } })).toContainEqual(
      warned('facts.territory', /another state's land/),
    )
  })

  it('a place far outside the region, and coordinates that look swapped', () => {
    expect(warningsOf({ place: { name: 'Alice Springs', lat: -23.7, lon: 133.9 } })).toContainEqual(
      warned('place.lat', /lat -23\.7, lon 133\.9 is far from the alliance's region/),
    )
    expect(warningsOf({ place: { name: 'Almaty', lat: 76.89, lon: 43.24 } })).toContainEqual(
      warned('place.lat', /look swapped/),
    )
  })
})
