// The engine at a live table: several teams hold seats, the engine plays every other actor.
// The engine's public play() seats one person; a table seats several, so this file steps the game
// itself with nextDecision and the solved tree, and asks play() only for the final report.
// applyDecision is the engine's own (not re-implemented here), reached past its index until the
// engine exports a multi-seat play.
import {
  type Course,
  type Decision,
  type DecisionPoint,
  formatDecision,
  nextDecision,
  play,
  type Report,
  type Solved,
  solveScenario,
} from '../engine'
import { applyDecision, EMPTY_COURSE } from '../engine/decisions/game'
import type { ActorId, RoleId, Scenario } from '../scenario'
import { draw } from './draw'
import type { Table, TableMove, TeamId } from './types'

export { EMPTY_COURSE }

export interface Seat {
  readonly role: RoleId
  readonly team: TeamId
}

/** Everything a table needs to play on: the solved scenario, who sits where, and the round. */
export interface TableContext {
  readonly solved: Solved
  readonly seats: ReadonlyMap<ActorId, Seat>
  readonly roleOf: (actor: ActorId) => RoleId | undefined
  readonly seed: number
  readonly round: number
  /** Injects released so far: a table that finishes now keeps these facts for its outcomes. */
  readonly injects: number
  /** The session is ending: the engine plays the teams' seats too, as their stand-in. */
  readonly standIn: boolean
}

// Solving is cheap (under a millisecond) but runs on every reveal: reuse it per scenario object.
const solvedCache = new WeakMap<Scenario, Map<number, Solved>>()
export function solvedFor(scenario: Scenario, temperature: number): Solved {
  let byTemperature = solvedCache.get(scenario)
  if (!byTemperature) {
    byTemperature = new Map()
    solvedCache.set(scenario, byTemperature)
  }
  let solved = byTemperature.get(temperature)
  if (!solved) {
    solved = solveScenario(scenario, temperature)
    byTemperature.set(temperature, solved)
  }
  return solved
}

export const sameDecision = (a: Decision, b: Decision): boolean => formatDecision(a) === formatDecision(b)

/** The engine's own option equal to a decision, so every move is one of the tree's objects. */
export const optionLike = (options: readonly Decision[], d: Decision): Decision | undefined =>
  options.find((o) => sameDecision(o, d))

/** The point the table is at: who moves next and with which options, or null when it is over. */
export const pointOf = (solved: Solved, course: Course): DecisionPoint | null =>
  nextDecision(solved.ctx, course)

/** What the engine plays at this table's current point: the solved tree's logit choice, on the table's own dice. */
export function engineChoice(solved: Solved, table: Table, seed: number): Decision {
  const node = solved.solution.at(table.course)
  if (!node) throw new Error(`table ${table.index} has no decision to make`)
  const u = draw(seed, table.moves.length)
  let acc = 0
  for (let i = 0; i < node.moves.length; i++) {
    acc += node.probabilities[i]!
    if (u < acc) return node.moves[i]!
  }
  return node.moves[node.moves.length - 1]!
}

/** The table after one decision at its current point. */
export function withMove(
  table: Table,
  point: DecisionPoint,
  decision: Decision,
  move: Pick<TableMove, 'by' | 'team' | 'round' | 'role'>,
): Table {
  return {
    ...table,
    course: applyDecision(table.course, point, decision),
    moves: [...table.moves, { stage: point.stage, actor: point.actor, decision, ...move }],
  }
}

/** Plays the engine's seats until a team owes a decision or the game is over. */
export function playOn(table: Table, ctx: TableContext): Table {
  let t = table
  for (let point = pointOf(ctx.solved, t.course); point; point = pointOf(ctx.solved, t.course)) {
    const seat = ctx.seats.get(point.actor)
    if (seat && !ctx.standIn)
      return {
        ...t,
        state: {
          kind: 'deciding',
          pending: {
            stage: point.stage,
            actor: point.actor,
            role: seat.role,
            team: seat.team,
            options: point.options,
          },
          submission: undefined,
        },
      }
    t = withMove(t, point, engineChoice(ctx.solved, t, ctx.seed), {
      by: seat ? 'stand-in' : 'engine',
      team: seat?.team,
      round: ctx.round,
      role: seat?.role ?? ctx.roleOf(point.actor),
    })
  }
  return { ...t, state: { kind: 'finished', round: ctx.round, injects: ctx.injects } }
}

/**
 * The engine's report on a finished table: play() over a solution whose choices along the table's
 * path are the moves the table made, so the verdict, deployment and outcome bands are the
 * single-player game's own. Costs about as much as a single-player game (tens of milliseconds).
 */
export function reportOf(
  scenario: Scenario,
  temperature: number,
  seed: number,
  moves: readonly TableMove[],
): Report {
  const solved = solvedFor(scenario, temperature)
  const path = new Map<string, Decision>()
  let course: Course = EMPTY_COURSE
  for (const m of moves) {
    path.set(pathKey(course), m.decision)
    course = applyDecision(course, { stage: m.stage, actor: m.actor, options: [] }, m.decision)
  }
  const real = solved.solution
  const solution: Solved['solution'] = {
    at(c) {
      const node = real.at(c)
      const chosen = path.get(pathKey(c))
      if (!node || !chosen) return node
      const i = node.moves.findIndex((m) => sameDecision(m, chosen))
      if (i >= 0) return { ...node, probabilities: node.moves.map((_, j) => (j === i ? 1 : 0)) }
      // An inject changed the facts after this move: the final facts no longer offer it, so add it back.
      const point = pointOf(solved, c)!
      return {
        ...node,
        moves: [...node.moves, chosen],
        values: [...node.values, real.value(applyDecision(c, point, chosen))],
        probabilities: [...node.moves.map(() => 0), 1],
      }
    },
    value: (c) => real.value(c),
    get size() {
      return real.size
    },
  }
  // Temperature 0 on the forced solution makes play() take it for the rational one, whose values it
  // reports as what each actor would have had with the engine everywhere: give it the real ones.
  const rational = solvedFor(scenario, 0)
  const forced: Solved = {
    ...solved,
    temperature: 0,
    solution: { ...solution, value: (c) => rational.solution.value(c) },
  }
  const result = play(scenario, { seed, temperature }, forced)
  if (result.status !== 'finished')
    throw new Error(`the report of a finished table came back ${result.status}`)
  return result.report
}

const pathKey = (c: Course): string =>
  [c.request, c.response, ...c.votes.map((v) => v.vote), c.reaction, c.exit]
    .map((d) => (d ? formatDecision(d) : '-'))
    .join('|')
