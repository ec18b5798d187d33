// What a course amounts to on the ground: whether troops went, how many, whose, how long.
import type { ActorId, Scenario } from '../../scenario/types'
import type { Course, Deployment, Force, Mission } from '../decisions/types'

/**
 * Troops by force level. A symbolic contingent is the size announced for Kazakhstan in January 2022
 * (about 2,500; 2,030 at the end — seeds 002, 003); a large force is most of the Collective Rapid
 * Reaction Forces (about 18,000–20,000 in all — seed 002); a fact-finding mission is a few dozen officers.
 */
export const TROOPS: Readonly<Record<Force, number>> = { 'fact-finding': 60, symbolic: 2500, large: 12000 }

/** How much a force can do, before the mission's fit to the threat: presence, not only numbers. */
export const EFFICACY: Readonly<Record<Force, number>> = { 'fact-finding': 0.05, symbolic: 0.6, large: 0.8 }

/** Weight of the force in the country, from a handful of observers to an occupying army. */
export const WEIGHT: Readonly<Record<Force, number>> = { 'fact-finding': 0.05, symbolic: 0.35, large: 1 }

/** An early exit ends the mission after two weeks: Kazakhstan 2022 asked on 11 January, all were out by 19 January. */
export const EARLY_EXIT_DAYS = 14

export function deploymentOf(course: Course): Deployment {
  const { request, response } = course
  if (!request || request.kind === 'no-request') return { kind: 'none', why: 'no-request' }
  if (!response || response.kind === 'refuse') return { kind: 'none', why: 'refused' }
  if (course.votes.some((v) => v.vote.kind === 'object')) return { kind: 'none', why: 'blocked' }
  const days = course.exit?.kind === 'ask-to-leave' ? Math.min(response.days, EARLY_EXIT_DAYS) : response.days
  return { kind: 'deployed', grant: response, days }
}

export interface Contingent {
  readonly troops: number
  readonly shares: readonly { readonly actor: ActorId; readonly share: number; readonly troops: number }[]
  /** The leading member's share of the troops (Russia: about three quarters in 2022 — seed 002). */
  readonly leaderShare: number
}

/** Who sends what: every member but the host, in proportion to its standing troop share. */
export function contingentOf(scenario: Scenario, force: Force, leader: ActorId): Contingent {
  const contributors = scenario.members.filter((m) => m !== scenario.requester)
  const total = contributors.reduce((s, m) => s + scenario.actors[m]!.traits.troopShare, 0)
  const troops = TROOPS[force]
  const shares = contributors.map((actor) => {
    const share = total > 0 ? scenario.actors[actor]!.traits.troopShare / total : 0
    return { actor, share, troops: Math.round(share * troops) }
  })
  const leaderShare = shares.find((s) => s.actor === leader)?.share ?? 0
  return { troops, shares, leaderShare }
}

/** The missions each force can take on: observers observe; only a large force fights. */
export const MISSIONS_FOR: Readonly<Record<Force, readonly Mission[]>> = {
  'fact-finding': ['observe'],
  symbolic: ['guard-sites', 'restore-order'],
  large: ['guard-sites', 'restore-order', 'combat'],
}
