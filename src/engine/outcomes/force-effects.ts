// What a force does for a government in trouble, and what it risks: signal and relief, presence, exposure.
import type { Facts } from '../../scenario/types'
import { clamp01 } from '../clamp'
import type { Deployment, Mission, Unit } from '../decisions/types'
import { WEIGHT } from './deployment'

type ThreatKind = Facts['threat']['kind']
type Table = Readonly<Record<Mission, Readonly<Record<ThreatKind, number>>>>

/** The uncertain quantities the Monte Carlo draws; the solver uses their means. */
export interface Latent {
  /** How well the force performs against expectations (1 = as expected). */
  readonly forceEffect: number
  /** Whether the crisis grows (+) or fades (−) by itself, as a share of the threat. */
  readonly momentum: number
}
export const MEAN_LATENT: Latent = { forceEffect: 1, momentum: 0 }

/**
 * The signal: how far troops on the ground tell rivals inside the state, and any attacker, that Moscow and its
 * allies stand behind the government. Libman and Davidzon read Kazakhstan 2022 this way: a small force that
 * showed the alliance backed Tokayev, to Nazarbayev's camp above all; Beliakova adds that such a deployment
 * deters defections and coups. A few observers signal little; Russia alone signals Moscow's backing without
 * the allies' solidarity.
 */
export const SIGNAL: Readonly<Record<Unit, number>> = {
  observers: 0.05,
  peacekeepers: 0.2,
  'rapid-reaction': 0.3,
  'russian-force': 0.15,
}

/**
 * The relief: how much of the violence the force can take on itself, before the mission's fit. A contingent
 * of 2,500 in a country the size of Kazakhstan relieves mainly by freeing the government's own forces (Shoigu:
 * about 1,600 Kazakh personnel freed; TASS, 13 January 2022); only a large force brings operational relief.
 */
export const CAPACITY: Readonly<Record<Unit, number>> = {
  observers: 0,
  peacekeepers: 0.2,
  'rapid-reaction': 0.65,
  'russian-force': 0.18,
}

/**
 * How much of a force a mission can use. A country has only so many airports, ministries and depots to guard:
 * guarding them frees the government's own forces (about 1,600 in Kazakhstan, said Shoigu), and a larger force
 * set to the same task frees no more.
 */
export const MISSION_CAP: Readonly<Record<Mission, number>> = {
  observe: 0,
  'guard-sites': 0.25,
  'restore-order': 1,
  combat: 1,
}

/**
 * How long each kind of threat lasts, in days: riots and pogroms burn out within weeks (the troops left
 * Kazakhstan two weeks after they came), while an insurgency, a border war or a war between states outlasts a
 * fortnight's stay. Relief covers only the part of the crisis the troops are there for.
 */
export const LASTS: Readonly<Record<ThreatKind, number>> = {
  unrest: 14,
  'ethnic-violence': 14,
  'border-clash': 30,
  insurgency: 90,
  'interstate-war': 90,
}

/** What consultations and material aid under Article 2 do: helicopters, vehicles and advisers, a show of concern. */
export const AID_HELP = 0.05

/**
 * How far a mission suits each kind of threat. Guarding sites frees a government's own forces against unrest
 * (Kazakhstan 2022: no shot fired in the streets) but does little against neighbourhood-by-neighbourhood
 * ethnic violence or a front line.
 */
export const FIT: Table = {
  observe: { unrest: 0, 'ethnic-violence': 0, 'interstate-war': 0, 'border-clash': 0, insurgency: 0 },
  'guard-sites': {
    unrest: 1,
    'ethnic-violence': 0.4,
    'interstate-war': 0.2,
    'border-clash': 0.3,
    insurgency: 0.6,
  },
  'restore-order': {
    unrest: 1,
    'ethnic-violence': 0.8,
    'interstate-war': 0.3,
    'border-clash': 0.4,
    insurgency: 0.8,
  },
  combat: { unrest: 0.6, 'ethnic-violence': 0.5, 'interstate-war': 1, 'border-clash': 0.9, insurgency: 0.9 },
}

