// Plays a scenario: the player's decisions where given, the engine's for every other role, then the outcomes.
import type { ActorId, Scenario } from '../scenario/types'
import { restrainedBest } from './decisions/choice'
import { decisionKey } from './decisions/course-keys'
import { applyDecision, crisisTree, EMPTY_COURSE, nextDecision } from './decisions/game'
import { sampleMove, solve } from './decisions/solve'
import type { Course, Decision, DecisionPoint, Deployment, Stage } from './decisions/types'
import { blockedAnyway, explainChoice, type Reason, rivalThatMatters } from './interests/explain'
import type { EngineMemory } from './memory'
import { modelContext } from './outcomes/context'
import { type Contingent, deploymentOf } from './outcomes/deployment'
import { indicatorsOf, utilitiesWithCosts } from './outcomes/evaluate'
import { MEAN_LATENT } from './outcomes/model'
import { monteCarlo, type Outcomes } from './outcomes/monte-carlo'
import { createRandom, deriveSeed } from './random'
import { contingentSent } from './sent'
import type { Solved } from './solved'
import { consensusResult, evaluateTreaty, statusOf, type Verdict } from './treaty/verdict'

export interface PlaySetup {
  readonly seed: number
  /**
   * Bounded rationality of the engine's actors, as a logit temperature in utility units:
   * 0 plays the best reply every time; 0.05 now and then prefers a close second; 0.2 is erratic.
   */
  readonly temperature?: number
  /**
   * The role a person plays: its actor, and its decisions so far, in order. Past the last of them the game waits for
   * the next ('awaiting'), unless `rest` is 'engine': then the engine takes the role's later turns, as its own moves.
   */
  readonly player?: {
    readonly actor: ActorId
    readonly decisions: readonly Decision[]
    readonly rest?: 'engine'
  }
  /** Monte Carlo runs for the outcome bands. */
  readonly runs?: number
  /** Memory to reuse from the caller's previous game (see EngineMemory); without it the game allocates its own. */
  readonly memory?: EngineMemory
}

export interface OptionValue {
  readonly decision: Decision
  /** The mover's expected utility after this option. */
  readonly utility: number
  readonly probability: number
}

export interface Move {
  readonly stage: Stage
  readonly actor: ActorId
  readonly decision: Decision
  readonly by: 'engine' | 'player'
  readonly options: readonly OptionValue[]
  /** What the engine would have chosen here, playing this actor at its best. */
  readonly best: Decision
  /**
   * The alternative the reasons weigh the decision against: the one that matters for an engine's move
   * (granting against refusing, consenting against blocking), the engine's best for a player's move that
   * departed from it.
   */
  readonly against: Decision | undefined
  /** The mover's expected utility of its decision less that of the alternative. */
  readonly margin: number
  /** Why the decision beat the alternative (or, for a player's move, what it gave up). */
  readonly reasons: readonly Reason[]
  /** For a vote that changed nothing: the member whose objection blocks the grant whichever way this one went. */
  readonly blockedBy?: ActorId
}

export interface ActorView {
  readonly actor: ActorId
  readonly utility: number
  /** The same actor's utility had the engine played every role at its best. */
  readonly engineUtility: number
}

export interface Report {
  readonly verdict: Verdict
  readonly deployment: Deployment
  readonly contingent: Contingent | undefined
  readonly outcomes: Outcomes
  readonly actors: readonly ActorView[]
  readonly course: Course
}

export type PlayResult =
  | { readonly status: 'awaiting'; readonly moves: readonly Move[]; readonly pending: DecisionPoint }
  | { readonly status: 'finished'; readonly moves: readonly Move[]; readonly report: Report }
  | {
      readonly status: 'invalid'
      readonly moves: readonly Move[]
      readonly message: string
      /** The decision asked for, and the point where it is not among the options: for a caller to word. */
      readonly wanted: Decision
      readonly pending: DecisionPoint
    }

/** The scenario's tree solved at a temperature; `memory` lends the solver room used before (see EngineMemory). */
export function solveScenario(scenario: Scenario, temperature = 0, memory?: EngineMemory): Solved {
  const ctx = modelContext(scenario)
  return { ctx, solution: solve(crisisTree(ctx), temperature, memory?.solver), temperature }
}

