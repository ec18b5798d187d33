// A Russian base in the host: the troops it can lend spare Russia's forces the strain of flying them in. Checked
// over every bundled scenario with its numeric facts moved anywhere, on the strain itself, the solved game (Moscow's
// answer to every request) and the debrief's contributions.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Course, EMPTY_COURSE, solveScenario } from '../src/engine'
import { restrainedBest } from '../src/engine/decisions/choice'
import { nextDecision } from '../src/engine/decisions/game'
import type { Deployment, Grant, Request } from '../src/engine/decisions/types'
import { INDICATOR_INDEX as I } from '../src/engine/outcomes/indicators'
import type { ContributionLabel } from '../src/engine/outcomes/labels'
import { emitOutcomes, MEAN_LATENT } from '../src/engine/outcomes/model'
import { SumInto } from '../src/engine/outcomes/sink'
import { basedTroops, deploymentStrain } from '../src/engine/outcomes/strain'
import { situationOf } from '../src/engine/treaty/text'
import { loadCatalog, type Scenario } from '../src/scenario'
import { anyCrisis, share } from './any-crisis'
import { bundledScenarios } from './bundled-scenarios'
import { fakeProfileText } from './fakes'

const bundled: readonly Scenario[] = bundledScenarios()
const run = { numRuns: 100 }
const BASED = 'troops from a Russian base in the country' satisfies ContributionLabel

/** The scenario with the requester's Russian base set to this size and opening day, or taken away. */
const withBase = (s: Scenario, base?: { troops: number; since: string }): Scenario => {
  const { russianBase: _gone, ...host } = s.actors[s.requester]!
  return { ...s, actors: { ...s.actors, [s.requester]: base ? { ...host, russianBase: base } : host } }
}
const LONG_AGO = '1990-01-01'
const baseSize = fc.integer({ min: 1, max: 20000 })

/** Whether Moscow's answer sends troops: a collective force of any size, or its own. */
const sendsTroops = (d: { kind: string }): boolean => d.kind === 'grant' || d.kind === 'bilateral'
const REQUESTS: readonly Request[] = (
  ['internal-unrest', 'foreign-backed', 'external-attack'] as const
).flatMap((framing) =>
  (['observers', 'peacekeepers', 'rapid-reaction'] as const).flatMap((help) =>
    ([14, 90] as const).map((days) => ({ kind: 'request', framing, help, days }) as Request),
  ),
)

/** Moscow's best answer to each request it gets to answer in this crisis, in the order of REQUESTS. */
function answers(s: Scenario) {
  const { ctx, solution } = solveScenario(s)
  return REQUESTS.map((request) => {
    const course: Course = { ...EMPTY_COURSE, request }
    if (nextDecision(ctx, course)?.stage !== 'response') return undefined
    const node = solution.at(course)!
    const values = node.values.map((v) => v[ctx.index.get(ctx.leader)!]!)
    return { moves: node.moves, values, best: restrainedBest(values) }
  })
}

const deployed = (
  unit: Extract<Deployment, { kind: 'deployed' }>['unit'],
  days: number,
): Extract<Deployment, { kind: 'deployed' }> => ({
  kind: 'deployed',
  channel: unit === 'russian-force' ? 'bilateral' : 'alliance',
  unit,
  mission: 'guard-sites',
  days,
})
const anyDeployment = fc
  .record({
    unit: fc.constantFrom('observers', 'peacekeepers', 'rapid-reaction', 'russian-force' as const),
    days: fc.constantFrom(14, 90),
  })
  .map(({ unit, days }) => deployed(unit, days))

describe("a Russian base in the host and the strain on Russia's forces", () => {
  it('a larger base never raises the strain, and no base spares more than the deployment costs', () => {
    fc.assert(
      fc.property(anyDeployment, share, share, baseSize, baseSize, (d, rho, C, a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a]
        const none = deploymentStrain(d, rho, 0, C)
        const less = deploymentStrain(d, rho, small, C)
        const more = deploymentStrain(d, rho, large, C)
        expect(none.spared).toBe(0)
        expect(more.whole).toBe(none.whole)
        expect(less.whole - less.spared).toBeGreaterThanOrEqual(more.whole - more.spared)
        expect(more.spared).toBeLessThanOrEqual(more.whole + 1e-12)
      }),
      { numRuns: 500 },
    )
  })

  it('a base of 7,000 supplies a contingent of 1,850 whole, and half of one of 14,000', () => {
    const d = deployed('peacekeepers', 14)
    const whole = deploymentStrain(d, 1850 / 2500, 7000, 0.5)
    expect(whole.spared).toBeCloseTo(whole.whole, 12)
    const half = deploymentStrain(deployed('rapid-reaction', 14), 14000 / 12000, 7000, 0.5)
    expect(half.spared).toBeCloseTo(half.whole / 2, 12)
  })

  it("a larger base never raises the strain a course puts on Russia's forces, and changes no other indicator", () => {
    fc.assert(
      fc.property(anyCrisis, baseSize, baseSize, fc.nat(), (s, a, b, pick) => {
        const [small, large] = a <= b ? [a, b] : [b, a]
        const grants = answers(s).flatMap((x) => (x ? x.moves.filter(sendsTroops) : []))
        fc.pre(grants.length > 0)
        const response = grants[pick % grants.length]! as Grant
        const course: Course = { ...EMPTY_COURSE, request: REQUESTS[0]!, response }
        const indicators = (base: number) => {
          const { ctx } = solveScenario(
            withBase(s, base === 0 ? undefined : { troops: base, since: LONG_AGO }),
          )
          const out = new Float64Array(8)
          emitOutcomes(ctx, course, MEAN_LATENT, new SumInto(out))
          return out
        }
        const [none, less, more] = [indicators(0), indicators(small), indicators(large)]
        expect(less[I.militaryStrain]!).toBeLessThanOrEqual(none[I.militaryStrain]! + 1e-9)
        expect(more[I.militaryStrain]!).toBeLessThanOrEqual(less[I.militaryStrain]! + 1e-9)
        for (let k = 0; k < 8; k++) if (k !== I.militaryStrain) expect(more[k]).toBe(none[k])
      }),
      run,
    )
  })
})

