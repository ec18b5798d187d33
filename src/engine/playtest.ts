// A play-test of a scenario for its author: what the engine would do, and where the scenario is
// probably not what its author meant.
import type { ActorId, Scenario } from '../scenario/types'
import { applyDecision, crisisTree, EMPTY_COURSE, nextDecision } from './decisions/game'
import { formatDecision } from './decisions/notation'
import { type Course, type Decision, describeDecision, type Stage } from './decisions/types'
import { expectedChoice } from './interests/explain'
import { indicatorsOf } from './outcomes/evaluate'
import { INDICATOR_LABEL, INDICATORS, type Indicator } from './outcomes/indicators'
import { MEAN_LATENT } from './outcomes/model'
import { type PlayResult, play, solveScenario } from './play'
import type { Solved } from './solved'

export type PlaytestWarning =
  | { readonly kind: 'no-decision'; readonly role: string; readonly actor: ActorId }
  | { readonly kind: 'no-real-choice'; readonly role: string; readonly actor: ActorId; readonly stage: Stage }
  | { readonly kind: 'constant-outcome'; readonly indicator: Indicator; readonly value: number }
  | {
      readonly kind: 'against-interests'
      readonly actor: ActorId
      readonly stage: Stage
      readonly standing: Decision
      readonly overridden: Decision
    }
  /** An override of an actor that decides on neither course, which is the same with it or without: it shows nowhere. */
  | { readonly kind: 'override-without-decision'; readonly actor: ActorId }

export interface Playtest {
  readonly result: PlayResult
  readonly warnings: readonly PlaytestWarning[]
}

/** Utility gaps below this mean the options are all the same to the actor. */
const NO_CHOICE = 1e-3
/** An indicator whose expected value moves less than this over every possible course never varies. */
const CONSTANT = 0.5

export function playtest(scenario: Scenario, seed = 1): Playtest {
  const solved = solveScenario(scenario)
  const result = play(scenario, { seed }, solved)
  const points = decisionPoints(solved)
  const warnings: PlaytestWarning[] = []

  for (const role of scenario.roles) {
    // A role's first decision on the engine's own course is the one a player is sure to meet.
    const first = points.find((p) => p.actor === role.actor)
    if (!first) {
      warnings.push({ kind: 'no-decision', role: role.id, actor: role.actor })
      continue
    }
    const node = solved.solution.at(first.course)!
    const utilities = node.values.map((v) => v[node.actor]!)
    if (utilities.length < 2 || Math.max(...utilities) - Math.min(...utilities) < NO_CHOICE)
      warnings.push({ kind: 'no-real-choice', role: role.id, actor: role.actor, stage: first.stage })
  }

  const ranges = reachableRanges(solved)
  INDICATORS.forEach((indicator, k) => {
    const [lo, hi] = ranges[k]!
    if (hi - lo < CONSTANT) warnings.push({ kind: 'constant-outcome', indicator, value: lo })
  })

  for (const actor of Object.values(scenario.actors)) {
    if (!actor.override) continue
    const standing = solveScenario({
      ...scenario,
      actors: { ...scenario.actors, [actor.id]: { ...actor, ...actor.override.standing } },
    })
    // Where the standing profile's game reaches the actor: an override may keep the game from ever getting there.
    const point = decisionPoints(standing).find((p) => p.actor === actor.id)
    if (!point) {
      if (changesNothing(solved, standing, actor.id))
        warnings.push({ kind: 'override-without-decision', actor: actor.id })
      continue
    }
    const overridden = expectedChoice(solved, point.course)
    const usual = expectedChoice(standing, point.course)
    if (againstEveryInterest(standing, actor.id, point, overridden, usual))
      warnings.push({
        kind: 'against-interests',
        actor: actor.id,
        stage: point.stage,
        standing: usual,
        overridden,
      })
  }
  return { result, warnings }
}