export function play(
  scenario: Scenario,
  setup: PlaySetup,
  solved = solveScenario(scenario, setup.temperature ?? 0, setup.memory),
): PlayResult {
  const { ctx, solution } = solved
  const random = createRandom(deriveSeed(setup.seed, 1))
  const moves: Move[] = []
  let course: Course = EMPTY_COURSE
  let playerTurn = 0
  for (let point = nextDecision(ctx, course); point; point = nextDecision(ctx, course)) {
    const node = solution.at(course)!
    const mover = node.actor
    const best = node.moves[restrainedBest(node.values.map((v) => v[mover]!))]!
    const seat = setup.player?.actor === point.actor ? setup.player : undefined
    const wanted = seat?.decisions[playerTurn++]
    if (seat && !wanted && seat.rest !== 'engine') return { status: 'awaiting', moves, pending: point }
    const isPlayer = wanted !== undefined
    let decision: Decision
    if (wanted) {
      const found = point.options.find(
        (o) => decisionKey(o) === decisionKey(wanted) && o.kind === wanted.kind,
      )
      if (!found)
        return {
          status: 'invalid',
          moves,
          message: `"${wanted.kind}" is not an option for ${point.actor} at the ${point.stage} stage`,
          wanted,
          pending: point,
        }
      decision = found
    } else decision = sampleMove(node, random.next())
    const options = node.moves.map((m, i) => ({
      decision: m,
      utility: node.values[i]![mover]!,
      probability: node.probabilities[i]!,
    }))
    const utility = (d: Decision) => options.find((o) => o.decision === d)!.utility
    const against = isPlayer && decision !== best ? best : rivalThatMatters(decision, node.moves, utility)
    const blocker = against && blockedAnyway(ctx, solved, course, point, decision, against)
    moves.push({
      stage: point.stage,
      actor: point.actor,
      decision,
      by: isPlayer ? 'player' : 'engine',
      options,
      best,
      against,
      margin: against ? utility(decision) - utility(against) : 0,
      reasons: against ? explainChoice(ctx, solved, course, point, decision, against) : [],
      ...(blocker && { blockedBy: blocker }),
    })
    course = applyDecision(course, point, decision)
  }
  return { status: 'finished', moves, report: reportOn(solved, course, setup) }
}

/**
 * The report on a finished course, however it was played: play() gives it for one seat, and a table
 * with several seats (see playTable) asks for it when its course is over. It compares each actor with
 * the engine at its best, which any solve of the scenario knows, at whatever temperature it was solved.
 */
export function reportOn(
  solved: Solved,
  course: Course,
  setup: Pick<PlaySetup, 'seed' | 'runs' | 'memory'>,
): Report {
  const ctx = solved.ctx
  const next = nextDecision(ctx, course)
  if (next) throw new Error(`no report yet: ${next.actor} has still to decide at the ${next.stage} stage`)
  const request = course.request?.kind === 'request' ? course.request : 'none'
  const legal = evaluateTreaty(ctx.situation, request)
  const name = (actor: ActorId) => ctx.scenario.actors[actor]?.name ?? actor
  const rules =
    course.response?.kind === 'grant'
      ? [...legal.rules, consensusResult(course.votes, name, ctx.situation.date)]
      : legal.rules
  const deployment = deploymentOf(course)
  const x = indicatorsOf(ctx, course, MEAN_LATENT, new Float64Array(ctx.weights[0]!.length))
  const utilities = utilitiesWithCosts(ctx, course, x)
  const engineUtilities = solved.solution.bestValue(EMPTY_COURSE)
  return {
    verdict: { ...legal, status: statusOf(rules), rules },
    deployment,
    contingent: contingentSent(ctx, course),
    outcomes: monteCarlo(ctx, course, deriveSeed(setup.seed, 2), setup.runs ?? 1000, setup.memory),
    actors: ctx.actors.map((actor, i) => ({
      actor,
      utility: utilities[i]!,
      engineUtility: engineUtilities[i]!,
    })),
    course,
  }
}
