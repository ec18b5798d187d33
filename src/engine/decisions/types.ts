// The decisions of an Article 4 crisis, as a discriminated union: each field exists only where it belongs.

import type { ActorId } from '../../scenario/types'
import { FORCES, FRAMINGS, MISSIONS } from '../../scenario/vocabulary'

export { FORCES, FRAMINGS, MISSIONS }
/** Two durations keep the tree small and the choice real: a short operation, or a stay of a season. */
export const DURATIONS = [14, 90] as const

export type Framing = (typeof FRAMINGS)[number]
export type Force = (typeof FORCES)[number]
export type Mission = (typeof MISSIONS)[number]
export type Duration = (typeof DURATIONS)[number]
/** What Russia's own troops, sent outside the alliance, can be asked to do. */
export const BILATERAL_MISSIONS = ['guard-sites', 'restore-order'] as const satisfies readonly Mission[]
export type BilateralMission = (typeof BILATERAL_MISSIONS)[number]

export type RequestDecision =
  | { readonly kind: 'no-request' }
  | { readonly kind: 'request'; readonly framing: Framing; readonly help: Force; readonly days: Duration }

/**
 * Moscow's answer. A collective force (`grant`) goes to the Council; consultations and aid under Article 2
 * (`consult`) and Russia's own troops outside the alliance (`bilateral`) need no vote.
 */
export type ResponseDecision =
  | { readonly kind: 'refuse' }
  | { readonly kind: 'consult' }
  | { readonly kind: 'bilateral'; readonly mission: BilateralMission; readonly days: Duration }
  | { readonly kind: 'grant'; readonly force: Force; readonly mission: Mission; readonly days: Duration }
export type VoteDecision =
  | { readonly kind: 'consent' }
  | { readonly kind: 'abstain' }
  | { readonly kind: 'object' }
export type ReactionDecision =
  | { readonly kind: 'endorse' }
  | { readonly kind: 'stay-silent' }
  | { readonly kind: 'warn' }
export type ExitDecision = { readonly kind: 'keep' } | { readonly kind: 'ask-to-leave' }

export type Decision = RequestDecision | ResponseDecision | VoteDecision | ReactionDecision | ExitDecision

/** Who moves when: the requester asks, Russia answers, the other members vote, China reacts, the requester may end it. */
export type Stage = 'request' | 'response' | 'vote' | 'reaction' | 'exit'

export type Grant = Extract<ResponseDecision, { kind: 'grant' }>
export type Bilateral = Extract<ResponseDecision, { kind: 'bilateral' }>
export type Request = Extract<RequestDecision, { kind: 'request' }>
export type Vote = { readonly actor: ActorId; readonly vote: VoteDecision }

/** Where the game stands: the moves so far, in order. */
export interface Course {
  readonly request?: RequestDecision
  readonly response?: ResponseDecision
  readonly votes: readonly Vote[]
  readonly reaction?: ReactionDecision
  readonly exit?: ExitDecision
}

/** The troops on the ground: a collective force, or Russia's own sent outside the alliance. */
export type Unit = Force | 'russian-force'

/** What the course amounts to on the ground: the only thing outcomes depend on. */
export type Deployment =
  | { readonly kind: 'none'; readonly why: 'no-request' | 'refused' | 'blocked' }
  /** Article 2: consultations and material aid (vehicles, helicopters, advisers), no troops. */
  | { readonly kind: 'aid' }
  | {
      readonly kind: 'deployed'
      readonly channel: 'alliance' | 'bilateral'
      readonly unit: Unit
      readonly mission: Mission
      /** The days the troops stay: the days granted, or fewer when the host sends them home early. */
      readonly days: number
    }

export function describeDecision(d: Decision): string {
  switch (d.kind) {
    case 'no-request':
      return 'makes no request for help'
    case 'request':
      return `requests ${FORCE_LABEL[d.help]} for ${d.days} days, framing the threat as ${FRAMING_LABEL[d.framing]}`
    case 'refuse':
      return 'refuses any help'
    case 'consult':
      return 'offers consultations and material aid under Article 2, but no troops'
    case 'bilateral':
      return `sends ${UNIT_LABEL['russian-force']} outside the alliance (${MISSION_LABEL[d.mission]}) for ${d.days} days`
    case 'grant':
      return `grants ${FORCE_LABEL[d.force]} (${MISSION_LABEL[d.mission]}) for ${d.days} days`
    case 'consent':
      return 'consents in the Collective Security Council'
    case 'abstain':
      return 'stays out of the decision without blocking it, and sends no troops'
    case 'object':
      return 'objects in the Collective Security Council, breaking the consensus'
    case 'endorse':
      return 'endorses the outcome publicly'
    case 'stay-silent':
      return 'stays silent'
    case 'warn':
      return 'warns against outside interference'
    case 'keep':
      return 'keeps the contingent for the agreed time'
    case 'ask-to-leave':
      return 'asks the contingent to leave early'
  }
}

export const FORCE_LABEL: Readonly<Record<Force, string>> = {
  observers: 'an observer mission',
  peacekeepers: 'a peacekeeping contingent',
  'rapid-reaction': 'the rapid reaction forces',
}
export const UNIT_LABEL: Readonly<Record<Unit, string>> = {
  ...FORCE_LABEL,
  'russian-force': "Russia's own troops",
}
export const MISSION_LABEL: Readonly<Record<Mission, string>> = {
  observe: 'observe and report',
  'guard-sites': 'guard strategic sites',
  'restore-order': 'restore order in the streets',
  combat: 'combat operations',
}
export const FRAMING_LABEL: Readonly<Record<Framing, string>> = {
  'internal-unrest': 'internal unrest',
  'foreign-backed': 'foreign-backed terrorism',
  'external-attack': 'an attack from outside',
}

/** A point of the game where one actor decides, with the options it has there. */
export interface DecisionPoint {
  readonly stage: Stage
  readonly actor: ActorId
  readonly options: readonly Decision[]
}
