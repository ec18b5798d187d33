// The outcome indicators, their order in arrays, and their plain names.

import type { Indicator } from '../../scenario/types'
import { INDICATORS } from '../../scenario/vocabulary'

export type { Indicator }
export { INDICATORS }

export const INDICATOR_INDEX: Readonly<Record<Indicator, number>> = Object.fromEntries(
  INDICATORS.map((k, i) => [k, i]),
) as Record<Indicator, number>

export const INDICATOR_LABEL: Readonly<Record<Indicator, string>> = {
  regimeStability: "The requesting government's hold on power",
  sovereignty: "The requester's independence from Moscow",
  russianInfluence: "Russia's regional influence",
  allianceCredibility: "The alliance's credibility",
  chinaSatisfaction: "China's satisfaction",
  westRelations: 'Relations with the West',
  escalationRisk: 'Risk of casualties and escalation',
  militaryStrain: "Strain on Russia's forces",
}

/** Indicators where a higher number is worse, so charts and debriefs can say so. */
export const HIGHER_IS_WORSE: ReadonlySet<Indicator> = new Set(['escalationRisk', 'militaryStrain'])
