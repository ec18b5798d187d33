// Each actor's weights over the indicators: the standing catalog, shaped by the scenario's facts.
import type { Actor, Scenario } from '../../scenario/types'
import { INDICATOR_INDEX as I, INDICATORS } from '../outcomes/indicators'

/**
 * Why weights move with the facts:
 * - Moscow props up governments it sees as legitimate: Russia's weight on the requester's stability
 *   scales with that view (it doubted Kyrgyzstan's interim government in 2010, backed Tokayev in 2022).
 * - China cares for a member's stability, and minds Russia's footprint there, as far as it has stakes
 *   there (The Diplomat 2022; Šutanovac 2022; Libman and Davidzon 2023).
 * - Another member cares for a fellow government's survival, but less than for its own: half weight.
 * - Another member does not value a fellow member's independence from Moscow for its own sake: none. What it minds
 *   of the same loss is Russian troops at its own border (neighbour.ts) and troops that could one day be sent into
 *   its own conflict (precedent.ts), each weighed by its own weight on independence; weighing the host's loss on
 *   the indicator too counted those causes twice.
 */
/** Whether `actor` is a member voting on another's request: it weighs its own independence, not the requester's. */
export const isFellowMember = (actor: Actor, scenario: Scenario): boolean =>
  actor.kind === 'member' && actor.id !== scenario.requester

export function shapedWeights(actor: Actor, scenario: Scenario): Float64Array {
  const w = Float64Array.from(INDICATORS, (k) => actor.interests[k])
  const { legitimacy } = scenario.facts.moscow
  const { stakes } = scenario.facts.china
  switch (actor.kind) {
    case 'leading-member':
      w[I.regimeStability]! *= legitimacy
      break
    case 'neighbour-power':
      w[I.regimeStability]! *= stakes
      w[I.russianInfluence]! *= 0.5 + 0.5 * stakes
      break
    case 'member':
      if (isFellowMember(actor, scenario)) {
        w[I.regimeStability]! *= 0.5
        w[I.sovereignty] = 0
      }
      break
    case 'outsider':
      break
  }
  // China's satisfaction is China's own utility: China cannot also weigh it.
  if (actor.kind === 'neighbour-power') w[I.chinaSatisfaction] = 0
  return w
}
