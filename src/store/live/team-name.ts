// A team name as the join form shows it while it is typed: as the server will keep it, and counted as the
// server counts it, so the form can say what will change and how much room is left before anything is sent.
import { NAME_MAX, nameLength, normaliseName } from '../../live/names'

export interface TeamNameDraft {
  /** The name the server will keep and show (invisible characters dropped, spaces made one). */
  readonly kept: string
  /** Its characters as a reader counts them: 👩‍💻 is one. */
  readonly length: number
  readonly max: number
  /** How many characters over the limit it is: 0 when it fits. */
  readonly over: number
  /** Whether the name kept differs from the name typed beyond its outer spaces. */
  readonly changed: boolean
}

export function teamNameDraft(typed: string): TeamNameDraft {
  const kept = normaliseName(typed)
  const length = nameLength(kept)
  return { kept, length, max: NAME_MAX, over: Math.max(0, length - NAME_MAX), changed: kept !== typed.trim() }
}
