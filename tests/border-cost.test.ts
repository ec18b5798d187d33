// Russian troops next door: a member whose land borders the requester's pays, on its own independence, for the
// force Moscow sends there. Checked over every bundled scenario with its numeric facts moved anywhere, on the cost,
// the solved game and the explanations of the votes.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Course, EMPTY_COURSE, solveScenario } from '../src/engine'
import { applyDecision, nextDecision } from '../src/engine/decisions/game'
import type { Grant, Request } from '../src/engine/decisions/types'
import { expectedCourse, explainChoice } from '../src/engine/interests/explain'
import { borderCost, neighbourCost } from '../src/engine/interests/neighbour'
import { deploymentOf } from '../src/engine/outcomes/deployment'
import type { ActorId, Scenario } from '../src/scenario'
import { anyCrisis } from './any-crisis'
import { bundledScenarios } from './bundled-scenarios'

const bundled: readonly Scenario[] = bundledScenarios()
const run = { numRuns: 120 }

const MISSIONS = ['guard-sites', 'restore-order', 'combat'] as const
const grant = (force: Grant['force'], mission: Grant['mission'], days: Grant['days']): Grant => ({
  kind: 'grant',
  force,
  mission,
  days,
})
const troopGrants: readonly Grant[] = (['peacekeepers', 'rapid-reaction'] as const).flatMap((force) =>
  MISSIONS.flatMap((mission) => ([14, 90] as const).map((days) => grant(force, mission, days))),
)
/** The largest request, so that every force Moscow may send is among its answers where the treaty allows one. */
const request: Request = { kind: 'request', framing: 'foreign-backed', help: 'rapid-reaction', days: 90 }

const votersOf = (s: Scenario): readonly ActorId[] => solveScenario(s).ctx.voters

/** The scenario with one actor's land border with the requester drawn, or erased from both profiles. */
const bordering = (s: Scenario, actor: ActorId, next: boolean): Scenario => {
  const a = s.actors[actor]!
  const host = s.actors[s.requester]!
  const others = a.borders.filter((b) => b !== s.requester)
  return {
    ...s,
    actors: {
      ...s.actors,
      [actor]: { ...a, borders: next ? [...others, s.requester] : others },
      [s.requester]: { ...host, borders: host.borders.filter((b) => b !== actor) },
    },
  }
}

/** The scenario with one actor's weight on independence set. */
const withSovereignty = (s: Scenario, actor: ActorId, sovereignty: number): Scenario => {
  const a = s.actors[actor]!
  return { ...s, actors: { ...s.actors, [actor]: { ...a, interests: { ...a.interests, sovereignty } } } }
}

/**
 * At a member's vote on a grant (the members before it consenting), what consenting is worth to it over objecting,
 * and the reasons its explanation gives for consenting.
 */
/** Whether Moscow may answer the request with this grant in this crisis (the treaty and the facts allow it). */
const offered = (s: Scenario, g: Grant): boolean => {
  const { ctx } = solveScenario(s)
  return (nextDecision(ctx, { ...EMPTY_COURSE, request })?.options ?? []).some(
    (o) => o.kind === 'grant' && o.force === g.force && o.mission === g.mission && o.days === g.days,
  )
}

function voteOf(s: Scenario, g: Grant, actor: ActorId) {
  const solved = solveScenario(s)
  const { ctx, solution } = solved
  let course: Course = { ...EMPTY_COURSE, request, response: g }
  for (let point = nextDecision(ctx, course); point?.stage === 'vote'; point = nextDecision(ctx, course)) {
    const node = solution.at(course)!
    const consent = node.moves.findIndex((m) => m.kind === 'consent')
    const object = node.moves.findIndex((m) => m.kind === 'object')
    if (point.actor === actor) {
      const i = ctx.index.get(actor)!
      const margin = node.values[consent]![i]! - node.values[object]![i]!
      const reasons = explainChoice(ctx, solved, course, point, node.moves[consent]!, node.moves[object]!)
      const after = expectedCourse(ctx, solved, applyDecision(course, point, node.moves[consent]!))
      return { margin, reasons, deploys: deploymentOf(after).kind === 'deployed' }
    }
    course = applyDecision(course, point, node.moves[consent]!)
  }
  throw new Error(`${actor} does not vote in ${s.id}`)
}