interface Point {
  readonly actor: ActorId
  readonly stage: Stage
  readonly course: Course
}

/** Every decision point on the engine's own course, in order. */
function decisionPoints(solved: Solved): Point[] {
  const points: Point[] = []
  let course: Course = EMPTY_COURSE
  for (let point = nextDecision(solved.ctx, course); point; point = nextDecision(solved.ctx, course)) {
    points.push({ actor: point.actor, stage: point.stage, course })
    course = applyDecision(course, point, expectedChoice(solved, course))
  }
  return points
}

/** Whether the actor decides on neither game's course, and the two courses are the same: the override shows nowhere. */
function changesNothing(solved: Solved, standing: Solved, actor: ActorId): boolean {
  const course = (s: Solved) =>
    decisionPoints(s).map((p) => `${p.actor} ${formatDecision(expectedChoice(s, p.course))}`)
  const mine = course(solved)
  return !decisionPoints(solved).some((p) => p.actor === actor) && mine.join() === course(standing).join()
}

/**
 * Whether the override makes the actor take the option its standing profile ranks last: an
 * override that turns an actor against every interest it has is more often a slip than a design.
 */
function againstEveryInterest(
  standing: Solved,
  actor: ActorId,
  point: Point,
  overridden: Decision,
  usual: Decision,
): boolean {
  if (overridden === usual) return false
  const node = standing.solution.at(point.course)!
  const mine = node.values.map((v) => v[standing.ctx.actors.indexOf(actor)]!)
  const worst = Math.min(...mine)
  return Math.max(...mine) - worst > NO_CHOICE && mine[node.moves.indexOf(overridden)]! <= worst + 1e-9
}

/** The lowest and highest expected value of each indicator over every course the tree allows. */
function reachableRanges(solved: Solved): [number, number][] {
  const tree = crisisTree(solved.ctx)
  const ranges = INDICATORS.map((): [number, number] => [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
  const x = new Float64Array(INDICATORS.length)
  const seen = new Set<string | number>()
  const walk = (c: Course): void => {
    const key = tree.key(c)
    if (seen.has(key)) return
    seen.add(key)
    const node = tree.node(c, key)
    if (node) {
      for (const m of node.moves) walk(node.after(m))
      return
    }
    indicatorsOf(solved.ctx, c, MEAN_LATENT, x)
    x.forEach((v, k) => {
      ranges[k]![0] = Math.min(ranges[k]![0], v)
      ranges[k]![1] = Math.max(ranges[k]![1], v)
    })
  }
  walk(EMPTY_COURSE)
  return ranges
}

/** A warning in plain words for the scenario's author, as the check command and the workshop show it. */
export function describeWarning(w: PlaytestWarning, scenario: Scenario): string {
  const name = (actor: ActorId) => scenario.actors[actor]?.name ?? actor
  switch (w.kind) {
    case 'no-decision':
      return `Role "${w.role}" (${name(w.actor)}) never decides when the engine plays everyone: a student in this role may watch the whole game. Is that what you meant?`
    case 'no-real-choice':
      return `Role "${w.role}" (${name(w.actor)}) has no real choice at the ${w.stage} stage: every option ends the same for it. Check the facts that decide its options (the verdict, its interests).`
    case 'constant-outcome':
      return `${INDICATOR_LABEL[w.indicator]} stays at about ${Math.round(w.value)} whatever anyone chooses: nothing in this crisis moves it.`
    case 'override-without-decision':
      return `The override of ${name(w.actor)} changes no decision when the engine plays everyone: ${name(w.actor)} never decides in that game, so the override shows only in the debrief's interests and cannot be checked against its standing profile. Is it on the actor you meant?`
    case 'against-interests':
      return `The override of ${name(w.actor)} makes it ${describeDecision(w.overridden)} at the ${w.stage} stage: the worst option for the interests of its standing profile, which would ${describeDecision(w.standing)}. Is the override what you meant?`
  }
}
