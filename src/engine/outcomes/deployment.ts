// What a course amounts to on the ground: whether troops went, whose, how many, how long.
import type { ActorId, Scenario } from '../../scenario/types'
import type { Course, Deployment, Force, Grant, Mission, ResponseDecision, Unit } from '../decisions/types'
import { troopsGo } from './troops-go'

/**
 * Troops by unit. An observer mission is a few dozen officers (the fact-finding mission to Armenia in
 * September 2022); a peacekeeping contingent is the size announced for Kazakhstan in January 2022 (about
 * 2,500 of the Collective Peacekeeping Forces' 3,600; Beliakova 2022); the rapid reaction forces sent in
 * strength are two thirds of their 18,000–20,000; Russia's own force is the size of the peacekeeping force
 * it sent to Karabakh under the trilateral statement of 10 November 2020 (1,960).
 */
export const TROOPS: Readonly<Record<Unit, number>> = {
  observers: 20,
  peacekeepers: 2500,
  'rapid-reaction': 12000,
  'russian-force': 2000,
}

/** Weight of the unit in the country, from a handful of observers to an army: what presence costs a host. */
export const WEIGHT: Readonly<Record<Unit, number>> = {
  observers: 0.03,
  peacekeepers: 0.3,
  'rapid-reaction': 1,
  'russian-force': 0.3,
}

/** An early exit ends the mission after two weeks: Kazakhstan 2022 asked on 11 January, all were out by 19 January. */
export const EARLY_EXIT_DAYS = 14

/** The missions each force can take on: observers observe; only the rapid reaction forces fight. */
export const MISSIONS_FOR: Readonly<Record<Force, readonly Mission[]>> = {
  observers: ['observe'],
  peacekeepers: ['guard-sites', 'restore-order'],
  'rapid-reaction': ['guard-sites', 'restore-order', 'combat'],
}

/** Deployments without troops are the same whatever the course: shared, since the solver asks at every node. */
const NOT_ASKED: Deployment = { kind: 'none', why: 'no-request' }
const REFUSED: Deployment = { kind: 'none', why: 'refused' }
const AID: Deployment = { kind: 'aid' }
const BLOCKED: Deployment = { kind: 'none', why: 'blocked' }

export function deploymentOf(course: Course): Deployment {
  const { request, response } = course
  if (!request || request.kind === 'no-request') return NOT_ASKED
  if (!response || response.kind === 'refuse') return REFUSED
  if (response.kind === 'consult') return AID
  if (!troopsGo(response.kind, vetoed(course))) return BLOCKED
  const both = sent.get(response) ?? sent.set(response, sentFor(response)).get(response)!
  return course.exit?.kind === 'ask-to-leave' ? both.early : both.whole
}

/**
 * Whether the Council let a collective force through: Moscow granted one and no member objected. Only then do
 * the members that consented send soldiers, and pay for them.
 */
export const letThrough = (course: Course): course is Course & { readonly response: Grant } =>
  course.response?.kind === 'grant' && troopsGo(course.response.kind, vetoed(course))

/** Whether a member has objected in the Council: consensus fails on one objection. */
export function vetoed(course: Course): boolean {
  for (const v of course.votes) if (v.vote.kind === 'object') return true
  return false
}

type Sending = Extract<ResponseDecision, { kind: 'grant' | 'bilateral' }>

/**
 * The deployment an answer sends, for its whole stay and cut short by the host: shared per answer, since the
 * solver asks at every state and a new object each time was garbage.
 */
const sent = new WeakMap<Sending, { readonly whole: Deployment; readonly early: Deployment }>()
function sentFor(response: Sending): { whole: Deployment; early: Deployment } {
  const stay = (days: number): Deployment =>
    response.kind === 'bilateral'
      ? { kind: 'deployed', channel: 'bilateral', unit: 'russian-force', mission: response.mission, days }
      : { kind: 'deployed', channel: 'alliance', unit: response.force, mission: response.mission, days }
  return { whole: stay(response.days), early: stay(Math.min(response.days, EARLY_EXIT_DAYS)) }
}

export interface Contingent {
  readonly troops: number
  readonly shares: readonly { readonly actor: ActorId; readonly share: number; readonly troops: number }[]
  /** The leading member's share of the troops (Russia: almost three quarters in 2022; Beliakova 2022). */
  readonly leaderShare: number
}

/**
 * Who sends what. A collective force is drawn from every member but the host, each in proportion to the
 * contingent it sends (traits.contingent, from the Kazakhstan deployment of 2022), in whole soldiers that add
 * up to the force; a member that stays out of the Council's decision sends none, and the force is that much
 * smaller. Russia's own force is Russian.
 */
export function contingentOf(
  scenario: Scenario,
  unit: Unit,
  leader: ActorId,
  stayedOut: ReadonlySet<ActorId> = NONE,
): Contingent {
  if (unit === 'russian-force')
    return {
      troops: TROOPS[unit],
      shares: [{ actor: leader, share: 1, troops: TROOPS[unit] }],
      leaderShare: 1,
    }
  const contributors = scenario.members.filter((m) => m !== scenario.requester)
  const total = contributors.reduce((s, m) => s + scenario.actors[m]!.traits.contingent, 0)
  const shares = contributors.map((actor) =>
    total > 0 ? scenario.actors[actor]!.traits.contingent / total : actor === leader ? 1 : 0,
  )
  const whole = wholeTroops(shares, TROOPS[unit])
  const full = contributors.map((actor, i) => ({ actor, share: shares[i]!, troops: whole[i]! }))
  const sent = full.filter((s) => !stayedOut.has(s.actor))
  const troops = sent.reduce((s, x) => s + x.troops, 0)
  const leaderTroops = sent.find((s) => s.actor === leader)?.troops ?? 0
  return {
    troops,
    shares: sent.map((s) => ({ ...s, share: troops > 0 ? s.troops / troops : 0 })),
    leaderShare: troops > 0 ? leaderTroops / troops : 0,
  }
}

/**
 * A force of `troops` split by `shares` (summing to 1) into whole soldiers that add up to it: each member gets
 * the whole part of its share, and the soldiers left over go one each to the largest remainders (the earlier
 * member on a tie). Rounding each share on its own could make an observer mission of 20 officers 21.
 */
function wholeTroops(shares: readonly number[], troops: number): number[] {
  const exact = shares.map((s) => s * troops)
  const whole = exact.map((x) => Math.floor(x))
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
  const left = Math.round(sum(exact)) - sum(whole)
  const remainder = (i: number) => exact[i]! - whole[i]!
  const byRemainder = exact.map((_, i) => i).sort((a, b) => remainder(b) - remainder(a) || a - b)
  for (let k = 0; k < left; k++) whole[byRemainder[k]!]!++
  return whole
}

/** Russia's share of a collective force when every member takes part: its troops do not change when others stay out. */
export const russianShareOf = (scenario: Scenario, unit: Unit, leader: ActorId): number =>
  contingentOf(scenario, unit, leader).leaderShare

const NONE: ReadonlySet<ActorId> = new Set()

/** How many members stayed out of the decision on a collective force. */
export function stayedOut(course: Course): number {
  let n = 0
  for (const v of course.votes) if (v.vote.kind === 'abstain') n++
  return n
}
