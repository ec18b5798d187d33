// The outcome indicators in the student's words: a title for the charts, and a name inside a sentence that
// speaks to the player when the indicator is about their own role ("your hold on power"). The words are
// messages; here is only whose indicator it is, so each language can put that actor's name in its own case.
import type { ActorId, Indicator, Scenario } from '../../store'
import { isFellowMember } from '../../store/engine-face'
import type { Translate } from '../i18n/use-text'

/** Titles for charts and lists, the same for every reader, as message ids. */
export const INDICATOR_TITLE: Readonly<Record<Indicator, string>> = {
  regimeStability: 'words.indicator.regimeStability',
  sovereignty: 'words.indicator.sovereignty',
  russianInfluence: 'words.indicator.russianInfluence',
  allianceCredibility: 'words.indicator.allianceCredibility',
  chinaSatisfaction: 'words.indicator.chinaSatisfaction',
  westRelations: 'words.indicator.westRelations',
  escalationRisk: 'words.indicator.escalationRisk',
  militaryStrain: 'words.indicator.militaryStrain',
}

/** An indicator as a list's label, capitalised: "Your hold on power", "Russia's influence in the region". */
const LABEL: Readonly<Record<Indicator, string>> = {
  regimeStability: 'words.concern.regimeStability',
  sovereignty: 'words.concern.sovereignty',
  russianInfluence: 'words.concern.russianInfluence',
  allianceCredibility: 'words.concern.allianceCredibility',
  chinaSatisfaction: 'words.concern.chinaSatisfaction',
  westRelations: 'words.concern.westRelations',
  escalationRisk: 'words.concern.escalationRisk',
  militaryStrain: 'words.concern.militaryStrain',
}

/** Whose an indicator is: the requester's, the leading member's, the neighbour power's, or nobody's own. */
type Subject = 'requester' | 'leader' | 'neighbour' | null
const SUBJECT: Readonly<Record<Indicator, Subject>> = {
  regimeStability: 'requester',
  sovereignty: 'requester',
  russianInfluence: 'leader',
  allianceCredibility: null,
  chinaSatisfaction: 'neighbour',
  westRelations: null,
  escalationRisk: null,
  militaryStrain: 'leader',
}

/**
 * Who an indicator is about in this scenario, as `holder` weighs it. A member other than the requester weighs its
 * own independence from Moscow, not the requester's: the model charges it, through the border and the precedent,
 * for what a force next door or in a fellow member's internal conflict may one day cost its own (docs/model.md §4).
 */
function subjectOf(scenario: Scenario, indicator: Indicator, holder?: ActorId): ActorId | undefined {
  const actor = holder === undefined ? undefined : scenario.actors[holder]
  if (indicator === 'sovereignty' && actor && isFellowMember(actor, scenario)) return actor.id
  const subject = SUBJECT[indicator]
  if (subject === 'requester') return scenario.requester
  const kind = subject === 'leader' ? 'leading-member' : 'neighbour-power'
  return subject ? Object.values(scenario.actors).find((a) => a.kind === kind)?.id : undefined
}

/**
 * The values a message about an indicator needs: whether it is the player's own (`mine`), and otherwise its
 * actor's name as the sentence holds it (`of`: "Kazakhstan" before "'s"; «Казахстана» after a noun).
 * `holder` is the actor whose interest it is, where that changes whose indicator it is (a member's own
 * independence).
 */
export function indicatorValues(
  scenario: Scenario,
  indicator: Indicator,
  t: Translate,
  viewer?: ActorId,
  holder?: ActorId,
): { mine: 'yes' | 'no'; of: string } {
  const subject = subjectOf(scenario, indicator, holder)
  const name = subject ? (scenario.actors[subject]?.name ?? subject) : ''
  return {
    mine: subject && subject === viewer ? 'yes' : 'no',
    of: subject ? t('words.of', { actor: subject, name }) : '',
  }
}

/** An indicator as a list's label for the player of `viewer`, capitalised, as `holder` weighs it. */
export const indicatorLabel = (
  scenario: Scenario,
  indicator: Indicator,
  t: Translate,
  viewer?: ActorId,
  holder?: ActorId,
): string => t(LABEL[indicator], indicatorValues(scenario, indicator, t, viewer, holder))
