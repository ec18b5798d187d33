// What history's opening moves were, in the engine's notation, and whether a game's first moves match them. The
// record says what was asked and answered, not every detail: where it is silent, a move is as in history only if
// it is what the engine's own actor would choose there (its best reply), so no likely-looking record is filled in
// with a worse option an unlucky draw took. Where the engine's best reply contradicts the record, the record wins.
// Here too is the search for a seed whose game opens that way, for "start from what really happened".
import { courseAfter, EMPTY_COURSE, formatDecision, GAME_TEMPERATURE, type Move, play } from '../engine'
import type { ActorId, HistoricalRecord, Role, Scenario } from '../scenario/types'
import { solvedFor } from './solved-cache'

/** A move as notation, with who made it and at which stage, and the engine's best reply in its place. */
export interface NotatedMove {
  readonly stage: 'request' | 'response' | 'vote' | 'reaction' | 'exit'
  readonly actor: ActorId
  readonly notation: string
  /** What the engine would have chosen at this point, playing this actor at its best, in notation. */
  readonly best: string
}

const ANY = '*'

/** The notation history gives a stage (for a vote, the voter's), with `*` where the record is silent. */
export function recordedNotation(
  record: HistoricalRecord,
  move: Pick<NotatedMove, 'stage' | 'actor'>,
): string {
  switch (move.stage) {
    case 'request':
      return record.requested ? `request:${record.framing ?? ANY}:${record.help ?? ANY}:${ANY}` : 'no-request'
    case 'response':
      switch (record.response) {
        case 'no-request':
          return ANY
        case 'refused':
          return 'refuse'
        case 'consultations':
          return 'consult'
        case 'bilateral':
          return `bilateral:${record.mission ?? ANY}:${ANY}`
        default:
          return `grant:${record.response}:${record.mission ?? ANY}:${ANY}`
      }
    case 'vote':
      if (!record.council) return ANY
      if (record.council.objected.includes(move.actor)) return 'object'
      if (record.council.abstained.includes(move.actor)) return 'abstain'
      return 'consent'
    case 'reaction':
      return record.china === 'silent' ? 'stay-silent' : record.china
    case 'exit':
      return ANY
  }
}

/** Whether a notation fits a pattern of the record, part by part (`*` fits any part, and any rest). */
export function fits(notation: string, pattern: string): boolean {
  const parts = notation.split(':')
  const wanted = pattern.split(':')
  return (
    wanted.every((w, i) => w === ANY || w === parts[i]) && (wanted.length === parts.length || pattern === ANY)
  )
}

/**
 * Whether a move is as in history: it fits the record, and where the record is silent it is the engine's best
 * reply, unless that best reply does not fit the record (then the record wins, and fitting it is enough). When the
 * best reply fits, it agrees with the record wherever the record speaks, so the move must be the best reply itself.
 */
export function moveAsRecorded(move: NotatedMove, record: HistoricalRecord): boolean {
  const pattern = recordedNotation(record, move)
  if (!fits(move.notation, pattern)) return false
  return move.notation === move.best || !fits(move.best, pattern)
}

/** Whether every one of these moves is as in history (see moveAsRecorded). */
export const opensAsRecorded = (moves: readonly NotatedMove[], record: HistoricalRecord): boolean =>
  moves.every((m) => moveAsRecorded(m, record))

/** A game's move as notation, with the engine's best reply in its place. */
export const notatedMove = ({ stage, actor, decision, best }: Move): NotatedMove => ({
  stage,
  actor,
  notation: formatDecision(decision),
  best: formatDecision(best),
})

/** How far the search for a historical opening looks before it says there is none to be had. */
export const OPENING_TRIES = 400

/**
 * A seed whose game opens as history did: the moves before the player's first turn (every other actor's, in
 * this seat) as the record has them and, where the record is silent, the engine's best reply (the same rule as
 * GameView's `opening`; see opensAsRecorded). The search starts at `from` and stays among the short seeds a teacher
 * can read out; null when the player moves first or no game in reach opens that way.
 */
export function historicalOpening(scenario: Scenario, role: Role, from: number): number | null {
  const record = scenario.history
  if (!record) return null
  for (let i = 0; i < OPENING_TRIES; i++) {
    const seed = 1 + ((from - 1 + i) % 9999)
    const result = play(
      scenario,
      { seed, temperature: GAME_TEMPERATURE, player: { actor: role.actor, decisions: [] }, runs: 1 },
      solvedFor(scenario),
    )
    if (result.moves.length === 0) return null
    if (opensAsRecorded(result.moves.map(notatedMove), record)) return seed
  }
  return null
}

/** The moves history made in a game: its opening, when that is as recorded, and what they did to the player. */
export interface RecordedOpening {
  /** How many of the game's first moves are history's (the others' moves before the player's first turn). */
  readonly moves: number
  /**
   * What those moves did to the player's score against the engine's expectation: the player's value with every
   * actor at its best from the course they leave, less that from the start. It is part of the score's luck, told
   * apart because the record chose these moves, not the dice.
   */
  readonly points: number
}

/** The others' moves before the player's first turn: all of the game's when the player's turn never came. */
export function movesBeforePlayer(moves: readonly Move[]): readonly Move[] {
  const first = moves.findIndex((m) => m.by === 'player')
  return moves.slice(0, first === -1 ? moves.length : first)
}

/** What an opening the record made (`before`, as movesBeforePlayer gives it, found as recorded) did to the player. */
export function recordedOpening(
  scenario: Scenario,
  actor: ActorId,
  before: readonly Move[],
): RecordedOpening {
  const { ctx, solution } = solvedFor(scenario)
  const seat = ctx.actors.indexOf(actor)
  const course = courseAfter(before)
  const points = solution.bestValue(course)[seat]! - solution.bestValue(EMPTY_COURSE)[seat]!
  return { moves: before.length, points }
}
