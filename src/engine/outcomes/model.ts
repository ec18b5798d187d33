// The outcome model: each indicator as a sum of named contributions, from the facts and the course taken.
// Written once against an `emit` callback, so the solver, the Monte Carlo and the debrief share it.
import type { Facts } from '../../scenario/types'
import { clamp } from '../clamp'
import type { Course, Deployment, Framing, Mission } from '../decisions/types'
import type { ModelContext } from './context'
import { deploymentOf, EFFICACY, TROOPS, WEIGHT } from './deployment'
import { INDICATOR_INDEX as I } from './indicators'

/** The uncertain quantities the Monte Carlo draws; the solver uses their means. */
export interface Latent {
  /** How well the force performs against expectations (1 = as expected). */
  readonly forceEffect: number
  /** Whether the crisis grows (+) or fades (−) by itself, as a share of the threat. */
  readonly momentum: number
}
export const MEAN_LATENT: Latent = { forceEffect: 1, momentum: 0 }

export type Emit = (indicator: number, value: number, label: string) => void

type ThreatKind = Facts['threat']['kind']
type Table = Readonly<Record<Mission, Readonly<Record<ThreatKind, number>>>>

/**
 * How far a mission relieves each kind of threat. Guarding sites frees a government's own forces
 * against unrest (Kazakhstan 2022: 14 sites, no shot fired in the streets — seeds 002, 004) but does
 * little against neighbourhood-by-neighbourhood ethnic violence or a front line.
 */
