// Why an actor chose as it did, in words: built from the engine's structured reasons and the alternative that
// mattered (Move.against). The model's numbers are not here: "Show the numbers" lists them beside the sentence.
import {
  type ActorId,
  actorName,
  type Indicator,
  type Move,
  type Reason,
  reasonsOf,
  type Scenario,
  sameDecision,
} from '../../store'
import { decisionInstead, decisionPast } from './decisions'
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
 * Why a move, in one sentence: "Russia sent a peacekeeping contingent to guard strategic sites rather than
 * refusing: it shores up the hold on power of Kazakhstan's government, though it adds to the strain on
 * Russia's forces." Null when the move had no real alternative.
 */
export function whySentence(move: Move, scenario: Scenario, viewer?: ActorId): string | null {
  if (!move.against || move.reasons.length === 0) return null
  const { pros, cons } = reasonsOf(move)
  const clause = (r: Reason) => reasonClause(r, scenario, move.actor, viewer)
  const who = move.actor === viewer ? 'You' : actorName(scenario, move.actor)
  const lead = `${who} ${decisionPast(move.decision)} rather than ${decisionInstead(move.against)}`
  const gained = pros.length > 0 ? `it ${list(pros.map(clause))}` : ''
  const lost = cons.length > 0 ? `it ${list(cons.map(clause))}` : ''
  if (move.by === 'player' && !sameDecision(move.decision, move.best))
    return `${lead}, which the engine would have chosen in your seat. ${
      lost ? `What it cost you: ${lost}.` : ''
    }${gained ? ` What it gained you: ${gained}.` : ''}`.trim()
  if (gained && lost) return `${lead}: ${gained}, though ${lost}.`
  return `${lead}: ${gained || lost}.`
}
