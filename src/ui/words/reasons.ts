// Why an actor chose as it did, in words: built from the engine's structured reasons and the alternative that
// mattered (Move.against). The model's numbers are not here: "Show the numbers" lists them beside the sentence.
import {
  type ActorId,
  actorName,
  type Indicator,
  type Language,
  type Move,
  type Reason,
  reasonsOf,
  type Scenario,
  sameDecision,
} from '../../store'
import { formatList } from '../format'
import type { Translate } from '../i18n/use-text'
import { decisionInsteadOf } from './decisions'
import { indicatorValues } from './indicators'
import { midSentence } from './mid-sentence'

/** Each indicator's clause: its verb going up or down, and its name in the case that verb wants. */
const CLAUSE: Readonly<Record<Indicator, string>> = {
  regimeStability: 'words.reason.regimeStability',
  sovereignty: 'words.reason.sovereignty',
  russianInfluence: 'words.reason.russianInfluence',
  allianceCredibility: 'words.reason.allianceCredibility',
  chinaSatisfaction: 'words.reason.chinaSatisfaction',
  westRelations: 'words.reason.westRelations',
  escalationRisk: 'words.reason.escalationRisk',
  militaryStrain: 'words.reason.militaryStrain',
}

/** A change of a few points is slight; a change of a tenth of the scale or more is large. */
const SLIGHT = 3
const LARGE = 10

/**
 * One reason as a clause after "it": "shores up your hold on power" for the player's own actor (`viewer`), and
 * for another capital's move "shores up the hold on power of Kazakhstan's government": that capital weighs the
 * interest as its holder's, and "your" on its card would read as if it acted for the reader's gain.
 */
export function reasonClause(
  r: Reason,
  scenario: Scenario,
  mover: ActorId,
  t: Translate,
  viewer?: ActorId,
): string {
  const own = mover === viewer
  const mine = own ? 'yes' : 'no'
  switch (r.kind) {
    case 'norm':
      return t('words.reason.norm', { up: r.effect > 0 ? 'yes' : 'no', mine })
    case 'participation':
      return t('words.reason.participation', { up: r.effect > 0 ? 'yes' : 'no', mine })
    case 'border':
      return t('words.reason.border', { up: r.effect > 0 ? 'yes' : 'no', mine })
    case 'precedent':
      return t('words.reason.precedent', { up: r.effect > 0 ? 'yes' : 'no', mine })
    case 'indicator': {
      const size = Math.abs(r.delta) >= LARGE ? 'large' : Math.abs(r.delta) < SLIGHT ? 'slight' : 'fair'
      return t(CLAUSE[r.indicator], {
        ...indicatorValues(scenario, r.indicator, t, own ? viewer : undefined),
        up: r.delta > 0 ? 'yes' : 'no',
        size,
      })
    }
  }
}

/**
 * Why a move, beside the line that says what it was: "Rather than refusing: it shores up the hold on power of
 * Kazakhstan's government, though it adds to the strain on your forces." For a player who chose otherwise than
 * the engine would have in their seat, what that cost and gained them, or that the two would have ended alike for
 * them; for a move no term of the mover's decided, that the two were nearly even for it. Null when the move had no
 * alternative.
 */
export function whyText(
  move: Move,
  scenario: Scenario,
  t: Translate,
  language: Language,
  viewer?: ActorId,
): string | null {
  if (!move.against) return null
  const yours = move.by === 'player' && !sameDecision(move.decision, move.best)
  const instead = decisionInsteadOf(move.decision, move.against, t)
  const of = () => t('words.of', { actor: move.actor, name: midSentence(actorName(scenario, move.actor)) })
  if (move.reasons.length === 0) {
    // The reasons weigh the rest of the crisis as the engine expects it to play after each choice, not the game
    // played: none means the two expected endings are alike for the player, whatever the dice then did.
    if (yours) return t('words.why.yoursSame', { instead })
    const mine = move.actor === viewer ? 'yes' : 'no'
    // A vote another member's objection makes moot: that member, not any term of the voter's, is the reason.
    if (move.blockedBy)
      return t('words.why.blocked', {
        instead,
        blocker: midSentence(actorName(scenario, move.blockedBy)),
        mine,
        of: of(),
      })
    // No term of the mover's weighs enough to name (explain.ts leaves out the smallest): that the two are nearly
    // even for it is the reason, and says why the dice may take either.
    return t('words.why.evenly', { instead, mine, of: of() })
  }
  const { pros, cons } = reasonsOf(move, 2)
  const clause = (r: Reason) => reasonClause(r, scenario, move.actor, t, viewer)
  const gained = formatList(pros.map(clause), language)
  const lost = formatList(cons.map(clause), language)
  const values = { instead, first: gained || lost, second: lost }
  const though = gained !== '' && lost !== ''
  if (yours) return t(though ? 'words.why.yoursThough' : 'words.why.yours', values)
  // Every term named counts against the move: it won on restraint within the tolerance, or the dice took a close
  // second. Set after "Rather than…:" as a reason, a cost read as the motive (China "stays silent rather than
  // backing the government: it weakens the hold on power of Kyrgyzstan's government a little").
  if (gained === '')
    return t('words.why.despite', {
      instead,
      second: lost,
      mine: move.actor === viewer ? 'yes' : 'no',
      of: of(),
    })
  if (!though) return t('words.why.rather', values)
  // Another capital's costs are its own: "though it protects your independence from Moscow" would read as a
  // drawback for the reader, so the sentence says whose loss it is.
  if (move.actor !== viewer) return t('words.why.ratherAgainst', { ...values, of: of() })
  return t('words.why.ratherThough', values)
}
