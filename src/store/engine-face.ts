// The engine's few values the game's and the live screens show, through the store, loaded with those screens.
// Read from the engine's own files rather than its index: the engine travels as one chunk, which these screens
// need none of (games run in a worker), and these are a few names, the notation's reader and writer, which
// text of the treaty was in force on a day, and whether troops went.
import type { Decision, DecisionPoint, Stage } from '../engine'
import { formatDecision, parseDecision } from '../engine/decisions/notation'
import type { ActorId } from '../scenario/types'

export { SMALLEST_REASON } from '../engine/interests/smallest-reason'
export { isFellowMember } from '../engine/interests/weights'
export { HIGHER_IS_WORSE } from '../engine/outcomes/indicators'
export { troopsGo } from '../engine/outcomes/troops-go'
export {
  ABSTENTION_FROM,
  AMENDED_FROM,
  inForceOn,
  type TreatyText,
  textInForce,
  treatyDay,
} from '../engine/treaty/text'

/** A decision the server sent as notation; null for one it should not have sent (a bug, shown as its notation). */
export function decisionOf(notation: string): Decision | null {
  const parsed = parseDecision(notation)
  return parsed.ok ? parsed.decision : null
}

/** A decision as the server takes it. */
export const notationOf = (decision: Decision): string => formatDecision(decision)

/** A live turn as the decision form takes it: the options the server offers, read from their notation. */
export const turnPoint = (turn: {
  readonly stage: Stage
  readonly actor: string
  readonly options: readonly string[]
}): DecisionPoint => ({
  stage: turn.stage,
  actor: turn.actor as ActorId,
  options: turn.options.flatMap((o) => decisionOf(o) ?? []),
})
