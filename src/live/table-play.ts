// The engine at a live table: several teams hold seats, the engine plays every other actor.
// The engine's playTable steps a game with several seats; this file keeps the table's side of it:
// which team holds which seat, the table's own dice, the record of who made each move, and a stand-in
// for the teams when the session ends. It reaches the engine only through its public face.
import {
  applyDecision,
  type Course,
  type Decision,
  type DecisionPoint,
  EMPTY_COURSE,
  engineDecision,
  formatDecision,
  nextDecision,
  playTable,
  type Report,
  reportOn,
  type Solved,
  solveScenario,
} from '../engine'
import type { ActorId, RoleId, Scenario } from '../scenario'
import { draw } from './draw'
import type { Table, TableMove, TeamId } from './types'

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

// Solving takes milliseconds (tens for the larger scenarios) and every reveal needs it: reuse it per scenario object.
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
export const engineChoice = (solved: Solved, table: Table, seed: number): Decision =>
  engineDecision(solved, table.course, draw(seed, table.moves.length))

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
  // Standing in, the engine plays the teams' seats too: for the engine, nobody is seated.
  const seated: ReadonlySet<ActorId> = ctx.standIn ? new Set() : new Set(ctx.seats.keys())
  const played = playTable(ctx.solved, table.course, seated, (move) => draw(ctx.seed, move))
  const moves = played.moves.map(({ point, decision }): TableMove => {
    const seat = ctx.seats.get(point.actor)
    return {
      stage: point.stage,
      actor: point.actor,
      decision,
      by: seat ? 'stand-in' : 'engine',
      team: seat?.team,
      round: ctx.round,
      role: seat?.role ?? ctx.roleOf(point.actor),
    }
  })
  const t: Table = { ...table, course: played.course, moves: [...table.moves, ...moves] }
  if (played.status === 'finished')
    return { ...t, state: { kind: 'finished', round: ctx.round, injects: ctx.injects } }
  const { stage, actor, options } = played.pending
  const seat = ctx.seats.get(actor)!
  return {
    ...t,
    state: {
      kind: 'deciding',
      pending: { stage, actor, role: seat.role, team: seat.team, options },
      submission: undefined,
    },
  }
}

/**
 * The engine's report on a finished table: the single-player game's own verdict, deployment and
 * outcome bands, for the course the table's moves made (tens of milliseconds). The session's
 * temperature shaped those moves but not the report, which needs only the solve at temperature 0.
 */
export function reportOf(scenario: Scenario, seed: number, moves: readonly TableMove[]): Report {
  let course: Course = EMPTY_COURSE
  for (const m of moves)
    course = applyDecision(course, { stage: m.stage, actor: m.actor, options: [] }, m.decision)
  return reportOn(solvedFor(scenario, 0), course, { seed })
}
