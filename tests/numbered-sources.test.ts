// The one numbering of a crisis's sources: the scenario's own list as the debrief always numbered it, then the
// sources its actors' summaries cite and it does not list, then those their records cite, so a marker means the
// same entry on every page.
import { describe, expect, it } from 'vitest'
import type { ActorId, Scenario } from '../src/store'
import { numberedSources, sourcesCitedIn } from '../src/store/other-pages'
import { fakeScenario } from './ui-fakes'

const profileSource = { id: 'profile-2021', title: 'A profile of Kazakhstan' }
const withCitingActor = (): Scenario => {
  const base = fakeScenario()
  return fakeScenario({
    sources: [
      { id: 'treaty', title: 'The Collective Security Treaty' },
      { id: 'news-2022', title: 'Riots in Almaty' },
    ],
    actors: {
      ...base.actors,
      kazakhstan: {
        ...base.actors['kazakhstan' as ActorId]!,
        summary: 'Astana guards its independence [profile-2021; news-2022].',
        sources: [
          { id: 'news-2022', title: 'Riots in Almaty' },
          profileSource,
          { id: 'unused', title: 'Unused' },
        ],
      },
    } as Scenario['actors'],
  })
}

describe('the numbered sources of a crisis', () => {
  it("keep the scenario's own sources first, in their order, and add what an actor's summary cites", () => {
    expect(numberedSources(withCitingActor()).map((s) => s.id)).toEqual([
      'treaty',
      'news-2022',
      'profile-2021',
    ])
  })

  it("leave out a profile's sources its summary does not cite", () => {
    expect(numberedSources(withCitingActor()).map((s) => s.id)).not.toContain('unused')
  })

  it("number what an actor's record cites after every summary's sources, so no summary's number moves", () => {
    const base = withCitingActor()
    const russia = base.actors['russia' as ActorId]!
    const scenario = fakeScenario({
      ...base,
      actors: {
        ...base.actors,
        kazakhstan: {
          ...base.actors['kazakhstan' as ActorId]!,
          record: [{ date: '2020-01-01', text: 'Joined a treaty [unused].' }],
        },
        russia: {
          ...russia,
          summary: 'Moscow leads [moscow-2020].',
          sources: [{ id: 'moscow-2020', title: 'Moscow' }],
        },
      } as Scenario['actors'],
    })
    expect(numberedSources(scenario).map((s) => s.id)).toEqual([
      'treaty',
      'news-2022',
      // The summaries', in the order of the actors (Russia's profile comes first)…
      'moscow-2020',
      'profile-2021',
      // …then the record's.
      'unused',
    ])
  })

  it('give the entries a page cites with their numbers in the whole list', () => {
    const cited = sourcesCitedIn(numberedSources(withCitingActor()), ['Almaty burns [profile-2021].'])
    expect(cited).toEqual([{ n: 3, source: profileSource }])
  })
})
