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
 * An adversary's kind as a switch offers it. An outsider is said to be no partner of Moscow: set beside a partner, as
 * the switch in Armenia 2022 sets it, "a state outside the alliance" read as the same state said twice, where the
 * difference is the one the treaty's reach turns on.
 */
const SWITCH_ADVERSARY_WORDS: Readonly<Record<string, string>> = {
  ...ADVERSARY_WORDS,
  outsider: 'whatIf.switch.adversary.outsider',
}

/** One value of a switch on this fact, as its radio button reads. */
export function switchValueText(
  fact: SwitchFact,
  value: SwitchValue,
  scenario: Pick<Scenario, 'actors' | 'requester'>,
  t: Translate,
): string {
  if (typeof value !== 'string') {
    const what = t(SWITCH_ADVERSARY_WORDS[value.kind]!)
    return value.actor ? t('whatIf.switch.named', { what, name: actorName(scenario, value.actor) }) : what
  }
  if (fact === 'threat.kind') return t(KIND_WORDS[value as keyof typeof KIND_WORDS])
  return value === 'own'
    ? t('whatIf.switch.territory.own', { requester: actorName(scenario, scenario.requester) })
    : t(`compare.territory.${value}`)
}
