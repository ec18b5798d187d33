// What history's opening moves were, in the engine's notation, and whether a game's first moves match them. The
// record says what was asked and answered, not every detail: where it is silent, a move is as in history only if
// it is what the engine's own actor would choose there (its best reply), so no likely-looking record is filled in
// with a worse option an unlucky draw took. Where the engine's best reply contradicts the record, the record wins.
import type { ActorId, HistoricalRecord } from '../scenario/types'

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
