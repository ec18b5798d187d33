// Who is fighting, in words, once a what-if switch or an inject changes the adversary without a description of its
// own. The old description spoke of someone else: Belarus 2020's switch to the West kept "protesters against the
// official election result".
import { describe, expect, it } from 'vitest'
import { withFacts } from '../src/engine'
import type { ActorId } from '../src/scenario'
import { inLanguage } from '../src/scenario/bundled-translations'
import { bundledScenario } from './bundled-scenarios'
import { fakeScenario } from './fakes'

describe('the adversary changed without a description', () => {
  it("names a state by its actor's name", () => {
    const belarus = bundledScenario('belarus-2020')
    const west = withFacts(belarus, [
      { fact: 'adversary', to: { kind: 'outsider', actor: 'west' as ActorId } },
    ])
    expect(west.facts.adversary).toEqual({
      kind: 'outsider',
      actor: 'west',
      description: 'The United States and the EU',
    })
    // In Russian, the name in Russian.
    const ru = inLanguage(belarus, 'ru')
    const westRu = withFacts(ru, [{ fact: 'adversary', to: { kind: 'outsider', actor: 'west' as ActorId } }])
    expect(westRu.facts.adversary.description).toBe(ru.actors['west' as ActorId]!.name)
    expect(westRu.facts.adversary.description).not.toBe('The United States and the EU')
  })

  it('gives a body that is no state plain words for its kind', () => {
    const crisis = fakeScenario()
    const abroad = withFacts(crisis, [{ fact: 'adversary', to: { kind: 'outsider' } }])
    expect(abroad.facts.adversary).toEqual({
      kind: 'outsider',
      description: 'Armed groups from abroad, not a state',
    })
    const azerbaijan = { kind: 'partner-of-russia', actor: 'azerbaijan' as ActorId } as const
    const home = withFacts(withFacts(crisis, [{ fact: 'adversary', to: azerbaijan }]), [
      { fact: 'adversary', to: { kind: 'internal' } },
    ])
    expect(home.facts.adversary).toEqual({
      kind: 'internal',
      description: 'Armed groups at home, not a state',
    })
  })

  it('keeps the words of the same adversary, and the words a change gives', () => {
    const crisis = fakeScenario()
    expect(
      withFacts(crisis, [{ fact: 'adversary', to: { kind: 'internal' } }]).facts.adversary.description,
    ).toBe('armed rioters')
    const told = withFacts(crisis, [
      { fact: 'adversary', to: { kind: 'outsider', description: 'Fighters from Afghanistan' } },
    ])
    expect(told.facts.adversary.description).toBe('Fighters from Afghanistan')
  })
})
