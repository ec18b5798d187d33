// The outcome indicators in the student's words: a title for the charts, and a name inside a sentence that
// speaks to the player when the indicator is about their own role ("your hold on power").
import type { ActorId, Indicator, Scenario } from '../../store'

/** Titles for charts and lists, the same for every reader. */
export const INDICATOR_TITLE: Readonly<Record<Indicator, string>> = {
  regimeStability: "The requesting government's hold on power",
  sovereignty: "The requester's independence from Moscow",
  russianInfluence: "Russia's regional influence",
  allianceCredibility: "The alliance's credibility",
  chinaSatisfaction: "China's satisfaction",
  westRelations: 'Relations with the West',
  escalationRisk: 'Risk of casualties and escalation',
  militaryStrain: "Strain on Russia's forces",
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

/** As the player reads it about their own role, and about another's (`name` is that actor's name). */
const IN_A_SENTENCE: Readonly<Record<Indicator, { mine: string; theirs: (name: string) => string }>> = {
  regimeStability: { mine: 'your hold on power', theirs: (n) => `the hold on power of ${n}'s government` },
  sovereignty: { mine: 'your independence from Moscow', theirs: (n) => `${n}'s independence from Moscow` },
  russianInfluence: { mine: 'your influence in the region', theirs: (n) => `${n}'s influence in the region` },
  allianceCredibility: { mine: "the alliance's credibility", theirs: () => "the alliance's credibility" },
  chinaSatisfaction: { mine: 'your satisfaction with the outcome', theirs: (n) => `${n}'s satisfaction` },
  westRelations: { mine: 'relations with the West', theirs: () => 'relations with the West' },
  escalationRisk: {
    mine: 'the risk of casualties and escalation',
    theirs: () => 'the risk of casualties and escalation',
  },
  militaryStrain: { mine: 'the strain on your forces', theirs: (n) => `the strain on ${n}'s forces` },
}

/** Who an indicator is about in this scenario. */
function subjectOf(scenario: Scenario, indicator: Indicator): ActorId | undefined {
  const subject = SUBJECT[indicator]
  if (subject === 'requester') return scenario.requester
  const kind = subject === 'leader' ? 'leading-member' : 'neighbour-power'
  return subject ? Object.values(scenario.actors).find((a) => a.kind === kind)?.id : undefined
}

/** An indicator inside a sentence read by the player of `viewer`: theirs when it is about them. */
export function indicatorInSentence(scenario: Scenario, indicator: Indicator, viewer?: ActorId): string {
  const subject = subjectOf(scenario, indicator)
  const words = IN_A_SENTENCE[indicator]
  if (subject && subject === viewer) return words.mine
  return words.theirs(subject ? (scenario.actors[subject]?.name ?? subject) : '')
}

/** An indicator as a list's label for the player of `viewer`, capitalised. */
export function indicatorLabel(scenario: Scenario, indicator: Indicator, viewer?: ActorId): string {
  const text = indicatorInSentence(scenario, indicator, viewer)
  return text.charAt(0).toUpperCase() + text.slice(1)
}
