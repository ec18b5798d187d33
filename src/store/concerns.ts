// What an actor cares about, as the model weighs it in this crisis: the weights its decisions are taken with, not
// the standing ones of its profile. The scenario's facts shape some (src/engine/interests/weights.ts): Moscow's
// weight on the requester's hold on power follows its view of that government's legitimacy, China's its stakes,
// and a member weighs a fellow government's survival at half its own. A member's own independence from Moscow is
// kept as its profile gives it: the model charges it through the border and the precedent, not on the requester's
// indicator, and the list names it as the member's own (src/ui/words/indicators.ts).
// The engine's own files, not its index: the engine travels as one chunk, which these screens need none of.
import { isFellowMember, shapedWeights } from '../engine/interests/weights'
import { INDICATORS, type Indicator } from '../engine/outcomes/indicators'
import type { Actor, Scenario } from '../scenario/types'

export interface Concern {
  readonly indicator: Indicator
  readonly weight: number
}

/** What `actor` cares about in `scenario`, most first; weights too small to matter are left out. */
export function concernsOf(actor: Actor, scenario: Scenario, limit = 8): readonly Concern[] {
  const shaped = shapedWeights(actor, scenario)
  const ownIndependence = isFellowMember(actor, scenario)
  return INDICATORS.map((indicator, i) => ({
    indicator,
    weight: indicator === 'sovereignty' && ownIndependence ? actor.interests.sovereignty : shaped[i]!,
  }))
    .filter(({ weight }) => Math.abs(weight) >= 0.05)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, limit)
}
