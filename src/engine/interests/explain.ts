// Why an actor chose as it did: the alternative that matters for that decision, and what separates the two.
import type { ActorId, Indicator } from '../../scenario/types'
import { restrainedBest } from '../decisions/choice'
import { applyDecision, nextDecision } from '../decisions/game'
import type { Course, Decision, DecisionPoint } from '../decisions/types'
import type { ModelContext } from '../outcomes/context'
import { letThrough } from '../outcomes/deployment'
import { indicatorsOf } from '../outcomes/evaluate'
import { INDICATORS } from '../outcomes/indicators'
import { MEAN_LATENT } from '../outcomes/model'
import type { Solved } from '../solved'
import { neighbourCost } from './neighbour'
import { precedentOf } from './precedent'
import { SMALLEST_REASON } from './smallest-reason'
import { memberJoiningCost, NORM_WEIGHT, normBreach } from './utility'

export type Reason =
  | {
      readonly kind: 'indicator'
      readonly indicator: Indicator
      /** Expected change in the indicator, in points, of the choice against the alternative. */
      readonly delta: number
      /** The mover's weight on the indicator in this scenario. */
      readonly weight: number
      /** What the change is worth to the mover, in utility. */
      readonly effect: number
    }
  /** Its reading of "aggression": what the choice costs or saves a strict reader. */
  | { readonly kind: 'norm'; readonly effect: number }
  /** A member's own soldiers sent, or spared. */
  | { readonly kind: 'participation'; readonly effect: number }
  /** Russian troops at a member's own border, brought there or kept away (neighbour.ts). */
  | { readonly kind: 'border'; readonly effect: number }
  /** The precedent of Russian-led troops in a member's internal conflict, set or refused (precedent.ts). */
  | { readonly kind: 'precedent'; readonly effect: number }

/** The decision the engine most likely takes at a point of a course. */
export function expectedChoice(solved: Solved, course: Course): Decision {
  const node = solved.solution.at(course)!
  const likeliest = node.probabilities.reduce((b, p, i) => (p > node.probabilities[b]! ? i : b), 0)
  return node.moves[likeliest]!
}

/** The course that most likely follows a state, as the engine expects the rest to play. */
export function expectedCourse(ctx: ModelContext, solved: Solved, from: Course): Course {
  let course = from
  for (let point = nextDecision(ctx, course); point; point = nextDecision(ctx, course))
    course = applyDecision(course, point, expectedChoice(solved, course))
  return course
}

const sendsTroops = (d: Decision): boolean => d.kind === 'grant' || d.kind === 'bilateral'

/**
 * The alternative a student weighs a decision against: asking against not asking, sending troops against
 * refusing them (and the reverse), consenting against blocking, speaking against keeping silent. Among the
 * options of that kind, the one the mover likes best; of those within the restraint tolerance of it, the most
 * restrained, as for the decisions themselves, so the rival never turns on a rounding difference (two framings
 * of one request are often worth the same to the requester).
 */
export function rivalThatMatters(
  chosen: Decision,
  options: readonly Decision[],
  utility: (d: Decision) => number,
): Decision | undefined {
  const best = (ds: readonly Decision[]): Decision | undefined => {
    const others = ds.filter((d) => d !== chosen)
    return others.length === 0 ? undefined : others[restrainedBest(others.map(utility))]
  }
  switch (chosen.kind) {
    case 'no-request':
      return best(options.filter((o) => o.kind === 'request'))
    case 'request':
      return best(options.filter((o) => o.kind === 'no-request'))
    case 'grant':
    case 'bilateral':
      return best(options.filter((o) => !sendsTroops(o))) ?? best(options)
    case 'refuse':
    case 'consult':
      return best(options.filter(sendsTroops)) ?? best(options)
    case 'consent':
    case 'abstain':
      return best(options.filter((o) => o.kind === 'object'))
    case 'object':
      return best(options.filter((o) => o.kind === 'consent'))
    case 'endorse':
    case 'warn':
      return best(options.filter((o) => o.kind === 'stay-silent'))
    case 'stay-silent':
    case 'keep':
    case 'ask-to-leave':
      return best(options)
  }
}

/**
 * The member whose objection blocks a grant whichever way this voter goes, if one does: set against each other,
 * a vote that lets the grant through and one that blocks it, and where the first is followed, as the engine
 * expects the others to play, by another member's objection. The two then end alike, and the vote changes
 * nothing: that, rather than any term of the voter's, is why it chose as it did.
 */
export function blockedAnyway(
  ctx: ModelContext,
  solved: Solved,
  course: Course,
  point: DecisionPoint,
  chosen: Decision,
  rival: Decision,
): ActorId | undefined {
  if (point.stage !== 'vote' || (chosen.kind === 'object') === (rival.kind === 'object')) return undefined
  const through = chosen.kind === 'object' ? rival : chosen
  const after = expectedCourse(ctx, solved, applyDecision(course, point, through))
  return after.votes.find((v) => v.vote.kind === 'object')?.actor
}

/** The reasons, largest first, that separate the chosen decision from the rival in the mover's eyes. */
export function explainChoice(
  ctx: ModelContext,
  solved: Solved,
  course: Course,
  point: DecisionPoint,
  chosen: Decision,
  rival: Decision,
): Reason[] {
  const mover = ctx.index.get(point.actor)!
  const weights = ctx.weights[mover]!
  const a = expectedCourse(ctx, solved, applyDecision(course, point, chosen))
  const b = expectedCourse(ctx, solved, applyDecision(course, point, rival))
  const xa = indicatorsOf(ctx, a, MEAN_LATENT, new Float64Array(INDICATORS.length))
  const xb = indicatorsOf(ctx, b, MEAN_LATENT, new Float64Array(INDICATORS.length))
  const reasons: Reason[] = INDICATORS.map((indicator, k) => {
    const delta = xa[k]! - xb[k]!
    return {
      kind: 'indicator' as const,
      indicator,
      delta,
      weight: weights[k]!,
      effect: (weights[k]! * delta) / 50,
    }
  })
  const norm = -NORM_WEIGHT * ctx.strictness[mover]! * (normBreach(ctx.facts, a) - normBreach(ctx.facts, b))
  if (norm !== 0) reasons.push({ kind: 'norm', effect: norm })
  const joined = (c: Course) =>
    letThrough(c) && c.votes.some((v) => v.actor === point.actor && v.vote.kind === 'consent')
      ? memberJoiningCost(ctx, c.response, point.actor)
      : 0
  const participation = joined(b) - joined(a)
  if (participation !== 0) reasons.push({ kind: 'participation', effect: participation })
  const border = neighbourCost(ctx, b, mover) - neighbourCost(ctx, a, mover)
  if (border !== 0) reasons.push({ kind: 'border', effect: border })
  const precedent = precedentOf(ctx, b, mover) - precedentOf(ctx, a, mover)
  if (precedent !== 0) reasons.push({ kind: 'precedent', effect: precedent })
  return reasons
    .filter((r) => Math.abs(r.effect) >= SMALLEST_REASON)
    .sort((p, q) => Math.abs(q.effect) - Math.abs(p.effect))
}
