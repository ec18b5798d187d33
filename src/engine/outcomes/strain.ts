// What a deployment costs Russia's forces in readied units, and how much of that a Russian base already in the host
// spares them: the troops it can lend need no airlift and are not taken from forces needed elsewhere.
import type { Scenario } from '../../scenario/types'
import type { Deployment } from '../decisions/types'
import { inForceOn } from '../treaty/text'
import { TROOPS } from './deployment'

/**
 * The Russian troops based in the requester's country on the day the crisis is decided: its profile's base, once
 * opened (dated as the treaty is, `inForceOn`), else none. The 201st in Tajikistan, the 102nd at Gyumri, Kant.
 */
export function basedTroops(scenario: Scenario, day: string): number {
  const base = scenario.actors[scenario.requester]?.russianBase
  return base && inForceOn(base.since, day) ? base.troops : 0
}

/** The strain of the deployment itself, and the part of it the troops of a base in the host spare. */
export interface DeploymentStrain {
  readonly whole: number
  readonly spared: number
}

/**
 * Units readied, flown and held in reserve cost capacity however short the stay, the more so when Russia's forces
 * are needed elsewhere (Ukraine in January 2022; Libman and Davidzon 2023): `60 × (Russian troops / 12,000) ×
 * (0.6 + 0.4 × stay) × (0.4 + 1.2 C)`. Troops a base in the host can lend are already there: the share of the
 * Russian contingent they can supply, capped by the base's size, is spared that cost. No new constant: a base of
 * 7,000 can supply a contingent of 1,850, and half of one of 14,000. The rest of the strain (casualties, units
 * pulled from other fronts) stays: a garrison sent out is a garrison to replace (Moscow flew a battalion to Kant
 * in June 2010).
 */
export function deploymentStrain(
  d: Extract<Deployment, { kind: 'deployed' }>,
  russianShare: number,
  based: number,
  commitments: number,
): DeploymentStrain {
  const russian = TROOPS[d.unit] * russianShare
  const whole =
    60 *
    (russian / TROOPS['rapid-reaction']) *
    (0.6 + 0.4 * Math.min(1, d.days / 90)) *
    (0.4 + 1.2 * commitments)
  const supplied = russian > 0 ? Math.min(1, based / russian) : 0
  return { whole, spared: whole * supplied }
}
