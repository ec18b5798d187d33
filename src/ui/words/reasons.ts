// Why an actor chose as it did, in words: built from the engine's structured reasons and the alternative that
// mattered (Move.against). The model's numbers are not here: "Show the numbers" lists them beside the sentence.
import {
  type ActorId,
  type Indicator,
  type Move,
  type Reason,
  reasonsOf,
  type Scenario,
  sameDecision,
} from '../../store'
import type { Translate } from '../i18n/use-text'
import { decisionInstead } from './decisions'
import { indicatorInSentence } from './indicators'

/** The verbs for an indicator going up and going down, as the sentence reads it. */
const MOVES: Readonly<Record<Indicator, readonly [up: string, down: string]>> = {
  regimeStability: ['shores up', 'weakens'],
  sovereignty: ['protects', 'cuts into'],
  russianInfluence: ['extends', 'weakens'],
  allianceCredibility: ['bolsters', 'dents'],
  chinaSatisfaction: ['raises', 'lowers'],
  westRelations: ['improves', 'strains'],
  escalationRisk: ['raises', 'lowers'],
  militaryStrain: ['adds to', 'eases'],
}

/** A change of a few points is slight; a change of a tenth of the scale or more is large. */
const SLIGHT = 3
const LARGE = 10

/** One reason as a clause after "it": "shores up your hold on power". */
export function reasonClause(r: Reason, scenario: Scenario, mover: ActorId, viewer?: ActorId): string {
  const whose = mover === viewer ? 'your' : 'its'
  switch (r.kind) {
    case 'norm':
      return `${r.effect > 0 ? 'keeps to' : 'strains'} ${whose} reading that Article 4 covers only attacks from outside`
    case 'participation':
      return `${r.effect > 0 ? 'spares' : 'sends'} ${whose} own soldiers`
    case 'indicator': {
      const [up, down] = MOVES[r.indicator]
      const size =
        Math.abs(r.delta) >= LARGE ? ' a great deal' : Math.abs(r.delta) < SLIGHT ? ' a little' : ''
      return `${r.delta > 0 ? up : down} ${indicatorInSentence(scenario, r.indicator, viewer)}${size}`
    }
  }
}

/** "a, b and c". */
export const list = (parts: readonly string[]): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`

/**
 * Why a move, beside the line that says what it was: "Rather than refusing: it shores up the hold on power of
 * Kazakhstan's government, though it adds to the strain on your forces." For a player who chose otherwise than
 * the engine would have in their seat, what that cost and gained them. Null when the move had no alternative.
 */
export function whyText(move: Move, scenario: Scenario, t: Translate, viewer?: ActorId): string | null {
  if (!move.against || move.reasons.length === 0) return null
  const { pros, cons } = reasonsOf(move, 2)
  const clause = (r: Reason) => reasonClause(r, scenario, move.actor, viewer)
  const gained = list(pros.map(clause))
  const lost = list(cons.map(clause))
  const instead = decisionInstead(move.against, t)
  if (move.by === 'player' && !sameDecision(move.decision, move.best)) {
    const against = `Against that, your choice ${gained || lost}${gained && lost ? `, though it ${lost}` : ''}.`
    return `In your seat the engine would have preferred ${instead}. ${against}`
  }
  const because = gained && lost ? `it ${gained}, though it ${lost}` : `it ${gained || lost}`
  return `Rather than ${instead}: ${because}.`
}