describe("a Russian base in the host and Moscow's answer", () => {
  it("a base in the host never makes Russia's grant less likely, whatever is asked", () => {
    fc.assert(
      fc.property(anyCrisis, baseSize, (s, troops) => {
        const without = answers(withBase(s))
        const withIt = answers(withBase(s, { troops, since: LONG_AGO }))
        without.forEach((before, i) => {
          const after = withIt[i]
          if (!before || !after) return
          if (sendsTroops(before.moves[before.best]!))
            expect(sendsTroops(after.moves[after.best]!)).toBe(true)
          // Only the answers that send troops gain: refusing and talking are worth what they were.
          before.moves.forEach((m, k) => {
            if (sendsTroops(m)) expect(after.values[k]!).toBeGreaterThanOrEqual(before.values[k]! - 1e-9)
            else expect(after.values[k]).toBeCloseTo(before.values[k]!, 12)
          })
        })
      }),
      run,
    )
  })

  it('a base that opens after the day of decision counts for nothing', () => {
    for (const s of bundled) {
      const day = situationOf(s).date
      const next = `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`
      expect(basedTroops(withBase(s, { troops: 7000, since: next }), day)).toBe(0)
      expect(basedTroops(withBase(s, { troops: 7000, since: day }), day)).toBe(7000)
      expect(answers(withBase(s, { troops: 7000, since: next }))).toEqual(answers(withBase(s)))
    }
  })

  it("reads the bases of the standing profiles: Tajikistan's 201st, Armenia's 102nd, Kant in Kyrgyzstan", () => {
    const base = (id: string) => {
      const s = bundled.find((x) => x.id === id)!
      return basedTroops(s, situationOf(s).date)
    }
    expect(base('tajikistan-border-2027')).toBe(7000)
    expect(base('armenia-2022')).toBe(4000)
    expect(base('kyrgyzstan-2010')).toBe(400)
    expect(base('kazakhstan-2022')).toBe(0)
    expect(base('belarus-2020')).toBe(0)
  })
})

describe('a Russian base in the debrief', () => {
  const contributions = (s: Scenario, response: Grant) => {
    const { ctx } = solveScenario(s)
    const labels = Array.from({ length: 8 }, () => new Map<ContributionLabel, number>())
    const out = new Float64Array(8)
    emitOutcomes(
      ctx,
      { ...EMPTY_COURSE, request: REQUESTS[0]!, response },
      MEAN_LATENT,
      new SumInto(out, labels),
    )
    return labels[I.militaryStrain]!
  }
  const peacekeepers: Grant = { kind: 'grant', force: 'peacekeepers', mission: 'guard-sites', days: 14 }

  it("names the troops a base lends among the strain's contributions, only where the host has a base", () => {
    for (const s of bundled) {
      const strain = contributions(s, peacekeepers)
      const based = basedTroops(s, situationOf(s).date)
      expect(strain.has(BASED)).toBe(based > 0)
      if (based > 0) {
        expect(strain.get(BASED)!).toBeLessThan(0)
        expect(-strain.get(BASED)!).toBeLessThanOrEqual(strain.get('the deployment')! + 1e-12)
      }
    }
  })

  it("counts an observer mission's Russian officers too, and names nothing of a base when no troops go", () => {
    const tajik = bundled.find((x) => x.id === 'tajikistan-border-2027')!
    const observers: Grant = { kind: 'grant', force: 'observers', mission: 'observe', days: 14 }
    expect(contributions(tajik, observers).get(BASED)!).toBeLessThan(0)
    const { ctx } = solveScenario(tajik)
    const labels = Array.from({ length: 8 }, () => new Map<ContributionLabel, number>())
    emitOutcomes(
      ctx,
      { ...EMPTY_COURSE, request: REQUESTS[0]!, response: { kind: 'consult' } },
      MEAN_LATENT,
      new SumInto(new Float64Array(8), labels),
    )
    expect(labels[I.militaryStrain]!.has(BASED)).toBe(false)
  })
})

describe('a Russian base in an actor profile', () => {
  const profile = (base: string) =>
    `${fakeProfileText('The host.', 'Said yes.', ['{id: listed-2010, title: A source}'])}\n${base}\n`
  const load = (base: string) => loadCatalog([{ name: 'russia.yaml', text: profile(base) }])

  it('is read with its troops and the day it opened', () => {
    const r = load("russianBase:\n  troops: 400\n  since: '2003-10-23'")
    expect(r.ok && r.value.get('russia' as never)?.russianBase).toEqual({ troops: 400, since: '2003-10-23' })
  })

  it('is refused, at its line, without troops or without a day the calendar has', () => {
    for (const [base, path] of [
      ["russianBase:\n  troops: 0\n  since: '2003-10-23'", 'russianBase.troops'],
      ["russianBase:\n  troops: 400\n  since: '2003-02-30'", 'russianBase.since'],
      ['russianBase:\n  troops: 400', 'russianBase.since'],
    ] as const) {
      const r = load(base)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.problems.map((p) => p.path)).toEqual([path])
    }
  })
})
