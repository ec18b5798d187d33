// A voting member and the requester's independence from Moscow: it does not value a fellow member's independence
// for its own sake, so its weight on independence reaches its vote only through Russian troops at its own border
// (neighbour.ts) and the precedent of troops in a member's internal conflict (precedent.ts). Checked over every
// bundled scenario with its numeric facts moved anywhere, on the solved game, as laws of direction.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Course, EMPTY_COURSE, solveScenario } from '../src/engine'
import { applyDecision, nextDecision } from '../src/engine/decisions/game'
import type { Grant, Request } from '../src/engine/decisions/types'
import { explainChoice } from '../src/engine/interests/explain'
import { shareBorder } from '../src/engine/interests/neighbour'
import type { ActorId, Scenario } from '../src/scenario'
import { anyCrisis } from './any-crisis'

const grants: readonly Grant[] = (['peacekeepers', 'rapid-reaction'] as const).flatMap((force) =>
  (['guard-sites', 'restore-order', 'combat'] as const).flatMap((mission) =>
    ([14, 90] as const).map((days) => ({ kind: 'grant', force, mission, days }) as const),
  ),
)
/** The largest request, so that every force Moscow may send is among its answers where the treaty allows one. */
const request: Request = { kind: 'request', framing: 'foreign-backed', help: 'rapid-reaction', days: 90 }
const weight = fc.double({ min: -1, max: 1, noNaN: true })

/** The crisis with one actor's standing weight on independence from Moscow set to a value. */
function withIndependence(s: Scenario, actor: ActorId, to: number): Scenario {
  const a = s.actors[actor]!
  return { ...s, actors: { ...s.actors, [actor]: { ...a, interests: { ...a.interests, sovereignty: to } } } }
}

/**
 * A member's vote on a grant of troops, the members before it consenting: what consenting is worth to it over
 * objecting, the vote the engine takes and the reasons that separate consenting from objecting in its eyes.
 * Undefined where Moscow may not send that force in this crisis.
 */
function voteOn(s: Scenario, g: Grant, actor: ActorId) {
  const solved = solveScenario(s)
  const { ctx, solution } = solved
  const offered = (nextDecision(ctx, { ...EMPTY_COURSE, request })?.options ?? []).some(
    (o) => o.kind === 'grant' && o.force === g.force && o.mission === g.mission && o.days === g.days,
  )
  if (!offered) return undefined
  let course: Course = { ...EMPTY_COURSE, request, response: g }
  for (let point = nextDecision(ctx, course); point?.stage === 'vote'; point = nextDecision(ctx, course)) {
    const node = solution.at(course)!
    const consent = node.moves.findIndex((m) => m.kind === 'consent')
    if (point.actor === actor) {
      const object = node.moves.findIndex((m) => m.kind === 'object')
      const i = ctx.index.get(actor)!
      return {
        margin: node.values[consent]![i]! - node.values[object]![i]!,
        vote: node.moves[node.probabilities.indexOf(1)]!.kind,
        reasons: explainChoice(ctx, solved, course, point, node.moves[consent]!, node.moves[object]!),
      }
    }
    course = applyDecision(course, point, node.moves[consent]!)
  }
  throw new Error(`${actor} does not vote in ${s.id}`)
}

/** A crisis, one of its voting members, a force Moscow may send and two weights on independence, lower first. */
const aVote = fc
  .tuple(anyCrisis, fc.nat(), fc.constantFrom(...grants), weight, weight)
  .map(([s, pick, g, a, b]) => {
    const voters = solveScenario(s).ctx.voters
    return { s, actor: voters[pick % voters.length]!, g, low: Math.min(a, b), high: Math.max(a, b) }
  })

describe("a member's weight on independence from Moscow", () => {
  it('does not move its vote on troops against an attacker from outside when it does not border the requester', () => {
    fc.assert(
      fc.property(aVote, ({ s, actor, g, low, high }) => {
        fc.pre(s.facts.adversary.kind !== 'internal')
        fc.pre(!shareBorder(s.actors[actor]!, s.actors[s.requester]!))
        const before = voteOn(withIndependence(s, actor, low), g, actor)
        fc.pre(before !== undefined)
        expect(voteOn(withIndependence(s, actor, high), g, actor)).toEqual(before)
      }),
      { numRuns: 40 },
    )
  })

  it("never makes its consent likelier where troops are sent into a fellow member's internal conflict", () => {
    fc.assert(
      fc.property(aVote, ({ s, actor, g, low, high }) => {
        fc.pre(s.facts.adversary.kind === 'internal')
        const less = voteOn(withIndependence(s, actor, low), g, actor)
        fc.pre(less !== undefined)
        const more = voteOn(withIndependence(s, actor, high), g, actor)!
        expect(more.margin).toBeLessThanOrEqual(less.margin + 1e-12)
        if (more.vote === 'consent') expect(less.vote).toBe('consent')
      }),
      { numRuns: 40 },
    )
  })

  it("never shows in its reasons as the requester's independence: the border and the precedent name it", () => {
    fc.assert(
      fc.property(aVote, ({ s, actor, g }) => {
        const vote = voteOn(s, g, actor)
        fc.pre(vote !== undefined)
        expect(vote.reasons.filter((r) => r.kind === 'indicator' && r.indicator === 'sovereignty')).toEqual(
          [],
        )
      }),
      { numRuns: 40 },
    )
  })
})
