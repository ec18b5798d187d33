// How far a request's framing overclaims the outside hand in a crisis.
import type { Facts } from '../../scenario/types'
import type { Framing } from '../decisions/types'

/**
 * How far a framing overclaims, 0 (true) to 1 (baseless). Calling internal unrest foreign-backed terrorism
 * with no evidence is the "false externalization" Beliakova describes in Kazakhstan 2022.
 */
export function falsity(facts: Facts, framing: Framing): number {
  const e = facts.threat.outsideEvidence
  if (facts.adversary.kind === 'internal') {
    if (framing === 'internal-unrest') return 0
    return framing === 'foreign-backed' ? 1 - e : 1 - 0.5 * e
  }
  if (framing === 'internal-unrest') return 0.5
  // A state's troops are an attack from outside, not terrorists; militants from abroad the reverse.
  const isState = facts.adversary.actor !== undefined
  return (framing === 'external-attack') === isState ? 0 : 0.3
}