/**
 * How exposed the troops are to killing and being killed. Policing an ethnic conflict puts a foreign force between
 * the communities, as exposed as combat: the model's own assumption, no source's (docs/model.md, section 5.1).
 */
export const EXPOSURE: Table = {
  observe: {
    unrest: 0.05,
    'ethnic-violence': 0.05,
    'interstate-war': 0.05,
    'border-clash': 0.05,
    insurgency: 0.05,
  },
  'guard-sites': {
    unrest: 0.15,
    'ethnic-violence': 0.25,
    'interstate-war': 0.3,
    'border-clash': 0.3,
    insurgency: 0.3,
  },
  'restore-order': {
    unrest: 0.5,
    'ethnic-violence': 1,
    'interstate-war': 0.6,
    'border-clash': 0.6,
    insurgency: 0.8,
  },
  combat: { unrest: 0.8, 'ethnic-violence': 1, 'interstate-war': 1, 'border-clash': 1, insurgency: 1 },
}

/**
 * The share of the threat to the government that the allies' signal takes away, 0 to 1: consultations and aid
 * show a little concern, a force shows more the larger it is. Members that stayed out of the decision weaken the
 * signal of solidarity.
 */
export function signalOf(d: Deployment, stayedOut = 0): number {
  if (d.kind === 'aid') return AID_HELP
  if (d.kind !== 'deployed') return 0
  return SIGNAL[d.unit] * Math.max(0, 1 - 0.15 * stayedOut)
}

/** The share of the violence the force takes on, 0 to 1: how much it can do, how well its mission fits, how long it stays. */
export function reliefOf(facts: Facts, d: Deployment, latent: Latent): number {
  if (d.kind !== 'deployed') return 0
  const capacity = Math.min(CAPACITY[d.unit], MISSION_CAP[d.mission])
  const coverage = Math.min(1, d.days / LASTS[facts.threat.kind])
  return clamp01(capacity * FIT[d.mission][facts.threat.kind] * coverage * latent.forceEffect)
}

/**
 * Both together: the share of the threat to the government that is gone. The signal works on the whole threat;
 * relief only on the part of it that is violence, so a large force adds most where the fighting is heaviest.
 */
export const helpTotal = (facts: Facts, signal: number, relief: number): number =>
  1 - (1 - signal) * (1 - relief * facts.threat.armedViolence)

/** The troops' exposure to violence, 0 to 1. */
export function exposureOf(facts: Facts, d: Deployment): number {
  if (d.kind !== 'deployed') return 0
  return EXPOSURE[d.mission][facts.threat.kind] * WEIGHT[d.unit] * facts.threat.armedViolence
}

/** What a stay weighs, from a fortnight (about 0.49) to a season (1): the first days cost most. */
export const stayWeight = (days: number): number => 0.4 + 0.6 * Math.min(1, days / 90)

/** Russia's footprint in the host country: the force's weight, Russia's share of it, and how long it stays. */
export function presenceOf(d: Deployment, russianShare: number): number {
  if (d.kind !== 'deployed') return 0
  return WEIGHT[d.unit] * russianShare * stayWeight(d.days)
}

/**
 * What a foreign presence costs the host's independence, in points of the 0–100 scale: Russia's footprint, and
 * half as much again and more when Russia's troops come alone, outside any alliance, and read as an occupation.
 * A member whose land borders the host pays it too, on its own independence (interests/neighbour.ts).
 */
export function independenceLoss(d: Deployment, russianShare: number): number {
  if (d.kind !== 'deployed') return 0
  return 35 * presenceOf(d, russianShare) * (d.channel === 'bilateral' ? 1.6 : 1)
}

/**
 * What a stay leaves behind for Moscow: troops that leave within a fortnight buy little lasting leverage (Libman
 * and Davidzon find none in Kazakhstan's foreign policy after 2022); a stay of a season buys more.
 */
export const lastingWeight = (days: number): number => 0.2 + 0.8 * Math.min(1, days / 90)
