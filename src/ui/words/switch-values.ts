// A what-if switch in words: the fact it sets, and each value it offers, naming the requester and the adversary's
// state by the names the scenario shows.
import { actorName, type Scenario, type SwitchFact, type SwitchValue } from '../../store'
import type { Translate } from '../i18n/use-text'
import { ADVERSARY_WORDS, FACT_WORDS } from './verdicts'

export const switchLegend = (fact: SwitchFact, t: Translate): string => t(FACT_WORDS[fact])

const KIND_WORDS: Readonly<Record<Scenario['facts']['threat']['kind'], string>> = {
  unrest: 'whatIf.switch.kind.unrest',
  'ethnic-violence': 'whatIf.switch.kind.ethnicViolence',
  'interstate-war': 'whatIf.switch.kind.interstateWar',
  'border-clash': 'whatIf.switch.kind.borderClash',
  insurgency: 'whatIf.switch.kind.insurgency',
}

/**
 * An adversary's kind as a switch offers it. An outsider that names its state is said to be no partner of Moscow: set
 * beside a partner, as a switch in Armenia 2022 could set it, "a state outside the alliance" read as the same state
 * said twice, where the difference is the one the treaty's reach turns on. One that names none is what the engine
 * takes it for, attackers from abroad who are not a state (the 1992 text's rule, China's answer), and is said so.
 */
const SWITCH_ADVERSARY_WORDS: Readonly<Record<string, string>> = {
  ...ADVERSARY_WORDS,
  outsider: 'whatIf.switch.adversary.outsider',
}
const STATELESS_OUTSIDER = 'whatIf.switch.adversary.outsiderGroups'

/** One value of a switch on this fact, as its radio button reads. */
export function switchValueText(
  fact: SwitchFact,
  value: SwitchValue,
  scenario: Pick<Scenario, 'actors' | 'requester'>,
  t: Translate,
): string {
  if (typeof value !== 'string') {
    if (!value.actor)
      return t(value.kind === 'outsider' ? STATELESS_OUTSIDER : SWITCH_ADVERSARY_WORDS[value.kind]!)
    const what = t(SWITCH_ADVERSARY_WORDS[value.kind]!)
    return t('whatIf.switch.named', { what, name: actorName(scenario, value.actor) })
  }
  if (fact === 'threat.kind') return t(KIND_WORDS[value as keyof typeof KIND_WORDS])
  return value === 'own'
    ? t('whatIf.switch.territory.own', { requester: actorName(scenario, scenario.requester) })
    : t(`compare.territory.${value}`)
}
