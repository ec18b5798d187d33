// What each actor cares about, as the cards of the briefing, every capital's page and the debrief list it: the
// weights the model decides with in this crisis, not the profile's standing ones, so a card never says an actor
// cares "a great deal" for what the model gives half its weight. A member's own independence is its profile's.
import { describe, expect, it } from 'vitest'
import type { ActorId, Scenario } from '../src/store'
import { concernsOf } from '../src/store/other-pages'
import { fakeScenario } from './ui-fakes'

const weightOf = (scenario: Scenario, actor: string, indicator: string) =>
  concernsOf(scenario.actors[actor as ActorId]!, scenario).find((c) => c.indicator === indicator)?.weight

describe('an actor’s concerns', () => {
  const scenario = fakeScenario()

  it('give Moscow’s weight on the requester’s hold on power as its view of that government’s legitimacy shapes it', () => {
    expect(weightOf(scenario, 'russia', 'regimeStability')).toBeCloseTo(0.6 * 0.9)
    const doubted = fakeScenario({
      facts: { ...scenario.facts, moscow: { ...scenario.facts.moscow, legitimacy: 0.5 } },
    })
    expect(weightOf(doubted, 'russia', 'regimeStability')).toBeCloseTo(0.3)
  })

  it('give China’s weight on that hold on power, and on Russia’s influence, as its stakes shape them', () => {
    expect(weightOf(scenario, 'china', 'regimeStability')).toBeCloseTo(0.7 * 0.8)
    expect(weightOf(scenario, 'china', 'russianInfluence')).toBeCloseTo(-0.3 * (0.5 + 0.5 * 0.8))
  })

  it('halve a fellow member’s weight on the requester’s hold on power, and keep its own independence whole', () => {
    expect(weightOf(scenario, 'armenia', 'regimeStability')).toBeCloseTo(0.4)
    expect(weightOf(scenario, 'armenia', 'sovereignty')).toBeCloseTo(0.4)
    // The requester's own weights are its profile's.
    expect(weightOf(scenario, 'kazakhstan', 'regimeStability')).toBeCloseTo(0.9)
    expect(weightOf(scenario, 'kazakhstan', 'sovereignty')).toBeCloseTo(0.6)
  })

  it('come most first, and leave out what is too small to matter', () => {
    const weights = concernsOf(scenario.actors['russia' as ActorId]!, scenario).map((c) => Math.abs(c.weight))
    expect(weights).toEqual([...weights].sort((a, b) => b - a))
    expect(Math.min(...weights)).toBeGreaterThanOrEqual(0.05)
    expect(concernsOf(scenario.actors['russia' as ActorId]!, scenario, 2)).toHaveLength(2)
  })
})
