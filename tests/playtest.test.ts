import { describe, expect, it } from 'vitest'
import { describeWarning, playtest } from '../src/engine'
import { INDICATORS } from '../src/scenario'
import { fakeScenario } from './fakes'

const kinds = (s: ReturnType<typeof fakeScenario>) => playtest(s).warnings.map((w) => w.kind)

describe('the play-test', () => {
  it('plays the scenario with the engine in every role', () => {
    const { result } = playtest(fakeScenario())
    expect(result.status).toBe('finished')
    expect(result.moves.every((m) => m.by === 'engine')).toBe(true)
  })

  it('has nothing to say about a well-formed crisis', () => {
    expect(playtest(fakeScenario()).warnings).toEqual([])
  })

  it('warns of a role that never decides', () => {
    const s = fakeScenario({
      facts: { adversary: { kind: 'member', actor: 'tajikistan', description: 'a fellow member' } },
      members: ['russia', 'belarus', 'kazakhstan', 'kyrgyzstan', 'tajikistan', 'armenia'],
    })
    const w = playtest(s).warnings.find((x) => x.kind === 'no-decision' && x.role === 'russia')
    expect(w).toBeDefined()
    expect(describeWarning(w!, s)).toMatch(/Role "russia" \(Russia\) never decides/)
  })

  it('warns of a role with no real choice', () => {
    const indifferent = Object.fromEntries(INDICATORS.map((k) => [k, 0]))
    const s = fakeScenario({
      overrides: { china: { interests: indifferent, why: 'A China that cares about nothing here.' } },
    })
    expect(playtest(s).warnings).toContainEqual({
      kind: 'no-real-choice',
      role: 'china',
      actor: 'china',
      stage: 'reaction',
    })
  })

  it('warns of an outcome that never varies', () => {
    // Without a great power next door, China's satisfaction has nothing to move it.
    const s = fakeScenario({
      observers: ['west'],
      roles: [{ id: 'government', actor: 'kazakhstan', title: 'The government', briefing: 'You govern.' }],
    })
    expect(kinds(s)).toContain('constant-outcome')
    const w = playtest(s).warnings.find((x) => x.kind === 'constant-outcome')!
    expect(describeWarning(w, s)).toMatch(/whatever anyone chooses/)
  })

  it('warns of an override that turns an actor against every interest it has', () => {
    const s = fakeScenario({
      // Every standing weight of Russia's with its sign flipped.
      overrides: {
        russia: {
          interests: {
            regimeStability: -0.6,
            sovereignty: 0.3,
            russianInfluence: -0.8,
            allianceCredibility: -0.4,
            chinaSatisfaction: -0.2,
            westRelations: 0.1,
            escalationRisk: 0.5,
            militaryStrain: 0.6,
          },
          why: 'A slip of the sign.',
        },
      },
    })
    const w = playtest(s).warnings.find((x) => x.kind === 'against-interests')
    expect(w).toMatchObject({ kind: 'against-interests', actor: 'russia', stage: 'response' })
    expect(describeWarning(w!, s)).toMatch(/worst option for the interests of its standing profile/)
  })

  it('does not warn of an override that only shifts an actor', () => {
    const s = fakeScenario({
      overrides: { kazakhstan: { interests: { sovereignty: 0.9 }, why: 'Trust in Moscow is low.' } },
    })
    expect(kinds(s)).not.toContain('against-interests')
  })

  it('warns of an override on an actor that never decides in the game', () => {
    const s = fakeScenario({
      overrides: { west: { interests: { westRelations: 1 }, why: 'A West that cares more.' } },
    })
    const w = playtest(s).warnings.find((x) => x.kind === 'override-without-decision')
    expect(w).toEqual({ kind: 'override-without-decision', actor: 'west' })
    expect(describeWarning(w!, s)).toMatch(
      /^The override of .* changes no decision when the engine plays everyone/,
    )
  })
})
