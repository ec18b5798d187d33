// What history's opening moves were, in the engine's notation, and whether a game's first moves match them: the
// record says what was asked and answered, not every detail, so what it leaves out matches anything.
import type { ActorId, HistoricalRecord } from '../scenario/types'

/** A move as notation, with who made it and at which stage. */
export interface NotatedMove {
  readonly stage: 'request' | 'response' | 'vote' | 'reaction' | 'exit'
  readonly actor: ActorId
  readonly notation: string
}

const ANY = '*'

/** The notation history gives a stage (for a vote, the voter's), with `*` where the record is silent. */
export function recordedNotation(record: HistoricalRecord, move: Omit<NotatedMove, 'notation'>): string {
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

/** Whether every one of these moves is as the record has it. */
export const opensAsRecorded = (moves: readonly NotatedMove[], record: HistoricalRecord): boolean =>
  moves.every((m) => fits(m.notation, recordedNotation(record, m)))
