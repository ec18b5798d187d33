// Who sends what: a collective force is split among the members in whole soldiers that add up to it.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TROOPS } from '../src/engine'
import type { Unit } from '../src/engine/decisions/types'
import { contingentOf } from '../src/engine/outcomes/deployment'
import type { ActorId, Scenario } from '../src/scenario'
import { bundledScenarios } from './bundled-scenarios'

const scenarios = bundledScenarios()
const UNITS: readonly Unit[] = ['observers', 'peacekeepers', 'rapid-reaction']
const leaderOf = (s: Scenario) => s.members.find((m) => s.actors[m]!.kind === 'leading-member')!

/** The scenario with each member's contingent trait replaced, in the members' order. */
function withContingents(s: Scenario, sizes: readonly number[]): Scenario {
  const actors = { ...s.actors }
  s.members.forEach((m, i) => {
    const actor = actors[m]!
    actors[m] = { ...actor, traits: { ...actor.traits, contingent: sizes[i % sizes.length]! } }
  })
  return { ...s, actors }
}

describe('a collective force in whole soldiers', () => {
  it('adds up to the force when every member takes part, for every bundled scenario and unit', () => {
    for (const s of scenarios)
      for (const unit of UNITS) {
        const c = contingentOf(s, unit, leaderOf(s))
        expect(c.troops, `${s.id}, ${unit}`).toBe(TROOPS[unit])
        expect(c.shares.reduce((sum, x) => sum + x.troops, 0)).toBe(TROOPS[unit])
      }
  })

  it('gives each member its share within one soldier, whatever the contingents', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...scenarios),
        fc.constantFrom(...UNITS),
        fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 8 }),
        (base, unit, sizes) => {
          fc.pre(sizes.some((x) => x > 0))
          const s = withContingents(base, sizes)
          const c = contingentOf(s, unit, leaderOf(s))
          const contributors = s.members.filter((m) => m !== s.requester)
          const total = contributors.reduce((sum, m) => sum + s.actors[m]!.traits.contingent, 0)
          if (total === 0) return
          expect(c.troops).toBe(TROOPS[unit])
          for (const x of c.shares) {
            const exact = (s.actors[x.actor]!.traits.contingent / total) * TROOPS[unit]
            expect(Math.abs(x.troops - exact)).toBeLessThan(1)
          }
        },
      ),
    )
  })

  it('is smaller by exactly the soldiers of the members that stay out', () => {
    fc.assert(
      fc.property(fc.constantFrom(...scenarios), fc.constantFrom(...UNITS), fc.nat(), (s, unit, pick) => {
        const leader = leaderOf(s)
        const full = contingentOf(s, unit, leader)
        const others = full.shares.filter((x) => x.actor !== leader)
        const out = new Set<ActorId>(others.filter((_, i) => (pick >> i) & 1).map((x) => x.actor))
        const smaller = contingentOf(s, unit, leader, out)
        const lost = full.shares.filter((x) => out.has(x.actor)).reduce((sum, x) => sum + x.troops, 0)
        expect(smaller.troops).toBe(full.troops - lost)
        for (const x of smaller.shares) expect(out.has(x.actor)).toBe(false)
      }),
    )
  })
})
