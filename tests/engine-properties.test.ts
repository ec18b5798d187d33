// The model's laws, stated as properties and checked over thousands of generated crises.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type Decision,
  evaluateTreaty,
  FORCES,
  type PlayResult,
  play,
  type Report,
  type Situation,
  TROOPS,
} from '../src/engine'
import type { ActorId, Facts } from '../src/scenario'
import { fakeScenario } from './fakes'

const share = fc.double({ min: 0, max: 1, noNaN: true })
const facts: fc.Arbitrary<Facts> = fc.record({
  threat: fc.record({
    kind: fc.constantFrom('unrest', 'ethnic-violence', 'interstate-war', 'border-clash', 'insurgency'),
    armedViolence: share,
    regimeThreat: share,
    outsideEvidence: share,
  }),
  territory: fc.constantFrom('own', 'disputed', 'foreign'),
  adversary: fc.constantFrom(
    { kind: 'internal' as const, description: 'protesters and armed groups' },
    { kind: 'member' as const, actor: 'tajikistan', description: 'a fellow member' },
    { kind: 'partner-of-russia' as const, actor: 'azerbaijan', description: 'a partner of Moscow' },
    { kind: 'outsider' as const, description: 'an armed group from abroad' },
  ),
  moscow: fc.record({ legitimacy: share, commitments: share }),
  china: fc.record({ stakes: share }),
}) as fc.Arbitrary<Facts>

/** The situation the treaty reads, for a crisis after the amended text came into force. */
const now = (f: Facts): Situation => ({
  facts: f,
  date: '2030-01-01',
  text: 'amended',
  requesterIsMember: true,
})

const finished = (r: PlayResult): Report => {
  if (r.status !== 'finished') throw new Error(`expected a finished game, got ${r.status}`)
  return r.report
}
/** Troop-days on the ground: the size of what was sent, times how long it stayed. */
const troopDays = (report: Report): number =>
  report.deployment.kind === 'deployed' ? TROOPS[report.deployment.unit] * report.deployment.days : 0
const forceRank = (report: Report): number =>
  report.deployment.kind === 'deployed' ? TROOPS[report.deployment.unit] : 0
const run = { numRuns: 150 }

describe('the treaty rules', () => {
  it('never find a conflict with a fellow member eligible', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const member = {
          ...f,
          adversary: { kind: 'member' as const, actor: 'tajikistan', description: 'x' },
        } as Facts
        expect(evaluateTreaty(now(member), 'hypothetical').status).toBe('not-eligible')
      }),
    )
  })

  it('never find fighting on another state’s de jure territory eligible', () => {
    fc.assert(
      fc.property(
        facts,
        (f) => evaluateTreaty(now({ ...f, territory: 'foreign' }), 'hypothetical').status === 'not-eligible',
      ),
    )
  })

  it('need a request: without one, nothing is eligible', () => {
    fc.assert(fc.property(facts, (f) => evaluateTreaty(now(f), 'none').status === 'not-eligible'))
  })

  it('report every rule with a reason and a clause', () => {
    fc.assert(
      fc.property(facts, (f) => {
        for (const r of evaluateTreaty(now(f), 'hypothetical').rules) {
          expect(r.reason.length).toBeGreaterThan(10)
          expect(r.clauses.length).toBeGreaterThan(0)
        }
      }),
    )
  })
})

describe('the decisions', () => {
  it('give the same game for the same seed, at any temperature', () => {
    fc.assert(
      fc.property(facts, fc.nat(), fc.constantFrom(0, 0.05, 0.3), (f, seed, temperature) => {
        const s = fakeScenario({ facts: f })
        expect(play(s, { seed, temperature, runs: 50 })).toEqual(play(s, { seed, temperature, runs: 50 }))
      }),
      { numRuns: 40 },
    )
  })

  it('never send a collective force on a request the treaty cannot cover', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const report = finished(play(fakeScenario({ facts: f }), { seed: 1, runs: 10 }))
        if (
          evaluateTreaty(now(f), 'hypothetical').status === 'not-eligible' &&
          report.deployment.kind === 'deployed'
        )
          expect(report.deployment.channel).toBe('bilateral')
      }),
      run,
    )
  })

  it('never grant more than was asked, in force or in days', () => {
    fc.assert(
      fc.property(facts, fc.nat(), (f, seed) => {
        const { course } = finished(play(fakeScenario({ facts: f }), { seed, temperature: 0.2, runs: 10 }))
        if (course.request?.kind === 'request' && course.response?.kind === 'grant') {
          expect(FORCES.indexOf(course.response.force)).toBeLessThanOrEqual(
            FORCES.indexOf(course.request.help),
          )
          expect(course.response.days).toBeLessThanOrEqual(course.request.days)
        }
      }),
      run,
    )
  })

  it('never enlarge the force when Russia has more competing commitments', () => {
    fc.assert(
      fc.property(facts, share, (f, more) => {
        const low = { ...f, moscow: { ...f.moscow, commitments: Math.min(f.moscow.commitments, more) } }
        const high = { ...f, moscow: { ...f.moscow, commitments: Math.max(f.moscow.commitments, more) } }
        const a = finished(play(fakeScenario({ facts: low }), { seed: 1, runs: 10 }))
        const b = finished(play(fakeScenario({ facts: high }), { seed: 1, runs: 10 }))
        expect(forceRank(b)).toBeLessThanOrEqual(forceRank(a))
      }),
      run,
    )
  })

  it('never keep more troops on the ground after a warning from China than after its silence', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const s = fakeScenario({ facts: f })
        const as = (decision: Decision) =>
          finished(
            play(s, { seed: 1, runs: 10, player: { actor: 'china' as ActorId, decisions: [decision] } }),
          )
        expect(troopDays(as({ kind: 'warn' }))).toBeLessThanOrEqual(troopDays(as({ kind: 'stay-silent' })))
      }),
      run,
    )
  })

  it('never let a member that objects see the troops deployed', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const { course, deployment } = finished(play(fakeScenario({ facts: f }), { seed: 1, runs: 10 }))
        if (course.votes.some((v) => v.vote.kind === 'object'))
          expect(deployment).toEqual({ kind: 'none', why: 'blocked' })
      }),
      run,
    )
  })
})

describe('the outcomes', () => {
  it('keep every band in order and on the 0–100 scale', () => {
    fc.assert(
      fc.property(facts, fc.nat(), (f, seed) => {
        const { outcomes } = finished(play(fakeScenario({ facts: f }), { seed, runs: 200 }))
        for (const o of Object.values(outcomes)) {
          expect(o.p10).toBeLessThanOrEqual(o.median)
          expect(o.median).toBeLessThanOrEqual(o.p90)
          expect(o.p10).toBeGreaterThanOrEqual(0)
          expect(o.p90).toBeLessThanOrEqual(100)
        }
      }),
      { numRuns: 60 },
    )
  })

  it('list contributions that add up to the expected value', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const { outcomes } = finished(play(fakeScenario({ facts: f }), { seed: 1, runs: 10 }))
        for (const o of Object.values(outcomes)) {
          const sum = o.contributions.reduce((s, c) => s + c.value, 0)
          // Indicators are capped at 0 and 100: the contributions explain the uncapped sum.
          expect(Math.min(100, Math.max(0, sum))).toBeCloseTo(o.expected, 6)
        }
      }),
      { numRuns: 60 },
    )
  })
})