export const FIT: Table = {
  observe: {
    unrest: 0.3,
    'ethnic-violence': 0.3,
    'interstate-war': 0.1,
    'border-clash': 0.3,
    insurgency: 0.2,
  },
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
 * How exposed the troops are to killing and being killed. Policing an ethnic conflict makes a
 * foreign force a party to it — the Kremlin's reason to stay out of Osh in 2010 (seed 001).
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

const clamp01 = (x: number): number => clamp(x, 0, 1)

/**
 * How far a framing overclaims, 0 (true) to 1 (baseless). Calling internal unrest foreign-backed
 * terrorism with no evidence is the "false externalization" of Kazakhstan 2022 (seeds 002, 004).
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

/** The relief the deployed force brings against this threat, 0 to 1. */
export function reliefOf(facts: Facts, d: Deployment, latent: Latent): number {
  if (d.kind !== 'deployed') return 0
  return clamp01(EFFICACY[d.grant.force] * FIT[d.grant.mission][facts.threat.kind] * latent.forceEffect)
}

/** The troops' exposure to violence, 0 to 1. */
export function exposureOf(facts: Facts, d: Deployment): number {
  if (d.kind !== 'deployed') return 0
  return EXPOSURE[d.grant.mission][facts.threat.kind] * WEIGHT[d.grant.force] * facts.threat.armedViolence
}

/** Emits every contribution to every indicator except China's satisfaction (see utility.ts). */
export function emitOutcomes(ctx: ModelContext, course: Course, latent: Latent, emit: Emit): void {
  const f = ctx.facts
  const { regimeThreat: R, armedViolence: V } = f.threat
  const { commitments: C } = f.moscow
  const S = f.china.stakes
  const d = deploymentOf(course)
  const request = course.request?.kind === 'request' ? course.request : undefined
  const verdict = request ? ctx.verdictFor[request.framing] : ctx.verdictFor.hypothetical
  const relief = reliefOf(f, d, latent)
  const exposure = exposureOf(f, d)
  const threat = clamp01(R + latent.momentum)
  const reaction = course.reaction?.kind
  const askedToLeave = course.exit?.kind === 'ask-to-leave'

  emit(I.regimeStability, 90, 'where a government starts in calm times')
  emit(I.regimeStability, -70 * threat, 'the threat to the government')
  emit(I.sovereignty, 60, 'where a member starts')
  emit(I.russianInfluence, 50, 'where Russia starts')
  emit(I.allianceCredibility, 45, 'where the alliance starts')
  emit(I.westRelations, 55, 'where relations start')
  emit(I.escalationRisk, 60 * clamp01(V + latent.momentum), 'the fighting itself')
  emit(I.militaryStrain, 10 + 40 * C, "Russia's commitments elsewhere")

  if (request) {
    emit(I.sovereignty, -3, 'asking Moscow for help')
    const overclaim = falsity(f, request.framing)
    emit(
      I.westRelations,
      -12 * overclaim,
      request.framing === 'internal-unrest'
        ? 'playing down an attack from outside'
        : 'blaming foreign plotters without proof',
    )
    if (d.kind === 'none' && verdict !== 'not-eligible')
      emit(I.regimeStability, 8 * R, 'Article 2 consultations and material aid')
  }

  switch (d.kind) {
    case 'none':
      if (d.why === 'refused') {
        emit(I.russianInfluence, -8 * R, 'Moscow would not help')
        emit(
          I.allianceCredibility,
          verdict === 'eligible' ? -20 : verdict === 'contested' ? -10 : -5,
          'a request turned down',
        )
      } else if (d.why === 'blocked') {
        emit(I.russianInfluence, -4 * R, 'the allies would not follow Moscow')
        emit(I.allianceCredibility, -15, 'the Council divided')
      } else {
        const idle = verdict === 'eligible' ? 10 : verdict === 'contested' ? 5 : 3
        emit(I.allianceCredibility, -idle * V, 'a crisis in which the alliance was not even asked')
      }
      break
    case 'deployed': {
      const weight = WEIGHT[d.grant.force]
      const stay = d.days / 90
      const russian = weight * ctx.leaderShare
      emit(I.regimeStability, 70 * R * relief, "the contingent's relief")
      if (f.adversary.kind === 'internal')
        emit(I.regimeStability, -12 * weight, 'a foreign force in the streets')
      emit(I.sovereignty, -35 * russian * (0.4 + 0.6 * stay), 'foreign troops on its soil')
      emit(I.russianInfluence, 25 * russian * (0.5 + 0.5 * stay), 'Russian troops in the country')
      // Influence bought by rescuing a government is worth what Moscow trusts that government to stay its partner.
      emit(I.russianInfluence, 12 * relief * R * f.moscow.legitimacy, 'Moscow as the rescuer')
      emit(I.allianceCredibility, 5 + 25 * relief, 'the alliance delivered')
      // Moscow courts Baku and Tashkent too: troops sent against a partner cost it that partner (seed 000 on Karabakh).
      if (f.adversary.kind === 'partner-of-russia')
        emit(I.russianInfluence, -(10 + 20 * weight), 'turning on a partner of Moscow')
      if (verdict === 'contested')
        emit(I.allianceCredibility, -6, 'acting on a contested reading of the treaty')
      if (request && request.framing !== 'internal-unrest')
        emit(I.allianceCredibility, -10 * falsity(f, request.framing), 'acting on a pretext')
      emit(I.westRelations, -15 * russian * (0.5 + 0.5 * stay), 'Russian troops in the region')
      emit(I.westRelations, -10 * exposure, 'bloodshed')
      emit(I.escalationRisk, -35 * V * relief, 'violence contained')
      emit(I.escalationRisk, 45 * exposure, 'troops in the line of fire')
      if (
        d.grant.mission === 'combat' &&
        (f.adversary.kind === 'partner-of-russia' || f.adversary.kind === 'outsider')
      )
        emit(I.escalationRisk, 25 * weight, 'war with a foreign state')
      const troops = TROOPS[d.grant.force] / TROOPS.large
      emit(I.militaryStrain, 60 * troops * ctx.leaderShare * (0.3 + 0.7 * stay) * (0.5 + C), 'the deployment')
      emit(I.militaryStrain, 40 * exposure, 'casualties')
      if (askedToLeave) {
        emit(I.sovereignty, 6, 'sending the troops home early')
        emit(I.russianInfluence, -4, 'shown the door')
      }
      break
    }
  }

  switch (reaction) {
    case 'endorse':
      emit(I.regimeStability, 6 * S * R, "China's backing")
      if (d.kind === 'deployed') emit(I.allianceCredibility, 3, "China's blessing")
      emit(I.westRelations, -4, 'a Chinese endorsement')
      if (d.kind === 'deployed') emit(I.russianInfluence, 3 * WEIGHT[d.grant.force], "China's blessing")
      break
    case 'warn':
      emit(I.regimeStability, -3, 'its backers divided')
      emit(I.allianceCredibility, -6, "China's warning")
      emit(
        I.russianInfluence,
        -(4 + 8 * (d.kind === 'deployed' ? WEIGHT[d.grant.force] : 0)),
        "China's warning",
      )
      break
    case 'stay-silent':
    case undefined:
      break
  }
}