describe('the cost of Russian troops at a member’s own border', () => {
  it('a member bordering the requester never consents more readily than the same member not bordering it', () => {
    fc.assert(
      fc.property(anyCrisis, fc.constantFrom(...troopGrants), fc.nat(), (crisis, g, pick) => {
        fc.pre(offered(crisis, g))
        const voters = votersOf(crisis)
        const actor = voters[pick % voters.length]!
        const next = voteOf(bordering(crisis, actor, true), g, actor)
        const apart = voteOf(bordering(crisis, actor, false), g, actor)
        expect(next.margin).toBeLessThanOrEqual(apart.margin + 1e-12)
        // A member that values its independence pays something for any force of troops that its consent lets
        // through to its border (a later member may still block it).
        if (crisis.actors[actor]!.interests.sovereignty > 0 && next.deploys)
          expect(next.margin).toBeLessThan(apart.margin)
        // Only the member next door names the border among its reasons.
        expect(apart.reasons.some((r) => r.kind === 'border')).toBe(false)
      }),
      { numRuns: 60 },
    )
  })

  it('the larger and longer the force, the more a border costs a member’s consent', () => {
    fc.assert(
      fc.property(anyCrisis, fc.constantFrom(...MISSIONS), (crisis, mission) => {
        // The last member to vote: no one after it can block the force its consent lets through.
        const voters = votersOf(crisis)
        const actor = voters[voters.length - 1]!
        const drop = (g: Grant) =>
          voteOf(bordering(crisis, actor, false), g, actor).margin -
          voteOf(bordering(crisis, actor, true), g, actor).margin
        // Fourteen-day grants leave the host no early exit, so the futures after each vote are alike but for the force.
        const forces = [grant('observers', 'observe', 14), grant('peacekeepers', mission, 14)]
        fc.pre([...forces, grant('rapid-reaction', mission, 14)].every((g) => offered(crisis, g)))
        const [observers, peacekeepers, rapid] = [...forces, grant('rapid-reaction', mission, 14)].map(
          drop,
        ) as [number, number, number]
        expect(observers).toBeGreaterThanOrEqual(0)
        expect(peacekeepers).toBeGreaterThanOrEqual(observers - 1e-12)
        expect(rapid).toBeGreaterThanOrEqual(peacekeepers - 1e-12)
      }),
      { numRuns: 40 },
    )
  })

  it('grows with the stay and with Russia acting alone, and is nothing when no force deploys', () => {
    fc.assert(
      fc.property(anyCrisis, fc.constantFrom(...troopGrants), (crisis, g) => {
        const { ctx } = solveScenario(crisis)
        const at = (response: Course['response'], votes: Course['votes'] = []) =>
          borderCost(ctx, deploymentOf({ ...EMPTY_COURSE, request, response, votes }))
        const voter = ctx.voters[0]!
        const long = at({ ...g, days: 90 })
        const short = at({ ...g, days: 14 })
        expect(long).toBeGreaterThanOrEqual(short)
        expect(short).toBeGreaterThan(0)
        // Russia's own force, about as large as its share of a peacekeeping contingent, reads as an occupation.
        const alone = at({ kind: 'bilateral', mission: 'guard-sites', days: 14 })
        expect(alone).toBeGreaterThan(at(grant('peacekeepers', 'guard-sites', 14)))
        expect(at({ kind: 'consult' })).toBe(0)
        expect(at({ kind: 'refuse' })).toBe(0)
        expect(at(g, [{ actor: voter, vote: { kind: 'object' } }])).toBe(0)
      }),
      run,
    )
  })

  it('falls only on the voting members next door that value their independence', () => {
    fc.assert(
      fc.property(anyCrisis, fc.constantFrom(...troopGrants), fc.nat(), (crisis, g, pick) => {
        const voters = votersOf(crisis)
        const actor = voters[pick % voters.length]!
        const course: Course = { ...EMPTY_COURSE, request, response: g }
        const cost = (s: Scenario, who: ActorId) => {
          const { ctx } = solveScenario(s)
          return neighbourCost(ctx, course, ctx.index.get(who)!)
        }
        const next = bordering(crisis, actor, true)
        expect(cost(next, actor)).toBeGreaterThanOrEqual(0)
        expect(cost(bordering(crisis, actor, false), actor)).toBe(0)
        expect(cost(withSovereignty(next, actor, 0), actor)).toBe(0)
        expect(cost(withSovereignty(next, actor, -0.5), actor)).toBe(0)
        // The requester and Moscow never pay it, whatever their borders.
        expect(cost(crisis, crisis.requester)).toBe(0)
        const leader = solveScenario(crisis).ctx.leader
        expect(cost(bordering(crisis, leader, true), leader)).toBe(0)
      }),
      run,
    )
  })

  it('holds Uzbekistan back from peacekeepers in the Ferghana Valley: it names the border against consenting', () => {
    const uzbekistan = 'uzbekistan' as ActorId
    for (const id of ['kyrgyzstan-2010', 'kyrgyzstan-april-2010']) {
      const s = bundled.find((x) => x.id === id)!
      expect(s.actors[uzbekistan]!.borders).toContain(s.requester)
      const { reasons } = voteOf(s, grant('peacekeepers', 'guard-sites', 14), uzbekistan)
      const border = reasons.find((r) => r.kind === 'border')
      expect(border?.effect).toBeLessThan(0)
    }
  })
})
