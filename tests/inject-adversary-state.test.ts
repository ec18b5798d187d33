// An inject that names the adversary's state (docs/authoring.md, injects). The state must be one the crisis names
// already: brought in by the inject alone, it was among the scenario's actors from the file's load, so it was in
// every game from the first move, long before any facilitator released the inject, and China, named so in a crisis
// it does not watch, reacted in each. A state listed in the crisis plays from the start, and stays what it was
// when the inject turns it into the enemy.
import { describe, expect, it } from 'vitest'
import { type FactChange, withFacts } from '../src/engine'
import { type ActorId, fingerprint, translateScenario } from '../src/scenario'
import { crisisProblems, engineGame, loadCrisis } from './fake-crisis-file'

const CHINA_ATTACKS = {
  id: 'china-attacks',
  title: 'Chinese troops cross the border',
  text: 'Beijing sends troops across the border.',
  changes: [{ fact: 'adversary', to: { kind: 'outsider', actor: 'china' } }],
}
// A crisis Beijing does not watch: China is in none of its lists.
const UNWATCHED = {
  observers: ['west'],
  roles: [{ id: 'government', actor: 'kazakhstan', title: 'The government', briefing: 'You govern.' }],
}

describe('an inject that names the adversary state', () => {
  it('names a state the crisis lists, or the file is refused', () => {
    // Loaded, China was an actor before the inject fired: it answered the alliance in the scenario's own game.
    expect(crisisProblems({ ...UNWATCHED, injects: [CHINA_ATTACKS] })).toEqual([
      'injects.0.changes.0.to.actor: "china" is not in the crisis before this inject: list it in observers, and it takes part in every game from the start',
    ])
    expect(
      crisisProblems({
        injects: [
          {
            ...CHINA_ATTACKS,
            id: 'turkey',
            changes: [{ fact: 'adversary', to: { kind: 'partner-of-russia', actor: 'turkey' } }],
          },
        ],
      }),
    ).toEqual([
      'injects.0.changes.0.to.actor: "turkey" is not in the crisis before this inject: list it in observers, and it takes part in every game from the start',
    ])
    // A member adversary that is no member is told once, as that.
    const member = { fact: 'adversary', to: { kind: 'member', actor: 'turkey' } }
    expect(crisisProblems({ injects: [{ ...CHINA_ATTACKS, changes: [member] }] })).toEqual([
      'injects.0.changes.0.to.actor: an adversary of kind "member" must name one of the members',
    ])
  })

  it('keeps a listed state as it was, before the inject and after it', () => {
    const plain = loadCrisis({ observers: ['china', 'west'] })
    const injected = loadCrisis({ observers: ['china', 'west'], injects: [CHINA_ATTACKS] })
    expect(Object.keys(injected.actors)).toEqual(Object.keys(plain.actors))
    expect(engineGame(injected)).toEqual(engineGame(plain))
    expect(engineGame(injected).some((m) => m.startsWith('china:'))).toBe(true)
    const released = withFacts(injected, injected.injects[0]!.changes as readonly FactChange[])
    expect(released.actors).toBe(injected.actors)
    expect(released.facts.adversary.actor).toBe('china' as ActorId)
  })
})

/** An inject that makes the enemy a body that is no state: militants from abroad, in the words the change gives. */
const MILITANTS = {
  id: 'militants',
  title: 'Militants cross the border',
  text: 'A group from abroad claims the attacks.',
  changes: [{ fact: 'adversary', to: { kind: 'outsider', description: 'Militants from across the border' } }],
}

describe('an inject that makes the adversary a body that is no state', () => {
  // Without words of its own, the engine gave English ones, which a live session in Russian showed as they were.
  it('says who is fighting, or the file is refused at the change', () => {
    const bare = (to: Record<string, unknown>) => ({
      injects: [{ ...MILITANTS, changes: [{ fact: 'adversary', to }] }],
    })
    const refused = [
      'injects.0.changes.0.to: say who is now fighting in "description": an adversary that is no state has no name to go by, and the old description spoke of someone else',
    ]
    expect(crisisProblems(bare({ kind: 'outsider' }))).toEqual(refused)
    expect(crisisProblems(bare({ kind: 'internal' }))).toEqual(refused)
    // A state goes by its name.
    expect(crisisProblems({ observers: ['china', 'west'], injects: [CHINA_ATTACKS] })).toEqual([])
    expect(crisisProblems({ injects: [MILITANTS] })).toEqual([])
  })

  it('is described in a Russian session by the words of its translation', () => {
    const scenario = loadCrisis({ injects: [MILITANTS] })
    const english = MILITANTS.changes[0]!.to.description
    const ru = translateScenario(
      scenario,
      {
        language: 'ru',
        entries: {
          'injects/militants/adversary': { of: fingerprint(english), text: 'Боевики из-за границы' },
        },
      },
      {},
    )
    const released = withFacts(ru, ru.injects[0]!.changes as readonly FactChange[])
    expect(released.facts.adversary).toEqual({ kind: 'outsider', description: 'Боевики из-за границы' })
  })
})
